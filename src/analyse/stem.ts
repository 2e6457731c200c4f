import porterEn from 'natural/lib/natural/stemmers/porter_stemmer.js';
import porterDe from 'natural/lib/natural/stemmers/porter_stemmer_de.js';
import type { Lang } from '../core/types.js';

interface Stemmer {
  stem(word: string): string;
}

const STEMMERS: Record<Lang, Stemmer> = { en: porterEn as Stemmer, de: porterDe as Stemmer };

export function stem(word: string, lang: Lang): string {
  return STEMMERS[lang].stem(word);
}
