import type { Sentence } from '../core/types.js';

/**
 * Which sentences open a paragraph: those with a blank line between them and the previous
 * sentence (in pre-segmented input, a blank line or a line holding only hunalign's `<p>`
 * between two sentence lines). Returns undefined when the text marks no paragraph at all, so that callers can tell
 * "one paragraph" from "paragraphs not marked".
 */
export function paragraphStarts(text: string, sentences: Sentence[]): Uint8Array | undefined {
  const starts = new Uint8Array(sentences.length);
  let marked = false;
  for (let k = 1; k < sentences.length; k++) {
    if (BLANK_LINE.test(text.slice(sentences[k - 1]!.end, sentences[k]!.start))) {
      starts[k] = 1;
      marked = true;
    }
  }
  if (sentences.length > 0) starts[0] = 1;
  return marked ? starts : undefined;
}

const BLANK_LINE = /(?:\r\n|\r|\n)[^\S\r\n]*(?:<p>[^\S\r\n]*)?(?:\r\n|\r|\n)/i;
