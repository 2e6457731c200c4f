/**
 * Words of a text, scanned character by character rather than matched by a regular expression with
 * Unicode classes: tokenizing was a tenth of the analysis of a document, and the scan also gives each
 * word's start, which the clause marks between words need. tokens.ts says what a word is.
 */
export interface ScannedWords {
  words: string[];
  /** Where each word starts in the text (UTF-16 index). */
  starts: number[];
}

export function scanWords(text: string): ScannedWords {
  const words: string[] = [];
  const starts: number[] = [];
  for (let start = nextWordStart(text, 0); start < text.length; ) {
    const end = wordEndFrom(text, start);
    words.push(text.slice(start, end));
    starts.push(start);
    start = nextWordStart(text, end);
  }
  return { words, starts };
}

/** Where the first word at or after `from` starts, or the text's length when none does. */
export function nextWordStart(text: string, from: number): number {
  const n = text.length;
  let i = from;
  while (i < n) {
    const first = text.codePointAt(i)!;
    if (isLetterOrNumber(first)) return i;
    i += first > 0xffff ? 2 : 1;
  }
  return n;
}

/** Where the word that `nextWordStart` found at `start` ends. */
export function wordEndFrom(text: string, start: number): number {
  const first = text.codePointAt(start)!;
  return isAsciiDigit(first) ? numberEnd(text, start) : wordEnd(text, start, first > 0xffff ? 2 : 1);
}

/** Where a number starting at `from` ends: digits, then any number of groups of one `.` or `,` and digits. */
function numberEnd(text: string, from: number): number {
  let end = digitsEnd(text, from);
  for (;;) {
    const mark = text.charCodeAt(end);
    if ((mark !== DOT && mark !== COMMA) || !isAsciiDigit(text.charCodeAt(end + 1))) return end;
    end = digitsEnd(text, end + 1);
  }
}

function digitsEnd(text: string, from: number): number {
  let end = from;
  while (isAsciiDigit(text.charCodeAt(end))) end++;
  return end;
}

/**
 * Where a word starting with the letter at `from` ends: the run of letters, numbers, apostrophes, hyphens
 * and dots after it, up to its last letter or number (a word never ends in a dot or a hyphen); the
 * letter alone when the run has none.
 */
function wordEnd(text: string, from: number, firstWidth: number): number {
  let end = from + firstWidth;
  for (let j = end; j < text.length; ) {
    const c = text.codePointAt(j)!;
    const width = c > 0xffff ? 2 : 1;
    if (isLetterOrNumber(c)) end = j + width;
    else if (c !== APOSTROPHE && c !== RIGHT_QUOTE && c !== HYPHEN && c !== DOT) break;
    j += width;
  }
  return end;
}

const DOT = 0x2e;
const COMMA = 0x2c;
const HYPHEN = 0x2d;
const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;

function isAsciiDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;
/** Per code unit of the Basic Multilingual Plane: 0 not yet asked, 1 a letter or number, 2 not. */
const BMP_CLASS = new Uint8Array(0x10000);

/** Whether a code point is a letter or number (`\p{L}`, `\p{N}`); a lone surrogate is neither. */
function isLetterOrNumber(codePoint: number): boolean {
  if (codePoint >= 0x10000) return LETTER_OR_NUMBER.test(String.fromCodePoint(codePoint));
  let known = BMP_CLASS[codePoint]!;
  if (known === 0) {
    known = LETTER_OR_NUMBER.test(String.fromCharCode(codePoint)) ? 1 : 2;
    BMP_CLASS[codePoint] = known;
  }
  return known === 1;
}
