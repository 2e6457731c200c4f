import type { Lang } from '../core/types.js';
import { STOPWORDS } from './stopwords.js';
import { stem } from './stem.js';

/** What the scorer needs to know about one sentence; computed once per sentence. */
export interface SentenceFeatures {
  /** Characters excluding whitespace: the length signal. */
  length: number;
  /** Lower-cased word tokens in order. */
  tokens: string[];
  /** Stems of content words (stop words removed). */
  stems: string[];
  /** Language-neutral anchors: numbers (normalised) and names/acronyms (lower-cased). */
  anchors: string[];
  /** Lower-cased content words as written: identical strings across languages are names or cognates. */
  words: string[];
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’\-.]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu;

export function analyseSentence(text: string, lang: Lang): SentenceFeatures {
  const words = text.match(WORD) ?? [];
  const tokens = words.map((word) => word.toLowerCase());
  const stopwords = STOPWORDS[lang];
  const stems: string[] = [];
  const anchors = new Set<string>();
  const contentWords = new Set<string>();
  words.forEach((word, index) => {
    const lower = tokens[index]!;
    const number = normaliseNumber(word, lang);
    if (number !== undefined) {
      anchors.add(number);
      return;
    }
    if (isNameLike(word, index, lang)) anchors.add(lower);
    if (stopwords.has(lower)) return;
    stems.push(stem(lower, lang));
    if (lower.length >= 3) contentWords.add(lower);
  });
  return { length: countNonSpace(text), tokens, stems, anchors: [...anchors], words: [...contentWords] };
}

/**
 * A token is name-like when it is an acronym, has inner capitals or digits (AKS, CoreOS, eBPF),
 * or, in English, is capitalised away from the sentence start. German capitalises every noun,
 * so there only acronyms and inner capitals count.
 */
function isNameLike(word: string, index: number, lang: Lang): boolean {
  if (word.length < 2) return false;
  if (/\p{Lu}.*\p{Lu}/u.test(word) || /^\p{Ll}+\p{Lu}/u.test(word)) return true;
  if (/\p{L}/u.test(word) && /\d/.test(word)) return true;
  return lang === 'en' && index > 0 && /^\p{Lu}/u.test(word) && word.length > 2;
}

/** "7,5" (de) and "7.5" (en) → "7.5"; "1,000"/"1.000" → "1000". Undefined for non-numbers. */
export function normaliseNumber(token: string, lang: Lang): string | undefined {
  if (!/^\d[\d.,]*$/.test(token)) return undefined;
  const [group, decimal] = lang === 'de' ? ['.', ','] : [',', '.'];
  const thousands = new RegExp(`^\\d{1,3}(\\${group}\\d{3})+(\\${decimal}\\d+)?$`);
  let value = thousands.test(token) ? token.split(group).join('') : token;
  value = value.replace(decimal, '.');
  const parsed = Number(value);
  return Number.isFinite(parsed) ? String(parsed) : undefined;
}

function countNonSpace(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x20) count++;
  return count;
}
