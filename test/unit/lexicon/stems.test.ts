import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { stem } from '../../../src/words/stem.js';
import type { Lang } from '../../../src/core/types.js';
import { shippedLexicon } from '../../../src/lexicon/load.js';

/** `lang<TAB>word` lines written by scripts/sample-headwords.mjs from Ding's headwords. */
const headwords = readFileSync(new URL('../../../fixtures/lexicon/headwords.tsv', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line !== '' && !line.startsWith('#'))
  .map((line) => line.split('\t') as [Lang, string]);

describe('the shipped lexicon and the stemmer that reads it', () => {
  it('finds every sampled Ding headword under the stem the project stems it to', () => {
    expect(headwords.length).toBeGreaterThan(1000);
    const lexicon = shippedLexicon();
    const missing = headwords.filter(([lang, word]) => !(lang === 'en' ? lexicon.hasEnglishStem(stem(word, 'en')) : lexicon.hasGermanStem(stem(word, 'de'))));
    // The lexicon is keyed by the stems of its build; a changed stemmer (another `natural`) loses lookups here first.
    expect(missing).toEqual([]);
  });
});
