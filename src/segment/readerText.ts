import type { Sentence } from '../core/types.js';
import { joinLineEndHyphens } from './lineEndHyphens.js';

/**
 * What a sentence says, for scoring, claims and every export: the cleaned text in clean mode, else the
 * slice — with words that a typesetter hyphenated at a line end joined again ("ex‐" + "tracted",
 * "DA‐" + "TEI"): groff and other typesetters break words with U+2010, so where the next line goes on
 * in lower case, or in capitals after capitals, it is a break, not a hyphen of the word ("QUELL‐" +
 * "Datei" keeps it). An ASCII "-" at a line end may well belong to the word ("well-" + "known"); clean mode
 * asks the lexicon (segment/lineEndHyphens.ts).
 */
export function readerText(sentence: Pick<Sentence, 'text' | 'clean'>): string {
  if (sentence.clean !== undefined) return sentence.clean;
  // Read once per sentence: claims ask for it once per claim, and a sentence may be megabytes long.
  let text = READER_TEXTS.get(sentence);
  if (text === undefined) READER_TEXTS.set(sentence, (text = joinLineEndHyphens(sentence.text)));
  return text;
}

const READER_TEXTS = new WeakMap<object, string>();
