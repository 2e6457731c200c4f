import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Analyser } from '../../../src/analyse/features.js';
import { germanKeysSharedWithEnglish, keySetsCutTo, keysOfTokens } from '../../../src/score/sharedKeys.js';
import { shippedLexicon } from '../../../src/lexicon/load.js';
import { PairMatcher } from '../../../src/score/match.js';
import { fixture } from '../../helpers/cli.js';

const lines = (...names: string[]) => names.flatMap((name) => readFileSync(fixture(name), 'utf8').split('\n').filter((l) => l.trim()));

describe('germanKeysSharedWithEnglish', () => {
  it('gives the counts of the full features for every sentence pair', () => {
    const analyser = new Analyser(shippedLexicon());
    // Manual sentences, news paragraphs past the matcher's 31 tracked tokens, numbers, names, compounds, no words.
    const en = analyser.analyseAll([...lines('align/manual.en', 'presegmented.en', 'en-zdnet-microsoft-buys-kinvolk.txt'), 'Install 7.5 GB on the iPad-Tablet of Kerber.', '...'], 'en');
    const de = analyser.analyseAll([...lines('align/manual.de', 'presegmented.de', 'de-tradepress-microsoft-kinvolk.txt'), 'Installieren Sie 7,5 GB auf dem Paketverwaltungsrechner.', '—'], 'de');
    const matcher = new PairMatcher(analyser.keyCount);
    const shared = germanKeysSharedWithEnglish(en, de, analyser.keyCount);
    // Some tokens are left without keys, and of the sets the German tokens have, fewer keys are kept.
    expect(shared.tokenSets.length).toBeLessThan(de.heads.length);
    const { start } = de.keySets;
    expect(shared.sets.keys.length).toBeLessThan([...new Set(de.tokenKeySets)].reduce((sum, set) => sum + start[set + 1]! - start[set]!, 0));
    // The English sentences loaded with only the keys the German document has, as the candidate search and PairStats load them.
    const englishCut = keySetsCutTo(en, keysOfTokens(de, analyser.keyCount));
    const enOut = new Uint8Array(1);
    const deOut = new Uint8Array(1);
    let pairs = 0;
    for (let i = 0; i < en.length; i++) {
      const germanFull = de.slice(0, de.length);
      matcher.load(en.at(i));
      const full = germanFull.map((f) => matcher.count(f));
      matcher.loadSentence(en, i, englishCut);
      for (let j = 0; j < de.length; j++) {
        matcher.countSharedInto(shared, j, enOut, deOut, 0);
        expect([enOut[0], deOut[0]]).toEqual([Math.min(255, full[j]!.en), Math.min(255, full[j]!.de)]);
        expect(matcher.countShared(shared, j)).toEqual(full[j]);
        expect(matcher.countSentence(de, j)).toEqual(full[j]);
        pairs++;
      }
      // The matcher's own cut of the pair of documents, loaded and counted in one call.
      for (let j = 0; j < de.length; j++) {
        expect(matcher.countPair(en, i, de, j)).toEqual(full[j]);
      }
    }
    expect(pairs).toBeGreaterThan(500);
    // Loading the whole sentence again after a cut load sets every key again.
    matcher.loadSentence(en, 0);
    expect(matcher.count(de.at(0))).toEqual((matcher.load(en.at(0)), matcher.count(de.at(0))));
  });
});
