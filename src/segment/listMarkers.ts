import { isBullet, isDigit, isLower, isUpper } from './chars.js';

/**
 * List item markers: "1.", "2.)", "3)", "(4)", "a.", "b)", "(c)", "iv)". A marker has a style (its kind
 * and punctuation) and, for numbers and letters, a value, so that "1. … 2. …" on one line can be split
 * before each next item.
 */
export interface ListMarker {
  style: string;
  /** Number or letter code; -1 for roman numerals (they are not followed through a sequence). */
  value: number;
  end: number;
}

const MARKER = /\(?(?:\d{1,3}|[A-Za-z]|[ivx]{2,5}|[IVX]{2,5})(?:\.\)|[.)])/y;

/** The marker that makes up the whole token text[start, end), after any bullet characters, or undefined. */
export function markerAt(text: string, start: number, end: number): ListMarker | undefined {
  while (start < end && isBullet(text.charCodeAt(start))) start++;
  if (start >= end) return undefined;
  MARKER.lastIndex = start;
  if (!MARKER.test(text) || MARKER.lastIndex !== end) return undefined;
  const paren = text.charCodeAt(start) === 0x28;
  const first = paren ? start + 1 : start;
  const code = text.charCodeAt(first);
  const closing = text.slice(end - (text.charCodeAt(end - 2) === 0x2e && text.charCodeAt(end - 1) === 0x29 ? 2 : 1), end);
  if (paren && closing !== ')') return undefined;
  const body = end - closing.length - first;
  let kind: string;
  let value: number;
  if (isDigit(code)) {
    kind = 'n';
    value = Number(text.slice(first, end - closing.length));
  } else if (body === 1) {
    kind = isUpper(code) ? 'A' : 'a';
    value = code;
  } else {
    kind = isLower(code) ? 'i' : 'I';
    value = -1;
  }
  return { style: (paren ? '(' : '') + kind + closing, value, end };
}

/** The value a list opens with: 1, a, A (a list that opens with "0." or "7." is more likely a number in a sentence). */
export function isFirstValue(value: number): boolean {
  return value === 1 || value === 0x61 || value === 0x41;
}

/** Does `marker` go on from `previous` (same style, next value: "3." after "2.")? */
export function follows(marker: ListMarker, previous: ListMarker | undefined): boolean {
  return previous !== undefined && previous.value >= 0 && marker.style === previous.style && marker.value === previous.value + 1;
}

const NUMBER_MARKER = /\(?\d{1,3}(?:\.\)|[.)])(?=\s)/y;

/** A numbered list item starts at `position` ("2. The", "(3) The"). */
export function numberMarkerAt(text: string, position: number): boolean {
  NUMBER_MARKER.lastIndex = position;
  return NUMBER_MARKER.test(text);
}
