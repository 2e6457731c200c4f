/**
 * Character classes by char code, so the scanners never allocate per character.
 * Letters outside Latin-1 fall back to a cached Unicode regex test.
 */

export function isSpace(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0 || code === 0xfeff ||
    code === 0x2028 || code === 0x2029 || (code >= 0x2000 && code <= 0x200a) || code === 0x3000 || code === 0x85 ||
    code === 0x202f || code === 0x205f || code === 0x1680;
}

/** Characters that end a line (\r\n counts once; the caller handles the pair). */
export function isLineBreak(code: number): boolean {
  return code === 0x0a || code === 0x0d || code === 0x0b || code === 0x0c || code === 0x85 || code === 0x2028 || code === 0x2029;
}

export function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

const UPPER = /\p{Lu}|\p{Lt}/u;
const LOWER = /\p{Ll}/u;

export function isUpper(code: number): boolean {
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  if (code >= 0xc0 && code <= 0xde) return code !== 0xd7;
  if (code < 0x100) return false;
  return UPPER.test(String.fromCharCode(code));
}

export function isLower(code: number): boolean {
  if (code < 0x80) return code >= 0x61 && code <= 0x7a;
  if (code >= 0xdf && code <= 0xff) return code !== 0xf7;
  if (code < 0x100) return code === 0xb5 || code === 0xaa || code === 0xba;
  return LOWER.test(String.fromCharCode(code));
}

export function isLetter(code: number): boolean {
  return isUpper(code) || isLower(code) || (code >= 0x100 && /\p{L}/u.test(String.fromCharCode(code)));
}

/** . ! ? … and the full-width/ideographic full stops. */
export function isTerminal(code: number): boolean {
  return code === 0x2e || code === 0x21 || code === 0x3f || code === 0x2026 || code === 0xff0e || code === 0x3002 ||
    code === 0xff01 || code === 0xff1f || code === 0x203c || code === 0x2047 || code === 0x2048 || code === 0x2049;
}

/** Full stops that end a sentence even when the next sentence follows without a space. */
export function isWideStop(code: number): boolean {
  return code === 0xff0e || code === 0x3002 || code === 0xff01 || code === 0xff1f;
}

/** Quotation marks of either direction: " ' “ ” „ ‚ ‘ ’ « » ‹ › ` and the low-9 quotes. */
export function isQuote(code: number): boolean {
  return code === 0x22 || code === 0x27 || code === 0x60 || (code >= 0x2018 && code <= 0x201f) || code === 0xab ||
    code === 0xbb || code === 0x2039 || code === 0x203a;
}

export function isOpenBracket(code: number): boolean {
  return code === 0x28 || code === 0x5b || code === 0x7b;
}

export function isCloseBracket(code: number): boolean {
  return code === 0x29 || code === 0x5d || code === 0x7d;
}

/** Characters that may close a sentence after its final punctuation: quotes and closing brackets. */
export function isCloser(code: number): boolean {
  return isQuote(code) || isCloseBracket(code);
}

/** Bullets that start a list item: • ◦ ‣ ⁃ ▪ ● ■ □ ► ➢ ✓ ✔ */
export function isBullet(code: number): boolean {
  return code === 0x2022 || code === 0x25e6 || code === 0x2023 || code === 0x2043 || code === 0x25aa || code === 0x25cf ||
    code === 0x25a0 || code === 0x25a1 || code === 0x25ba || code === 0x27a2 || code === 0x2713 || code === 0x2714;
}

/** Hyphen, en dash, em dash. */
export function isDash(code: number): boolean {
  return code === 0x2d || code === 0x2013 || code === 0x2014;
}
