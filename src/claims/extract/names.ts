import { STOPWORDS } from '../../words/stopwords.js';
import type { Claim } from '../claim.js';
import { NO_MARKS, type MarkedSpans } from './markedText.js';
import { NOT_NAMES, isNameToken, stripPossessive, titleCaseSpans, tokenize, within } from './tokens.js';

/** Names one document makes known to the extraction of the other. */
export interface NameContext {
  /** Single words the English document writes capitalised away from a sentence start. */
  nameWords: ReadonlySet<string>;
  /** Normalised English names → their value. */
  known: ReadonlyMap<string, string>;
  /** Consonant skeletons of single-word English names → their value. */
  skeletons: ReadonlyMap<string, string>;
  /** Words the English document writes in lower case: in German text these are loan words, not names. */
  commonWords: ReadonlySet<string>;
  /** The first two or more words of the English document's multi-word names ("siemens energy"). */
  namePrefixes: ReadonlySet<string>;
  /** Whether the English lexicon knows a word; absent without a lexicon. */
  isEnglishWord?: (word: string) => boolean;
}

export const NO_NAMES: NameContext = { nameWords: new Set(), known: new Map(), skeletons: new Map(), commonWords: new Set(), namePrefixes: new Set() };

/**
 * Consonant skeleton, for cognates spelled differently: Parliament/Parlament → "prlmnt",
 * Commission/Kommission → "kmsn". Only used for single words of four letters or more.
 */
export function skeleton(word: string): string {
  const lower = word
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ß/g, 'ss')
    .replace(/ph/g, 'f')
    .replace(/th/g, 't')
    .replace(/c/g, 'k')
    .replace(/y/g, 'i')
    .replace(/[^a-z]/g, '');
  const head = lower.slice(0, 1);
  const rest = lower.slice(1).replace(/[aeiou]/g, '');
  return (head + rest).replace(/(.)\1+/g, '$1');
}

/**
 * Whether two words with one skeleton are spelt as cognates are: the same letters but for vowels one
 * of them leaves out ("Parliament" / "Parlament") and each language's spellings of a sound (c/k, ph/f,
 * doubled letters). A vowel in one word's place of another is a different name: "Novara" and "Navara",
 * "Meyer" and "Mayer" are two.
 */
export function spelledAsCognates(a: string, b: string): boolean {
  const [x, y] = [vowelGaps(a), vowelGaps(b)];
  if (x.length !== y.length) return false;
  return x.every((gap, k) => isSubsequence(gap, y[k]!) || isSubsequence(y[k]!, gap));
}

/** The vowels between consonants (first letter, then each consonant), after the spelling mappings of `skeleton`. */
function vowelGaps(word: string): string[] {
  const letters = word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/ß/g, 'ss').replace(/ph/g, 'f').replace(/th/g, 't').replace(/c/g, 'k').replace(/y/g, 'i').replace(/[^a-z]/g, '').replace(/(.)\1+/g, '$1');
  const gaps: string[] = [''];
  for (const letter of letters.slice(1)) {
    if ('aeiou'.includes(letter)) gaps[gaps.length - 1] += letter;
    else gaps.push('');
  }
  // The final vowels are an ending ("Europe" / "Europa"), not the name.
  gaps[gaps.length - 1] = '';
  return gaps;
}

export function isSubsequence(short: string, long: string): boolean {
  let k = 0;
  for (const letter of long) if (letter === short[k]) k++;
  return k === short.length;
}

/**
 * What the English document tells about words: which it writes capitalised away from a sentence
 * start (names), and which in lower case (common words). Title-case lines (headlines, menus, two-word
 * headings of common words), title-case link texts and interface labels ("Click <gui>Settings</gui>")
 * tell nothing about names.
 */
export function englishWords(texts: string[], marks: ReadonlyArray<MarkedSpans> = []): { nameWords: Set<string>; commonWords: Set<string> } {
  const nameWords = new Set<string>();
  const commonWords = new Set<string>();
  const tokenized = texts.map(tokenize);
  for (const tokens of tokenized) for (const token of tokens) if (/^\p{Ll}+$/u.test(token.text)) commonWords.add(token.text);
  texts.forEach((text, k) => {
    const tokens = tokenized[k]!;
    const { labels, links } = marks[k] ?? NO_MARKS;
    const titleCase = titleCaseSpans(text, tokens, commonWords, links);
    for (const token of tokens) {
      if (token.initial || !isNameToken(token.text) || within(titleCase, token) || within(labels, token)) continue;
      const lower = stripPossessive(token.text).toLowerCase();
      if (!STOPWORDS.en.has(lower) && !NOT_NAMES.en.has(lower)) nameWords.add(lower);
    }
  });
  return { nameWords, commonWords };
}

export function nameContext(words: { nameWords: Set<string>; commonWords: Set<string> }, englishEntities: Claim[], isEnglishWord?: (word: string) => boolean): NameContext {
  const known = new Map<string, string>();
  const skeletons = new Map<string, string>();
  const namePrefixes = new Set<string>();
  for (const claim of englishEntities) {
    if (claim.kind !== 'name') continue;
    known.set(claim.value, claim.value);
    const words = claim.value.split(' ');
    for (let n = 2; n <= words.length; n++) namePrefixes.add(words.slice(0, n).join(' '));
    if (!claim.value.includes(' ') && claim.value.length >= 4) {
      const key = skeleton(claim.value);
      if (key.length >= 3 && !skeletons.has(key)) skeletons.set(key, claim.value);
    }
  }
  return { ...words, known, skeletons, namePrefixes, ...(isEnglishWord ? { isEnglishWord } : {}) };
}
