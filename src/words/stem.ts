import porterEn from 'natural/lib/natural/stemmers/porter_stemmer.js';
import porterDe from 'natural/lib/natural/stemmers/porter_stemmer_de.js';
import type { Lang } from '../core/types.js';

interface Stemmer {
  stem(word: string): string;
}

const STEMMERS: Record<Lang, Stemmer> = { en: porterEn as Stemmer, de: porterDe as Stemmer };

/**
 * Stems already worked out, per language. A document stems each word type many times over (its
 * keys, compound splitting probes every head and tail of a long German word, verb and inflection
 * forms), and natural's stemmers cost microseconds a call. Bounded, so that a long-lived process
 * (batch, the library) does not keep every word it ever saw.
 */
const MEMO: Record<Lang, Map<string, string>> = { en: new Map(), de: new Map() };
const MEMO_LIMIT = 200_000;

export function stem(word: string, lang: Lang): string {
  const memo = MEMO[lang];
  let stemmed = memo.get(word);
  if (stemmed === undefined) {
    stemmed = STEMMERS[lang].stem(word);
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(word, stemmed);
  }
  return stemmed;
}
