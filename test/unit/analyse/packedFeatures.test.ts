import { readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import type { AnalysisRequest } from '../../../src/analyse/analysisWorker.js';
import type { DocumentFeatures } from '../../../src/analyse/documentFeatures.js';
import { Analyser } from '../../../src/analyse/features.js';
import { packFeatures, transferList, unpackFeatures, type PackedFeatures } from '../../../src/analyse/packedFeatures.js';
import { shippedLexicon } from '../../../src/lexicon/load.js';
import { Lexicon } from '../../../src/lexicon/lexicon.js';

const fixture = (name: string) => readFileSync(new URL(`../../../fixtures/${name}`, import.meta.url), 'utf8');
/** Lines and rough sentences of the Kinvolk articles: real words, compounds, names, numbers. */
const sentencesOf = (text: string) => text.split(/\n+|(?<=[.!?])\s+/).filter((s) => s.trim() !== '');
const ENGLISH = sentencesOf(fixture('en-register-microsoft-kinvolk.txt') + '\n' + fixture('en-zdnet-microsoft-buys-kinvolk.txt'));
const GERMAN = sentencesOf(fixture('de-microsoft-announcement-kinvolk.txt') + '\n' + fixture('de-tradepress-microsoft-kinvolk.txt'));

/** Features as plain arrays, so that equality compares their numbers and not where they are stored. */
const plain = (features: DocumentFeatures) => features.slice(0, features.length).map((f) => ({ ...f, starts: [...f.starts], keys: [...f.keys], heads: [...f.heads] }));

/** Both sides analysed in turn by one analyser, as a single thread does. */
function inTurn(lexicon: Lexicon | null) {
  const analyser = new Analyser(lexicon);
  const en = analyser.analyseAll(ENGLISH, 'en');
  const de = analyser.analyseAll(GERMAN, 'de');
  return { en: plain(en), de: plain(de), keyCount: analyser.keyCount };
}

/** The English analysed here, the German packed by another analyser (as a worker sends it) and renumbered. */
function apart(packedGerman: PackedFeatures, lexicon: Lexicon | null) {
  const analyser = new Analyser(lexicon);
  const en = analyser.analyseAll(ENGLISH, 'en');
  const de = unpackFeatures(packedGerman, analyser);
  return { en: plain(en), de: plain(de), keyCount: analyser.keyCount };
}

function packedElsewhere(lexicon: Lexicon | null): PackedFeatures {
  const other = new Analyser(lexicon);
  const packed = packFeatures(other.analyseAll(GERMAN, 'de'), other.keyTable());
  // What postMessage does to it, the buffers moved.
  return structuredClone(packed, { transfer: transferList(packed) });
}

describe('the German side analysed apart', () => {
  it('gives the features and key numbers of analysing both sides in turn, with the shipped lexicon and without one', () => {
    for (const lexicon of [shippedLexicon(), null]) {
      const expected = inTurn(lexicon);
      const got = apart(packedElsewhere(lexicon), lexicon);
      expect(got.keyCount).toBe(expected.keyCount);
      expect(got.en).toEqual(expected.en);
      expect(got.de).toEqual(expected.de);
    }
  });

  it('needs the renumbering: the other analyser numbers the German keys differently', () => {
    const lexicon = shippedLexicon();
    const other = new Analyser(lexicon);
    const german = plain(other.analyseAll(GERMAN, 'de'));
    expect(german).not.toEqual(inTurn(lexicon).de);
  });

  it('in the built worker thread, with a lexicon handed over in parts', async () => {
    const lexicon = Lexicon.fromParts(shippedLexicon().withPairs([['kinvolkish', 'Kinvolkisch']]).parts());
    const worker = new Worker(new URL('../../../dist/analyse/analysisWorker.js', import.meta.url));
    try {
      const packed = await new Promise<PackedFeatures>((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
        const request: AnalysisRequest = { texts: GERMAN, lang: 'de', lexicon: lexicon.parts() };
        worker.postMessage(request);
      });
      expect(apart(packed, lexicon)).toEqual(inTurn(lexicon));
    } finally {
      await worker.terminate();
    }
  });
});
