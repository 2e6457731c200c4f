import type { Sentence } from '../core/types.js';

/**
 * Pre-segmented input: every non-blank line is one sentence (hunalign/vecalign convention).
 * Offsets still refer to the whole text, with surrounding whitespace excluded. A line holding
 * only `<p>` is hunalign's paragraph mark, not a sentence (see analyse/paragraphs.ts).
 */
export function segmentLines(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const lineBreak = /\r\n|\r|\n/g;
  let lineStart = 0;
  for (;;) {
    const match = lineBreak.exec(text);
    const lineEnd = match ? match.index : text.length;
    if (!isParagraphMark(text, lineStart, lineEnd)) pushTrimmed(text, lineStart, lineEnd, sentences);
    if (!match) break;
    lineStart = match.index + match[0].length;
  }
  return sentences;
}

function isParagraphMark(text: string, start: number, end: number): boolean {
  return end - start < 16 && text.slice(start, end).trim().toLowerCase() === '<p>';
}

/**
 * Whether the text between two sentences marks a paragraph: it holds a whole line that is blank or only
 * hunalign's `<p>` (the first and last pieces of the gap are the ends of the sentences' own lines).
 */
export function marksParagraph(gap: string): boolean {
  const lines = gap.split(/\r\n|\r|\n/);
  for (let k = 1; k + 1 < lines.length; k++) {
    const line = lines[k]!;
    if (line.trim() === '' || isParagraphMark(line, 0, line.length)) return true;
  }
  return false;
}

/** Adds text[start, end) to `out` with surrounding whitespace trimmed, unless it is blank. */
export function pushTrimmed(text: string, start: number, end: number, out: Sentence[]): void {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (end > start) out.push({ text: text.slice(start, end), start, end });
}

function isSpace(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0 || code === 0xfeff ||
    code === 0x2028 || code === 0x2029 || (code >= 0x2000 && code <= 0x200a) || code === 0x3000 || code === 0x85;
}
