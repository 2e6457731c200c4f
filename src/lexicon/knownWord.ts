import { stem } from '../words/stem.js';
import { STOPWORDS } from '../words/stopwords.js';
import type { Lang } from '../core/types.js';
import { splitCompound } from './compound.js';
import type { Lexicon } from './lexicon.js';
import { shippedLexicon } from './load.js';

/** Whether a word is one of the language's; with `compounds`, German compounds of its words count too. */
export type WordTest = (word: string, lang: Lang, compounds: boolean) => boolean;

/**
 * The words of `lexicon` (`isLexiconWord`, or with compounds `isWordOrCompound`), answered once per word:
 * `undefined` means the shipped lexicon, loaded when the first word is asked about; `null` (no lexicon) gives
 * no test.
 */
export function wordTestOf(lexicon: Lexicon | null | undefined): WordTest | undefined {
  if (lexicon === null) return undefined;
  const known = new Map<string, boolean>();
  return (word, lang, compounds) => {
    const key = `${lang}${compounds ? '+' : ':'}${word}`;
    let answer = known.get(key);
    if (answer === undefined) {
      const words = lexicon ?? shippedLexicon();
      answer = compounds ? isWordOrCompound(words, word, lang) : isLexiconWord(words, word, lang);
      known.set(key, answer);
    }
    return answer;
  };
}

/** Whether the lexicon knows a word as a word of the language, any case and inflection ("Kurzer" is "kurz"). */
export function isLexiconWord(lexicon: Lexicon, word: string, lang: Lang): boolean {
  const own = stem(word.toLowerCase(), lang);
  if (lang === 'en') return lexicon.hasEnglishStem(own);
  return lexicon.hasGermanStem(own) || lexicon.germanLemmas(own).length > 0;
}

/**
 * `isLexiconWord`, and for German also a compound of words it knows ("Speicherstufe" = Speicher + Stufe,
 * "zurückliefert"): German writes its compounds as one word, and the lexicon lists few of them. A word in
 * lower case is taken apart only into longer pieces: technical names ("aptcache") split into short words.
 */
export function isWordOrCompound(lexicon: Lexicon, word: string, lang: Lang): boolean {
  if (isLexiconWord(lexicon, word, lang)) return true;
  if (lang !== 'de') return false;
  const shortest = CAPITAL.test(word) ? 3 : 4;
  // Function words make no compounds: "Socketoder" is "Socket- oder …" run together.
  const part = (piece: string) => !STOPWORDS.de.has(piece) && lexicon.hasGermanStem(stem(piece, 'de'));
  return splitCompound(word.toLowerCase(), part, shortest) !== undefined;
}

const CAPITAL = /^\p{Lu}/u;
