import { isDigit, isLetter, isLineBreak, isLower, isSpace, isUpper } from './chars.js';

/**
 * Recognisers for the noise of extracted text (clean mode): decorative rules, dot leaders with page
 * numbers, page-number lines, words letter-spaced over several lines, literal escape sequences.
 * Each looks at one position and returns where the noise ends (or -1); none scans further than the
 * noise it reports plus a bounded look-ahead.
 */

/** Characters that draw rules: / \ | = _ ~ # + - – — and box drawing. */
export function isRuleChar(code: number): boolean {
  return code === 0x2f || code === 0x5c || code === 0x7c || code === 0x3d || code === 0x5f || code === 0x7e || code === 0x23 ||
    code === 0x2b || code === 0x2d || code === 0x2013 || code === 0x2014 || (code >= 0x2500 && code <= 0x257f);
}

/** A run of this many identical rule characters (or asterisks) is decoration wherever it stands. */
export const RULE_RUN = 5;

/** End of the run of `text[position]` repeated, when it is a decorative rule ("/////", "=====", "*****"); else -1. */
export function ruleRunEnd(text: string, position: number): number {
  const code = text.charCodeAt(position);
  let end = position + 1;
  while (end < text.length && text.charCodeAt(end) === code) end++;
  return end - position >= RULE_RUN ? end : -1;
}

/**
 * A line made only of rule characters and spaces ("-----", "+---+---+", a lone "/"), starting at its first
 * non-space character: returns the end of its content, or -1. Asterisks are not rule characters here:
 * "*   *   *" is a scene break, part of the document's structure.
 */
export function ruleLineEnd(text: string, position: number): number {
  let end = position;
  let contentEnd = position;
  while (end < text.length) {
    const code = text.charCodeAt(end);
    if (isLineBreak(code)) break;
    if (isRuleChar(code)) contentEnd = end + 1;
    else if (!isSpace(code)) return -1;
    end++;
  }
  return contentEnd > position ? contentEnd : -1;
}

/**
 * A paragraph that is only a page number ("3", "- 12 -", "Page 4 of 20", "Seite 1024"), up to its line break.
 * Without "Page"/"Seite" at most three digits: a paragraph "2015" is more likely a year heading.
 */
const PAGE_NUMBER = /(?:(?:page|seite)[ \t]+\d{1,4}|(?:[-–—][ \t]*)?\d{1,3}(?:[ \t]*[-–—])?)(?:[ \t]*(?:of|von|\/)[ \t]*\d{1,4})?[ \t]*(?=[\r\n\v\f\u0085\u2028\u2029]|$)/iy;

export function pageNumberLineEnd(text: string, position: number): number {
  PAGE_NUMBER.lastIndex = position;
  const match = PAGE_NUMBER.exec(text);
  return match ? position + match[0].length : -1;
}

/** Does a blank line (or the end of the text) follow `position`, the end of a line's content? */
export function blankLineFollows(text: string, position: number): boolean {
  let breaks = 0;
  for (let k = position; k < text.length; k++) {
    const code = text.charCodeAt(k);
    if (!isSpace(code)) return false;
    if (isLineBreak(code) && !(code === 0x0a && k > 0 && text.charCodeAt(k - 1) === 0x0d)) {
      if (++breaks >= 2) return true;
    }
  }
  return true;
}

/**
 * Leaders: five or more periods in a row ("About Me.......5"), or eight or more spaced ones
 * (". . . . . . . ."); an ellipsis character counts as three. Returns the end of the run, and whether it
 * is a leader at all (shorter runs are ellipses and stay).
 */
export function dotRun(text: string, position: number): { end: number; leader: boolean } {
  let end = position;
  let dots = 0;
  let spaced = false;
  for (;;) {
    const code = text.charCodeAt(end);
    if (code === 0x2e) dots++;
    else if (code === 0x2026) dots += 3;
    else break;
    end++;
    if (text.charCodeAt(end) === 0x20 && isDot(text.charCodeAt(end + 1))) {
      spaced = true;
      end++;
    }
  }
  return { end, leader: dots >= (spaced ? 8 : 5) };
}

/** A page number ("5", "16-17") ending its line (or followed by a tag) after a leader at `position`; its end, or -1. */
const LEADER_PAGE = /[ \t]*\d{1,4}(?:[ \t]*[-–][ \t]*\d{1,4})?[ \t]*(?=[\r\n\v\f\u0085\u2028\u2029<]|$)/y;

export function leaderPageEnd(text: string, position: number): number {
  LEADER_PAGE.lastIndex = position;
  const match = LEADER_PAGE.exec(text);
  return match ? position + match[0].length : -1;
}

/**
 * A word letter-spaced over lines, as PDF extraction leaves spaced-out headings ("W\nA\nRN\nI\nNG"):
 * at least three consecutive lines of one or two letters each, all upper or all lower case, with a single
 * letter among them and at least four letters in all. Single letters in alphabetical order ("A\nB\nC\nD") are
 * a list, and lines of two letters only ("EN\nDE\nFR") a column of codes; neither is joined. Returns the
 * flat [start0, end0, start1, end1, …] offsets of the pieces (undefined when they are no such word), and the
 * end of the lines looked at, which the caller need not look at again.
 */
export function letterSpacedWord(text: string, position: number): { pieces: number[] | undefined; scanned: number } {
  const pieces: number[] = [];
  let cursor = position;
  let upper: boolean | undefined;
  for (;;) {
    let end = cursor;
    while (end < text.length && end - cursor < 3 && isLetter(text.charCodeAt(end))) end++;
    const length = end - cursor;
    if (length === 0 || length > 2) break;
    const caseUpper = isUpper(text.charCodeAt(cursor));
    if (!caseUpper && !isLower(text.charCodeAt(cursor))) break;
    if (length === 2 && isUpper(text.charCodeAt(cursor + 1)) !== caseUpper) break;
    if (upper !== undefined && upper !== caseUpper) break;
    let after = end;
    while (after < text.length && isSpace(text.charCodeAt(after)) && !isLineBreak(text.charCodeAt(after))) after++;
    if (after < text.length && !isLineBreak(text.charCodeAt(after))) break;
    upper = caseUpper;
    pieces.push(cursor, end);
    // The next line, unless a blank line ends the paragraph.
    if (after >= text.length) break;
    let next = after + (text.charCodeAt(after) === 0x0d && text.charCodeAt(after + 1) === 0x0a ? 2 : 1);
    while (next < text.length && isSpace(text.charCodeAt(next)) && !isLineBreak(text.charCodeAt(next))) next++;
    if (next >= text.length || isLineBreak(text.charCodeAt(next))) break;
    cursor = next;
  }
  const lines = pieces.length / 2;
  const lastEnd = lines > 0 ? pieces[pieces.length - 1]! : position;
  if (lines < 3) return { pieces: undefined, scanned: lastEnd };
  let letters = 0;
  let single = false;
  let alphabetical = true;
  for (let k = 0; k < pieces.length; k += 2) {
    const length = pieces[k + 1]! - pieces[k]!;
    letters += length;
    if (length === 1) single = true;
    if (length !== 1 || (k > 0 && text.charCodeAt(pieces[k]!) !== text.charCodeAt(pieces[k - 2]!) + 1)) alphabetical = false;
  }
  return { pieces: letters >= 4 && single && !alphabetical ? pieces : undefined, scanned: lastEnd };
}

/**
 * Escape sequences written out as text, as JSON and log dumps leave them ("Hello. \r\n Next", also with a
 * stray space: "\ n"). Only where a backslash cannot belong to a path or a command: not after a letter,
 * digit, "\", "/" or ":", and not before a lower-case letter ("C:\new", "\newline" stay). Returns the end
 * and the whitespace the sequence stands for, or undefined.
 */
export function escapeSequenceAt(text: string, position: number): { end: number; value: string } | undefined {
  if (position > 0) {
    const before = text.charCodeAt(position - 1);
    if (isLetter(before) || isDigit(before) || before === 0x5c || before === 0x2f || before === 0x3a) return undefined;
  }
  let value = '';
  let end = position;
  while (text.charCodeAt(end) === 0x5c) {
    let letter = end + 1;
    if (text.charCodeAt(letter) === 0x20) letter++;
    const code = text.charCodeAt(letter);
    if (code === 0x6e) value += '\n';
    else if (code === 0x72) value += text.startsWith('\\n', letter + 1) ? '' : '\n';
    else if (code === 0x74) value += '\t';
    else break;
    end = letter + 1;
  }
  if (end === position || (end < text.length && isLower(text.charCodeAt(end)))) return undefined;
  return { end, value };
}

/** Invisible characters that only break up words: soft hyphen, zero-width space, word joiner, byte order mark. */
export function isInvisible(code: number): boolean {
  return code === 0xad || code === 0x200b || code === 0x2060 || code === 0xfeff;
}

function isDot(code: number): boolean {
  return code === 0x2e || code === 0x2026;
}
