/**
 * Line-breaking whitespace (including U+0085 NEL and the Unicode line/paragraph separators, which
 * some tools treat as newlines). Collapsed to one space so that a unit is one line in TSV and Moses
 * output and one run of text in a TMX segment. No-break spaces are kept: they are typography
 * (`10 %`, `z. B.`) that translators want to keep.
 */
const BREAKING_WHITESPACE = /[\t\n\v\f\r \u0085\u2028\u2029]+/g;

/**
 * Characters XML 1.0 forbids (C0 controls other than tab/LF/CR, lone surrogates, U+FFFE, U+FFFF)
 * plus the ones it discourages and CAT tools choke on (DEL and C1 controls other than NEL, which
 * is whitespace above). In the `u` mode a surrogate pair is one code point, so the surrogate range
 * matches only lone halves.
 */
const UNWRITABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u0084\u0086-\u009F\uFFFE\uFFFF\uD800-\uDFFF]/gu;

/** A segment's text as every export writes it: one line, single spaces, no unwritable characters. */
export function cleanSegmentText(text: string): string {
  return removeUnwritable(text.replace(BREAKING_WHITESPACE, ' ')).replace(/ {2,}/g, ' ').trim();
}

/** Drops the characters XML cannot carry, leaving all else (whitespace too) as it is. */
export function removeUnwritable(text: string): string {
  return text.replace(UNWRITABLE, '');
}
