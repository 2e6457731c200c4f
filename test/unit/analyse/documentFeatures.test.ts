import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DocumentFeatures } from '../../../src/analyse/documentFeatures.js';
import { Analyser, contentCount, type SentenceFeatures } from '../../../src/analyse/features.js';
import { shippedLexicon } from '../../../src/lexicon/load.js';
import { sideOf } from '../../../src/score/contradiction.js';
import { PairMatcher } from '../../../src/score/match.js';

const fixture = (name: string) => readFileSync(new URL(`../../../fixtures/${name}`, import.meta.url), 'utf8');
/**
 * Lines and rough sentences of the Kinvolk articles (news paragraphs past 160 keys, names, numbers, compounds),
 * and sentences with no content token, no anchor, or an anchor said twice.
 */
const sentencesOf = (text: string) => text.split(/\n+|(?<=[.!?])\s+/).filter((s) => s.trim() !== '');
const ENGLISH = [...sentencesOf(fixture('en-register-microsoft-kinvolk.txt') + '\n' + fixture('en-zdnet-microsoft-buys-kinvolk.txt')), '...', 'It is.', 'Berlin, Berlin and 7.5 GB, 7.5 GB.', ''];
const GERMAN = [...sentencesOf(fixture('de-microsoft-announcement-kinvolk.txt') + '\n' + fixture('de-tradepress-microsoft-kinvolk.txt')), '—', 'Es ist.', 'Berlin, Berlin und 7,5 GB, 7,5 GB.', ''];

/** Features as plain arrays, so that equality compares their numbers and not where they are stored. */
const plain = (f: SentenceFeatures) => ({ ...f, starts: [...f.starts], keys: [...f.keys], heads: [...f.heads] });

/** Both sides as a document each, and the same sentences analysed one by one by an analyser of their own, in the same order. */
function bothWays() {
  const whole = new Analyser(shippedLexicon());
  const documents = { en: whole.analyseAll(ENGLISH, 'en'), de: whole.analyseAll(GERMAN, 'de') };
  const single = new Analyser(shippedLexicon());
  const sentences = { en: ENGLISH.map((s) => single.analyse(s, 'en')), de: GERMAN.map((s) => single.analyse(s, 'de')) };
  return { documents, sentences, keyCount: whole.keyCount };
}

describe('DocumentFeatures', () => {
  it('gives each sentence the features it has analysed alone, keys numbered alike', () => {
    const { documents, sentences } = bothWays();
    for (const lang of ['en', 'de'] as const) {
      const doc: DocumentFeatures = documents[lang];
      expect(doc.length).toBe(sentences[lang].length);
      for (let i = 0; i < doc.length; i++) {
        expect(plain(doc.at(i))).toEqual(plain(sentences[lang][i]!));
        expect(doc.tokenCount(i)).toBe(contentCount(sentences[lang][i]!));
        expect(doc.lengths[i]).toBe(sentences[lang][i]!.length);
      }
      expect(doc.tokenStart[doc.length]).toBe(doc.heads.length);
      expect(doc.tokenKeySets.length).toBe(doc.heads.length);
      // Each token's key set is ascending, without repeats, and has the token's own key.
      const { start, keys } = doc.keySets;
      doc.tokenKeySets.forEach((set, t) => {
        const own = [...keys.subarray(start[set]!, start[set + 1]!)];
        expect(own).toEqual([...new Set(own)].sort((a, b) => a - b));
        expect(own).toContain(doc.heads[t]);
      });
    }
    // A name and a number said twice are one anchor each.
    expect(documents.en.at(ENGLISH.length - 2).anchors).toEqual(['berlin', '7.5', 'gb']);
    expect(contentCount(documents.de.at(GERMAN.length - 1))).toBe(0);
  });

  it('counts matches read from the flat arrays as from each sentence’s features', () => {
    const { documents, keyCount } = bothWays();
    const { en, de } = documents;
    const flat = new PairMatcher(keyCount);
    const views = new PairMatcher(keyCount);
    let pairs = 0;
    for (let i = 0; i < en.length; i++) {
      flat.loadSentence(en, i);
      views.load(en.at(i));
      for (let j = 0; j < de.length; j++) {
        expect(flat.countSentence(de, j)).toEqual(views.count(de.at(j)));
        pairs++;
      }
    }
    expect(pairs).toBeGreaterThan(1000);
  });

  it('reads a run of sentences as one side of a link', () => {
    const { en } = bothWays().documents;
    for (const [from, to] of [[0, 1], [3, 7], [en.length - 3, en.length]] as const) {
      const group = en.slice(from, to);
      expect(sideOf(en, from, to)).toEqual({ tokens: group.reduce((sum, f) => sum + contentCount(f), 0), anchors: group.flatMap((f) => f.anchors) });
    }
  });
});
