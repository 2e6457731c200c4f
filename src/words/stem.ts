import { createRequire } from 'node:module';
import type { Lang } from '../core/types.js';

interface Stemmer {
  stem(word: string): string;
}

// natural's two stemmers alone: its index pulls in database drivers that print to stdout. natural is
// CommonJS; required rather than imported, its files skip the ES module loader's scan of their source
// for export names, about 15 ms of every run's start-up.
const require = createRequire(import.meta.url);
const STEMMERS: Record<Lang, Stemmer> = {
  en: require('natural/lib/natural/stemmers/porter_stemmer.js') as Stemmer,
  de: require('natural/lib/natural/stemmers/porter_stemmer_de.js') as Stemmer,
};

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
