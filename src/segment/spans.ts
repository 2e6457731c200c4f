import { isCloseBracket, isDash, isOpenBracket, isQuote, isSpace } from './chars.js';

/** Quotations and brackets longer than this are not treated as one unit (an unclosed mark must not swallow a page). */
export const MAX_SPAN = 500;

/**
 * Finds the quotations and bracketed passages of a block whose inner punctuation does not end the
 * outer sentence ("(He worked as an engineer.) at the University", „Ich komme. Morgen.“ sagte sie).
 * Returns the outermost spans as flat, sorted, non-overlapping [open0, close0, open1, close1, …] offsets
 * (positions of the opening and the closing mark). One pass with a small stack.
 *
 * A quote mark opens when it starts a word (after whitespace, a bracket or another quote) and closes when
 * it ends one; apostrophes inside words ("one’s", "isn't") do neither, and unmatched marks are ignored.
 */
export function findSpans(text: string, start: number, end: number): number[] {
  const spans: number[] = [];
  const stack: number[] = [];
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (isOpenBracket(code)) {
      push(stack, i);
    } else if (isCloseBracket(code)) {
      closeMatching(text, stack, spans, i, (open) => open === bracketPair(code));
    } else if (isQuote(code)) {
      const before = i > start ? text.charCodeAt(i - 1) : 0x20;
      const after = i + 1 < end ? text.charCodeAt(i + 1) : 0x20;
      const opensWord = (isSpace(before) || isOpenBracket(before) || isQuote(before) || isDash(before)) && !isSpace(after);
      const closesWord = !isSpace(before) && !isLetterOrDigitCode(after);
      if (closesWord && closeMatching(text, stack, spans, i, (open) => isQuote(open) && quoteGroup(open) === quoteGroup(code))) continue;
      if (opensWord) push(stack, i);
    }
  }
  return spans;
}

function push(stack: number[], position: number): void {
  if (stack.length >= 32) stack.shift();
  stack.push(position);
}

/** Pops up to the innermost opener accepted by `matches`; records the span when it is short enough. */
function closeMatching(text: string, stack: number[], spans: number[], close: number, matches: (openCode: number) => boolean): boolean {
  for (let k = stack.length - 1; k >= 0; k--) {
    const open = stack[k]!;
    if (close - open > MAX_SPAN) return false;
    if (!matches(text.charCodeAt(open))) continue;
    stack.length = k;
    record(spans, open, close);
    return true;
  }
  return false;
}

/** Adds [open, close], swallowing the spans it contains and merging one it overlaps. */
function record(spans: number[], open: number, close: number): void {
  while (spans.length > 0 && spans[spans.length - 2]! >= open) spans.length -= 2;
  if (spans.length > 0 && spans[spans.length - 1]! >= open) {
    open = spans[spans.length - 2]!;
    spans.length -= 2;
  }
  spans.push(open, close);
}

function bracketPair(close: number): number {
  return close === 0x29 ? 0x28 : close === 0x5d ? 0x5b : 0x7b;
}

/** Single quotes (' ‘ ’ ‚ ‹ ›) pair with single quotes, all others with each other. */
function quoteGroup(code: number): number {
  return code === 0x27 || code === 0x2018 || code === 0x2019 || code === 0x201a || code === 0x201b || code === 0x2039 || code === 0x203a || code === 0x60 ? 1 : 2;
}

function isLetterOrDigitCode(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xc0 && code !== 0xd7 && code !== 0xf7 && code < 0x2000);
}
