import type { Lang } from '../core/types.js';
import { allSplits } from '../lexicon/compound.js';
import { STOPWORDS } from '../words/stopwords.js';
import { shares, type ClaimContexts } from './context.js';

/**
 * Whether a name no list knows, of common words only, translates a known name of the other side part by
 * part: "Federal Criminal Police Office" / "Bundeskriminalamt" (Bund + Kriminal + Amt), which the
 * gazetteer knows by another English name. Every part of the German name must be translated by a word of
 * the English one, and two thirds of the English words must translate a part, as for any name of common
 * words (translatedNames.ts): "Bundespolizei" and "Landeskriminalamt" are other bodies.
 */
export function translatesPartByPart(unknown: string, lang: Lang, known: string, contexts: ClaimContexts): boolean {
  const [enName, deName] = lang === 'en' ? [unknown, known] : [known, unknown];
  const contentWords = (name: string, of: Lang) => (name.match(/[\p{L}]+/gu) ?? []).filter((word) => !STOPWORDS[of].has(word.toLowerCase()));
  const english = contentWords(enName, 'en');
  if (english.length < MIN_WORDS || !contentWords(unknown, lang).every((word) => contexts.isWord(word, lang))) return false;
  const translating = englishWordsTranslated(contentWords(deName, 'de'), english.map((word) => contexts.keysOf(word, 'en')), contexts);
  if (translating === undefined) return false;
  // Three words translated at least: "International Criminal Court" is no "Internationaler Gerichtshof".
  return translating.size >= Math.max(MIN_WORDS, (2 * english.length) / 3);
}

/**
 * Which of an English name's words (given by their keys) German words translate, each German word whole
 * or every part of it: undefined where one of them holds a part no English word translates
 * ("Landes" of "Landeskriminalamt" for "Federal Criminal Police Office").
 */
function englishWordsTranslated(germanWords: readonly string[], englishKeys: ReadonlyArray<ReadonlySet<number | string>>, contexts: ClaimContexts): Set<number> | undefined {
  const translating = new Set<number>();
  const translated = (part: string) => englishKeys.findIndex((keys) => shares(keys, contexts.keysOf(part, 'de')));
  for (const word of germanWords) {
    // The readings whose every part translates a word of the English name, the whole word's first.
    const readings = [[word], ...allSplits(word.toLowerCase(), (part) => translated(part) >= 0, MAX_READINGS)];
    // Of those, the one translating most of the English words ("Bundes|kriminal|amts", not "Bundes|kriminalamts").
    const covering = readings.map((parts) => new Set(parts.map(translated))).filter((found) => !found.has(-1));
    if (covering.length === 0) return undefined;
    for (const index of covering.reduce((best, found) => (found.size > best.size ? found : best))) translating.add(index);
  }
  return translating;
}

/** Words translated below which part-by-part translation says too little: "Federal Office", "International … Court". */
const MIN_WORDS = 3;

/** Readings of a compound looked at: a body's name has a handful. */
const MAX_READINGS = 8;

/**
 * Where the other side says a known body's name in common words, as a translator does who does not
 * take it for a name ("Landeskriminalamt" / "the state criminal police office"): a run of MIN_WORDS
 * to MAX_RUN words of one of the sentences that translates it part by part, the one starting last and
 * then the shortest, so that words before the name are not taken in ("officers of the state criminal").
 */
export function describedInSentences(known: string, other: Lang, texts: ReadonlyArray<{ sentence: number; text: string }>, contexts: ClaimContexts): { sentence: number; start: number; end: number } | undefined {
  for (const { sentence, text } of texts) {
    const words = [...text.matchAll(/[\p{L}]+/gu)];
    for (let first = words.length - MIN_WORDS; first >= 0; first--) {
      if (STOPWORDS[other].has(words[first]![0].toLowerCase())) continue;
      for (let last = first + MIN_WORDS - 1; last < Math.min(words.length, first + MAX_RUN); last++) {
        const [start, end] = [words[first]!.index, words[last]!.index + words[last]![0].length];
        if (translatesPartByPart(text.slice(start, end), other, known, contexts)) return { sentence, start, end };
      }
    }
  }
  return undefined;
}

/** Words a body's name said in common words runs to at most: "the state criminal police office". */
const MAX_RUN = 5;
