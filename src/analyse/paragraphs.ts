import type { Sentence } from '../core/types.js';
import { cleanText, type CleanTextOptions } from '../segment/clean.js';

/**
 * Which sentences open a paragraph: those with a blank line between them and the previous
 * sentence (in pre-segmented input, a blank line or a line holding only hunalign's `<p>`
 * between two sentence lines). In clean mode (`clean`), what lies between two sentences is read as a reader
 * sees it: block tags (`</p><p>`, `<li>`, `<h2>`) are paragraph breaks there, and in an HTML page (`page`) line
 * breaks are not. Returns undefined when the text marks no paragraph at all, so that callers can tell "one
 * paragraph" from "paragraphs not marked".
 */
export function paragraphStarts(text: string, sentences: Sentence[], clean?: CleanTextOptions): Uint8Array | undefined {
  const starts = new Uint8Array(sentences.length);
  let marked = false;
  for (let k = 1; k < sentences.length; k++) {
    const between = text.slice(sentences[k - 1]!.end, sentences[k]!.start);
    if (BLANK_LINE.test(clean ? cleanText(between, clean).text : between)) {
      starts[k] = 1;
      marked = true;
    }
  }
  if (sentences.length > 0) starts[0] = 1;
  return marked ? starts : undefined;
}

const BLANK_LINE = /(?:\r\n|\r|\n)[^\S\r\n]*(?:<p>[^\S\r\n]*)?(?:\r\n|\r|\n)/i;
