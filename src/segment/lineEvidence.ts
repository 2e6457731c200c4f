// What a whole text shows of how its lines were made, for reading its line breaks (blocks.ts): the width
// it is hard-wrapped at, and whether it marks wrapped lines with a trailing space.
import { isLineBreak, isLower, isSpace } from './chars.js';

/**
 * Calls `visit` with each line's trimmed [start, end) (empty when blank), the position of its line break, the
 * column its last character ends at and the position the line begins at. Columns are what a terminal shows: a
 * tab goes on to the next multiple of 8, for `col -b` writes the runs of spaces of a rendered manual page
 * (indentation, justification, table gaps) as tabs.
 */
export function forEachLine(text: string, visit: (start: number, end: number, lineEnd: number, column: number, lineStart: number) => void): void {
  const length = text.length;
  let position = 0;
  for (;;) {
    let lineEnd = position;
    let hasTab = false;
    for (let code: number; lineEnd < length && !isLineBreak((code = text.charCodeAt(lineEnd))); lineEnd++) if (code === 0x09) hasTab = true;
    let start = position;
    let end = lineEnd;
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    visit(start, end, lineEnd, hasTab ? displayColumn(text, position, end) : end - position, position);
    if (lineEnd >= length) return;
    position = lineEnd + (text.charCodeAt(lineEnd) === 0x0d && text.charCodeAt(lineEnd + 1) === 0x0a ? 2 : 1);
  }
}

/** The column a terminal shows text[from, to) ending at, `from` being the start of a line. */
export function displayColumn(text: string, from: number, to: number): number {
  let column = 0;
  for (let k = from; k < to; k++) column = nextColumn(column, text.charCodeAt(k));
  return column;
}

/** The column after a character at `column`: a tab goes on to the next multiple of 8. */
export function nextColumn(column: number, code: number): number {
  return code === 0x09 ? column - (column % 8) + 8 : column + 1;
}

/** How a text is hard-wrapped: its width (0 when it is not; see hardWrapLayout) and whether it is justified. */
export interface WrapLayout {
  width: number;
  /**
   * Most lines that come near the width end exactly at it, as a justifying formatter leaves them (`man`,
   * `groff`, `par -j`): a wrapped line then reaches the width, and a shorter line was ended on purpose (a table
   * row, an option name, a line of an example) even where it comes near.
   */
  justified: boolean;
}

/**
 * Recognises hard-wrapped plain text (e-mails, text dumps, manual pages) and returns its width — the
 * column (indentation included, at most 150) that lines followed by another line reach, or 0 — and
 * whether it is justified. The test is the wrapper's own rule: the next line's first word did not fit after the line, so it was moved down. Text is
 * hard-wrapped when that holds for most such lines (70 %), or for at least 15 % of them where the next line
 * goes on in lower case — enough for a manual page, whose option names and synopsis lines make up the
 * rest, while a list of headlines or menu entries of similar length (each line a capitalised item, the
 * next word often short enough to have fitted) stays unwrapped. One pass with histograms of columns, no
 * allocation per line.
 */
export function hardWrapLayout(text: string): WrapLayout {
  const LONG = 151;
  const histogram = new Uint32Array(LONG + 1);
  // By column + 1 + the next line's first word: where that passes the width, the word did not fit.
  const reach = new Uint32Array(LONG + 1);
  // The same for lines whose next line starts in lower case (it continues the sentence).
  const reachLower = new Uint32Array(LONG + 1);
  let inner = 0;
  let previousColumn = 0;
  forEachLine(text, (start, end, _lineEnd, column) => {
    if (end > start && previousColumn > 0) {
      histogram[Math.min(previousColumn, LONG)]!++;
      const column = Math.min(previousColumn + 1 + firstWordLength(text, start, end), LONG);
      reach[column]!++;
      if (isLower(text.charCodeAt(start))) reachLower[column]!++;
      inner++;
    }
    previousColumn = end > start ? column : 0;
  });
  if (inner < 4) return NOT_WRAPPED;
  let width = LONG;
  for (let seen = 0; width > 0; width--) {
    seen += histogram[width]!;
    if (seen > inner * 0.05) break;
  }
  if (width >= LONG || width < 30) return NOT_WRAPPED;
  let moved = 0;
  let movedBeforeLower = 0;
  for (let k = width + 1; k <= LONG; k++) {
    moved += reach[k]!;
    movedBeforeLower += reachLower[k]!;
  }
  if (moved < inner * MOVED_SHARE && movedBeforeLower < Math.max(inner * MOVED_BEFORE_LOWER_SHARE, MOVED_MIN)) return NOT_WRAPPED;
  let near = 0;
  for (let k = Math.ceil(width * NEAR_WIDTH); k <= width; k++) near += histogram[k]!;
  return { width, justified: histogram[width]! > near / 2 && histogram[width]! >= JUSTIFIED_MIN };
}

const NOT_WRAPPED: WrapLayout = { width: 0, justified: false };
/** A line that ends at this share of the width or beyond comes near it (see isFullWidth in blocks.ts). */
export const NEAR_WIDTH = 0.7;
/**
 * Lines at the width that make a text justified, besides being most of those near it: rendered manual pages
 * have 90 % and more of them there, ragged text about a third (lines that happen to fill up), and a handful
 * of lines may do so by chance.
 */
const JUSTIFIED_MIN = 4;

/** Shares of the lines followed by another line that mark a text as hard-wrapped (see hardWrapLayout). */
const MOVED_SHARE = 0.7;
const MOVED_BEFORE_LOWER_SHARE = 0.15;
/** Two such lines at least: one wrapped-looking line before a lower-case one is chance. */
const MOVED_MIN = 2;

export function firstWordLength(text: string, start: number, end: number): number {
  let k = start;
  while (k < end && !isSpace(text.charCodeAt(k))) k++;
  return k - start;
}

/**
 * Whether the text marks its wrapped lines with a trailing space, as `pdftotext` does: most lines followed
 * by another line (at least two) end in whitespace. Editors and web pages drop such spaces, so in other text
 * a trailing space is chance, and tells nothing about the line.
 */
export function spaceMarksWrap(text: string): boolean {
  let inner = 0;
  let spaced = 0;
  let previousSpaced: boolean | undefined;
  forEachLine(text, (start, end, lineEnd) => {
    if (end > start && previousSpaced !== undefined) {
      inner++;
      if (previousSpaced) spaced++;
    }
    previousSpaced = end > start ? end < lineEnd : undefined;
  });
  return inner >= 2 && spaced * 2 > inner;
}
