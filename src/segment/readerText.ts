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
  // A short sentence is read again each time: a weak map entry for each of a document's sentences costs the
  // garbage collector more than the test for a hyphen at a line end does.
  if (sentence.text.length < REMEMBERED_FROM) return joinLineEndHyphens(sentence.text);
  // Read once per long sentence: claims ask for it once per claim, and a sentence may be megabytes long.
  let text = READER_TEXTS.get(sentence);
  if (text === undefined) READER_TEXTS.set(sentence, (text = joinLineEndHyphens(sentence.text)));
  return text;
}

const READER_TEXTS = new WeakMap<object, string>();
const REMEMBERED_FROM = 2000;
