import type { Sentence } from '../core/types.js';
import { marksParagraph } from '../segment/lines.js';
import type { DerivedText } from '../segment/offsetMap.js';

/**
 * Which sentences open a paragraph: those with a blank line between them and the previous
 * sentence (in pre-segmented input, a blank line or a line holding only hunalign's `<p>`
 * between two sentence lines). In clean mode (`cleaned`: the document's cleaned view, `cleanText(text)`),
 * what lies between two sentences is read there, as a reader sees it: block tags (`</p><p>`, `<li>`, `<h2>`)
 * are paragraph breaks, and in an HTML page line breaks are not. Returns undefined when the text marks no
 * paragraph at all, so that callers can tell "one paragraph" from "paragraphs not marked".
 */
export function paragraphStarts(text: string, sentences: Sentence[], cleaned?: DerivedText): Uint8Array | undefined {
  const starts = new Uint8Array(sentences.length);
  const gap = cleaned
    ? (from: number, to: number) => cleaned.text.slice(cleaned.map.derivedPosition(from), cleaned.map.derivedPosition(to))
    : (from: number, to: number) => text.slice(from, to);
  let marked = false;
  for (let k = 1; k < sentences.length; k++) {
    if (marksParagraph(gap(sentences[k - 1]!.end, sentences[k]!.start))) {
      starts[k] = 1;
      marked = true;
    }
  }
  if (sentences.length > 0) starts[0] = 1;
  return marked ? starts : undefined;
}
