import type { Lang } from '../core/types.js';
import { englishStem } from './englishStem.js';
import { germanStem } from './germanStem.js';

/**
 * The project's own Porter stemmers, which give exactly the stems of natural 8.1.1's that the shipped
 * lexicon was built with (test/unit/words/stemmers.test.ts checks every lexicon word), in a fraction of
 * the time.
 */
const STEMMERS: Record<Lang, (word: string) => string> = { en: englishStem, de: germanStem };

/**
 * Stems already worked out, per language. A document stems each word type many times over (its
 * keys, compound splitting probes every head and tail of a long German word, verb and inflection
 * forms). Bounded, so that a long-lived process (batch, the library) does not keep every word it ever saw.
 */
const MEMO: Record<Lang, Map<string, string>> = { en: new Map(), de: new Map() };
const MEMO_LIMIT = 200_000;

export function stem(word: string, lang: Lang): string {
  const memo = MEMO[lang];
  let stemmed = memo.get(word);
  if (stemmed === undefined) {
    stemmed = STEMMERS[lang](word);
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(word, stemmed);
  }
  return stemmed;
}
