import { isBullet, isDash, isLetter, isLineBreak, isLower, isSpace, isTerminal, isCloser } from './chars.js';
import type { LanguageRules } from './rules.js';

/**
 * How line breaks inside a paragraph are read.
 * - `structure` (default, for web pages and plain text): a line break ends a segment unless the next line
 *   clearly continues the sentence (it starts in lower case and the line before is long or ends in a space,
 *   or the line before ends in an article/preposition/conjunction, or the next line starts with punctuation,
 *   or the text is hard-wrapped and the line before is a full-width one). Headings, bylines, captions,
 *   bullet lines and table rows therefore stay separate.
 * - `wrap` (for text extracted from PDFs, where every line is hard-wrapped): a line break is read like a
 *   space — the sentence rules decide — except before a list item, after a colon, and before a capitalised
 *   line when the line before neither ends in . ! ? nor in a space (a heading).
 * Blank lines always end a segment in both modes.
 */
export type LineBreakMode = 'structure' | 'wrap';

interface Line {
  /** First and one-past-last non-whitespace character. */
  start: number;
  end: number;
  /** Where the last character ends, counted from the line's beginning (indentation included). */
  column: number;
  /** Whitespace between the last character and the line break (a PDF sign of a wrapped line). */
  trailingSpace: boolean;
}

/**
 * Splits `text` into blocks — paragraphs with their wrapped lines joined, or single structural lines —
 * returned as flat [start0, end0, start1, end1, …] offsets of non-whitespace ranges. Linear: one pass for the wrap width, one for the blocks.
 */
export function findBlocks(text: string, mode: LineBreakMode, rules: LanguageRules): number[] {
  const context: JoinContext = { mode, rules, wrapWidth: hardWrapWidth(text) };
  const blocks: number[] = [];
  let blockStart = -1;
  let previous: Line | undefined;
  forEachLine(text, (start, end, lineEnd, lineBegin) => {
    if (end === start) {
      if (previous) blocks.push(blockStart, previous.end);
      previous = undefined;
      return;
    }
    const line: Line = { start, end, column: end - lineBegin, trailingSpace: end < lineEnd };
    if (previous && !continues(text, previous, line, context)) {
      blocks.push(blockStart, previous.end);
      previous = undefined;
    }
    if (!previous) blockStart = line.start;
    previous = line;
  });
  if (previous) blocks.push(blockStart, previous.end);
  return blocks;
}

/** Calls `visit` with each line's trimmed [start, end) (empty when blank), the position of its line break and of its beginning. */
function forEachLine(text: string, visit: (start: number, end: number, lineEnd: number, lineBegin: number) => void): void {
  const length = text.length;
  let position = 0;
  for (;;) {
    let lineEnd = position;
    while (lineEnd < length && !isLineBreak(text.charCodeAt(lineEnd))) lineEnd++;
    let start = position;
    let end = lineEnd;
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    visit(start, end, lineEnd, position);
    if (lineEnd >= length) return;
    position = lineEnd + (text.charCodeAt(lineEnd) === 0x0d && text.charCodeAt(lineEnd + 1) === 0x0a ? 2 : 1);
  }
}

interface JoinContext {
  mode: LineBreakMode;
  rules: LanguageRules;
  /** Width of a hard-wrapped document's lines, or 0 when the text is not hard-wrapped. */
  wrapWidth: number;
}

/**
 * Recognises hard-wrapped plain text (e-mails, text dumps, manual pages) and returns its width: the column
 * (indentation included, at most 150) that lines followed by another line reach, or 0. The test is the
 * wrapper's own rule: the next line's first word did not fit after the line, so it was moved down. Text is
 * hard-wrapped when that holds for most such lines (70 %), or for at least 15 % of them where the next line
 * goes on in lower case — enough for a manual page, whose option names and synopsis lines make up the
 * rest, while a list of headlines or menu entries of similar length (each line a capitalised item, the
 * next word often short enough to have fitted) stays unwrapped. One pass with histograms of columns, no
 * allocation per line.
 */
export function hardWrapWidth(text: string): number {
  const LONG = 151;
  const histogram = new Uint32Array(LONG + 1);
  // By column + 1 + the next line's first word: where that passes the width, the word did not fit.
  const reach = new Uint32Array(LONG + 1);
  // The same for lines whose next line starts in lower case (it continues the sentence).
  const reachLower = new Uint32Array(LONG + 1);
  let inner = 0;
  let previousColumn = 0;
  forEachLine(text, (start, end, _lineEnd, lineBegin) => {
    if (end > start && previousColumn > 0) {
      histogram[Math.min(previousColumn, LONG)]!++;
      const column = Math.min(previousColumn + 1 + firstWordLength(text, start, end), LONG);
      reach[column]!++;
      if (isLower(text.charCodeAt(start))) reachLower[column]!++;
      inner++;
    }
    previousColumn = end > start ? end - lineBegin : 0;
  });
  if (inner < 4) return 0;
  let width = LONG;
  for (let seen = 0; width > 0; width--) {
    seen += histogram[width]!;
    if (seen > inner * 0.05) break;
  }
  if (width >= LONG || width < 30) return 0;
  let moved = 0;
  let movedBeforeLower = 0;
  for (let k = width + 1; k <= LONG; k++) {
    moved += reach[k]!;
    movedBeforeLower += reachLower[k]!;
  }
  return moved >= inner * MOVED_SHARE || movedBeforeLower >= Math.max(inner * MOVED_BEFORE_LOWER_SHARE, MOVED_MIN) ? width : 0;
}

/** Shares of the lines followed by another line that mark a text as hard-wrapped (see hardWrapWidth). */
const MOVED_SHARE = 0.7;
const MOVED_BEFORE_LOWER_SHARE = 0.15;
/** Two such lines at least: one wrapped-looking line before a lower-case one is chance. */
const MOVED_MIN = 2;

function firstWordLength(text: string, start: number, end: number): number {
  let k = start;
  while (k < end && !isSpace(text.charCodeAt(k))) k++;
  return k - start;
}

/** Does line `next` continue the sentence of line `line`? */
function continues(text: string, line: Line, next: Line, context: JoinContext): boolean {
  const { mode, rules } = context;
  const first = text.charCodeAt(next.start);
  if (startsListItem(text, next)) return false;
  // A line that starts with punctuation (".", ",", ")") finishes the line before it.
  if (first === 0x2e || first === 0x2c || first === 0x3b || first === 0x3a || first === 0x29 || first === 0x21 || first === 0x3f) return true;
  // In wrapped text a line may end in "Dr." or "z. B." or in a quotation's inner full stop: join it and
  // let the sentence scanner decide, as it does for a space.
  const fullWidth = context.wrapWidth > 0 && line.column >= context.wrapWidth * 0.7;
  const ending = sentenceEnding(text, line);
  if (ending !== 0 && !fullWidth && (mode !== 'wrap' || ending === 0x3a)) return false;
  if (ending !== 0) return true;
  if (wrappedComment(text, line, next)) return true;
  const lowerNext = isLower(first);
  const last = text.charCodeAt(line.end - 1);
  // A word hyphenated at the line end ("ex‐" + "tracted"); typesetters such as groff write U+2010.
  if ((isDash(last) || last === HYPHEN) && line.end - 2 >= line.start && isLetter(text.charCodeAt(line.end - 2)) && lowerNext) return true;
  if (endsInContinuer(text, line, rules)) return true;
  // In hard-wrapped text a full-width line runs on, whatever the case of the next word (German nouns).
  if (fullWidth) return true;
  if (mode === 'wrap') return lowerNext || line.trailingSpace || first === 0x28;
  if (first === 0x28) return line.trailingSpace;
  if (!lowerNext) return false;
  // A space before the line break marks a wrapped line. Otherwise a single lower-case token
  // ("microsoftbuyskinvolk.jpg") is a caption or file name, and short lines followed by lower-case
  // lines are menus and keyword lists.
  return line.trailingSpace || (line.end - line.start >= 40 && hasSpace(text, next));
}

const HYPHEN = 0x2010;

/**
 * A long comment line of a configuration example or script that goes on in the next comment line ("# Das
 * Voreinstellen des Gebietsschemas (Locale) setzt gleichzeitig Sprache," + "# Land und Gebietsschema."):
 * translators wrap comments where their words end, so the sentence, not the line, is the unit. Both lines
 * carry the same marker and a space after it; commented-out code ("#d-i …") and short heading comments
 * ("# Apt setup") stay lines.
 */
function wrappedComment(text: string, line: Line, next: Line): boolean {
  const marker = COMMENT_MARKER.exec(text.slice(line.start, line.start + 3))?.[0];
  if (!marker || !text.startsWith(marker, next.start)) return false;
  return line.end - line.start >= COMMENT_WRAP_LENGTH && next.end - next.start > marker.length;
}

const COMMENT_MARKER = /^(?:#|\/\/|;|--) /;
/** A comment line shorter than this is a heading or a remark of its own, not a wrapped sentence. */
const COMMENT_WRAP_LENGTH = 40;

/** The . ! ? … or : the line ends in (possibly followed by closing quotes or brackets), or 0. */
function sentenceEnding(text: string, line: Line): number {
  let end = line.end;
  while (end > line.start && isCloser(text.charCodeAt(end - 1))) end--;
  if (end === line.start) return 0;
  const code = text.charCodeAt(end - 1);
  return isTerminal(code) || code === 0x3a ? code : 0;
}

const LIST_MARKER = /(?:\(?(?:\d{1,3}|[A-Za-z]|[ivxlcIVXLC]{2,6})(?:\.\)|[.)])|[-*–])(?=\s)/y;

function startsListItem(text: string, line: Line): boolean {
  if (isBullet(text.charCodeAt(line.start))) return true;
  LIST_MARKER.lastIndex = line.start;
  return LIST_MARKER.test(text);
}

function endsInContinuer(text: string, line: Line, rules: LanguageRules): boolean {
  let start = line.end;
  while (start > line.start && isLetter(text.charCodeAt(start - 1))) start--;
  if (start === line.end || line.end - start > 6) return false;
  if (start > line.start && !isSpace(text.charCodeAt(start - 1))) return false;
  // Only a long line can be a wrapped one; a short line ending in "by" may be a byline label.
  return line.end - line.start >= 30 && rules.lineContinuers.has(text.slice(start, line.end).toLowerCase());
}

function hasSpace(text: string, line: Line): boolean {
  for (let i = line.start; i < line.end; i++) if (isSpace(text.charCodeAt(i))) return true;
  return false;
}
