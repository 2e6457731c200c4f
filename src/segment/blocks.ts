import { isBullet, isCloser, isDash, isLetter, isLower, isSpace, isTerminal, isUpper } from './chars.js';
import { displayColumn, firstWordLength, forEachLine, hardWrapLayout, NEAR_WIDTH, nextColumn, spaceMarksWrap } from './lineEvidence.js';
import { follows, isFirstValue, type ListMarker, markerAt } from './listMarkers.js';
import type { LanguageRules } from './rules.js';

interface Line {
  /** First and one-past-last non-whitespace character. */
  start: number;
  end: number;
  /** The column the last character ends at, counted from the line's beginning (indentation included, tabs expanded). */
  column: number;
  /** Where the line begins (its indentation included). */
  lineStart: number;
  /** Whitespace between the last character and the line break (a PDF sign of a wrapped line). */
  trailingSpace: boolean;
  /** The line is the first of its block. */
  opensBlock: boolean;
}

/**
 * Splits `text` into blocks — paragraphs with their wrapped lines joined, or single structural lines —
 * returned as flat [start0, end0, start1, end1, …] offsets of non-whitespace ranges. Blank lines always end
 * a block. Any other line break is weighed line by line, with what the whole text shows of how its lines
 * were made (its wrap width, whether it marks wrapped lines with a trailing space): it ends a block only
 * when the line reads as complete — it ends a sentence, or is a heading, byline, caption, menu entry or
 * table row, or the next line starts a list item — and reads as a space when the line leaves its sentence
 * open (see `continues`). Linear: one pass for the evidence, one for the blocks.
 */
export function findBlocks(text: string, rules: LanguageRules): number[] {
  const layout = hardWrapLayout(text);
  const context: JoinContext = { rules, wrapWidth: layout.width, justified: layout.justified, spaceMarksWrap: spaceMarksWrap(text), lastMarker: undefined };
  const blocks: number[] = [];
  let blockStart = -1;
  let previous: Line | undefined;
  forEachLine(text, (start, end, lineEnd, column, lineStart) => {
    if (end === start) {
      if (previous) blocks.push(blockStart, previous.end);
      previous = undefined;
      return;
    }
    const line: Line = { start, end, column, lineStart, trailingSpace: end < lineEnd, opensBlock: false };
    if (previous && !continues(text, previous, line, context)) {
      blocks.push(blockStart, previous.end);
      previous = undefined;
    }
    if (!previous) {
      line.opensBlock = true;
      blockStart = line.start;
      context.lastMarker = lineMarker(text, line) ?? context.lastMarker;
    }
    previous = line;
  });
  if (previous) blocks.push(blockStart, previous.end);
  return blocks;
}

interface JoinContext {
  rules: LanguageRules;
  /** Width of a hard-wrapped document's lines, or 0 when the text is not hard-wrapped. */
  wrapWidth: number;
  /** The hard-wrapped text is justified: its wrapped lines reach the width exactly (see WrapLayout). */
  justified: boolean;
  /** The text ends its wrapped lines in a space, as `pdftotext` does (see spaceMarksWrap). */
  spaceMarksWrap: boolean;
  /** The list marker that last started a block: the next item goes on from it. */
  lastMarker: ListMarker | undefined;
}

/** Does line `next` continue the sentence of line `line`? */
function continues(text: string, line: Line, next: Line, context: JoinContext): boolean {
  const first = text.charCodeAt(next.start);
  const wrapped = isWrapped(text, line, next, context);
  const marker = startsItem(text, next);
  if (marker) return marker !== true && numberInSentence(text, line, marker, wrapped, context);
  // A line that starts with punctuation (".", ",", ")") finishes the line before it — unless a gap follows it:
  // then it is the tag of an item ("?      The preceding item is optional", in a list of operators).
  if (first === 0x2e || first === 0x2c || first === 0x3b || first === 0x3a || first === 0x29 || first === 0x21 || first === 0x3f) {
    if (!startsWithCell(text, next)) return true;
  }
  // A wrapped line may end in "Dr." or "z. B." or in a quotation's inner full stop: join it and let the
  // sentence scanner decide, as it does for a space. A colon at the end of a line marked wrapped only by its
  // trailing space introduces what follows on lines of its own.
  const ending = sentenceEnding(text, line);
  if (ending !== 0) return isFullWidth(line, context) || (wrapped && ending !== COLON);
  if (wrappedComment(text, line, next)) return true;
  // Lines not wrapped whose cells start at a common column after a gap are rows of a table ("B   Kilobytes
  // SIZE x 1024", a header "Feature   Added in"); a justified line's stretched spaces are no gap.
  if (!wrapped && sharesCellColumn(text, line, next)) return false;
  // A word hyphenated at the line end ("ex‐" + "tracted", "Container-" + "Linux"); groff writes U+2010.
  if (endsInHyphen(text, line) && isLetter(first)) return true;
  if (endsInContinuer(text, line, context.rules)) return true;
  // A wrapped line runs on, whatever the case of the next word (German nouns).
  if (wrapped) return true;
  // In hard-wrapped text a line that opens a paragraph and was not wrapped, before a line indented deeper, is a
  // term and the next line begins its description ("-p, --preserve-permissions" / "keep the permissions …");
  // a list item's own lines hang under its text.
  if (context.wrapWidth > 0 && line.opensBlock && indentation(text, next) > indentation(text, line) && !startsItem(text, line)) return false;
  if (first === 0x28) return line.trailingSpace;
  if (!isLower(first)) return false;
  // A space before the line break marks a wrapped line. Otherwise a single lower-case token
  // ("microsoftbuyskinvolk.jpg") is a caption or file name, and short lines followed by lower-case
  // lines are menus and keyword lists — unless the line opens a sentence that the next line finishes.
  return line.trailingSpace || (line.end - line.start >= 40 && hasSpace(text, next)) || finishes(text, line, next);
}

const COLON = 0x3a;

/**
 * A line of hard-wrapped text that is full-width or that the next line's first word did not fit after (the
 * wrapper's own rule: "und eine Fehlerdatenbank" / "⟨https://debbugs.gnu.org/…⟩ sind verfügbar.", when the
 * next line is indented alike and goes on after that word), or a line that ends in a space in text that
 * marks its wrapped lines so.
 */
function isWrapped(text: string, line: Line, next: Line, context: JoinContext): boolean {
  if (isFullWidth(line, context)) return true;
  if (context.wrapWidth > 0 && line.column + 1 + firstWordLength(text, next.start, next.end) > context.wrapWidth) {
    // Only inside a paragraph: a URL or path alone on its line (unless it ends the sentence), or indented
    // under a label, is an entry of its own, and a line of code or a table row ends in a bracket or semicolon.
    const goesOn = hasSpace(text, next) || isTerminal(text.charCodeAt(next.end - 1));
    const last = text.charCodeAt(line.end - 1);
    return goesOn && (isLetter(last) || last === 0x2c) && indentation(text, next) === indentation(text, line);
  }
  return context.spaceMarksWrap && line.trailingSpace;
}

/** A line of hard-wrapped text that reaches the width: exactly, in justified text (a table row or an option name may come near it), else nearly (a ragged right margin). */
function isFullWidth(line: Line, context: JoinContext): boolean {
  if (context.wrapWidth === 0) return false;
  return context.justified ? line.column >= context.wrapWidth : line.column >= context.wrapWidth * NEAR_WIDTH;
}

/** The list marker line `next` starts with (true for a bullet, dash, asterisk or roman numeral: no value to follow), or undefined. */
function startsItem(text: string, next: Line): ListMarker | true | undefined {
  if (isBullet(text.charCodeAt(next.start))) return true;
  LIST_MARKER.lastIndex = next.start;
  if (!LIST_MARKER.test(text)) return undefined;
  const marker = markerAt(text, next.start, LIST_MARKER.lastIndex);
  return marker && marker.value >= 0 ? marker : true;
}

/**
 * Is a list marker at the start of the next line rather a number in the sentence that `line` leaves open?
 * A marker starts an item when it opens a list, goes on from the last item, or follows a line that reads as
 * finished or is too short to be a wrapped one; any other number after an open line belongs to its
 * sentence: "… exits with status" / "0.  When one or more …".
 */
function numberInSentence(text: string, line: Line, marker: ListMarker, wrapped: boolean, context: JoinContext): boolean {
  // Letters may be roman numerals ("IX." / "X."), whose sequence is not followed.
  if (!marker.style.includes('n') || (!wrapped && line.end - line.start < WRAPPED_LENGTH)) return false;
  return !isFirstValue(marker.value) && !follows(marker, context.lastMarker) && sentenceEnding(text, line) === 0;
}

/** A line shorter than this, not known to be wrapped otherwise, is no wrapped line of a sentence. */
const WRAPPED_LENGTH = 40;

/** The list marker a line starts with, if any. */
function lineMarker(text: string, line: Line): ListMarker | undefined {
  LIST_MARKER.lastIndex = line.start;
  return LIST_MARKER.test(text) ? markerAt(text, line.start, LIST_MARKER.lastIndex) : undefined;
}

/**
 * A line that opens a sentence (a capital, then more than one word) before a line that starts in lower case
 * and ends one: "This is a sentence" / "cut off in the middle because pdf.". Menus and keyword lists neither
 * open with a capital nor end in a full stop, and a heading's text is indented deeper than the heading.
 */
function finishes(text: string, line: Line, next: Line): boolean {
  if (!isUpper(text.charCodeAt(line.start)) || !hasSpace(text, line) || indentation(text, next) > indentation(text, line)) return false;
  const ending = sentenceEnding(text, next);
  return ending !== 0 && ending !== COLON;
}

/** Do both lines have a cell that starts, after a gap of CELL_GAP columns or more, at the same column? */
function sharesCellColumn(text: string, line: Line, next: Line): boolean {
  const columns = cellColumns(text, line);
  return columns.length > 0 && cellColumns(text, next).some((column) => columns.includes(column));
}

/** The line's first word is followed by a gap of CELL_GAP columns or more: it is a tag or a table's first cell. */
function startsWithCell(text: string, line: Line): boolean {
  const wordEnd = line.start + firstWordLength(text, line.start, line.end);
  let nextWord = wordEnd;
  while (nextWord < line.end && isSpace(text.charCodeAt(nextWord))) nextWord++;
  return nextWord < line.end && displayColumn(text, line.lineStart, nextWord) - displayColumn(text, line.lineStart, wordEnd) >= CELL_GAP;
}

/** The columns at which a word follows a gap of CELL_GAP columns or more (tabs expanded) inside the line. */
function cellColumns(text: string, line: Line): number[] {
  const columns: number[] = [];
  let column = indentation(text, line);
  let gap = 0;
  for (let k = line.start; k < line.end; k++) {
    const code = text.charCodeAt(k);
    if (code === 0x09 || code === 0x20) {
      const after = nextColumn(column, code);
      gap += after - column;
      column = after;
      continue;
    }
    if (gap >= CELL_GAP) columns.push(column);
    gap = 0;
    column++;
  }
  return columns;
}

/** Wider than the two spaces that typists and groff put after a full stop. */
const CELL_GAP = 3;

/** The line's indentation as a terminal shows it (see displayColumn). */
function indentation(text: string, line: Line): number {
  return displayColumn(text, line.lineStart, line.start);
}

/** A letter, then a hyphen, at the end of the line. */
function endsInHyphen(text: string, line: Line): boolean {
  const last = text.charCodeAt(line.end - 1);
  return (isDash(last) || last === HYPHEN) && line.end - 2 >= line.start && isLetter(text.charCodeAt(line.end - 2));
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
