import type { Lang } from '../core/types.js';
import { scanWords } from './wordScan.js';

/**
 * The words of a text: numbers first (keeping "7,5" and "1.000" whole), then words with inner hyphens,
 * dots and apostrophes, then single letters or digits — the tokens of the regular expression
 * `\d+(?:[.,]\d+)*|[\p{L}\p{N}][\p{L}\p{N}'’\-.]*[\p{L}\p{N}]|[\p{L}\p{N}]` (flags gu), found by a scan
 * (wordScan.ts) that is about twice as fast and tells where each word starts.
 */
export function tokenize(text: string): string[] {
  return scanWords(text).words;
}

/**
 * Punctuation between two words that opens a new clause: commas, colons, brackets, quotation marks, dashes
 * (`,;:()[]"“”„«»‚‘’'–—`). A switch on the character code: every gap between two tokens is checked, and a
 * set of one-character strings cost a string for each character and a look-up by it.
 */
function isClauseMark(code: number): boolean {
  switch (code) {
    case 0x2c: case 0x3b: case 0x3a: case 0x28: case 0x29: case 0x5b: case 0x5d: case 0x22: case 0x27: // , ; : ( ) [ ] " '
    case 0x201c: case 0x201d: case 0x201e: case 0xab: case 0xbb: case 0x201a: case 0x2018: case 0x2019: // “ ” „ « » ‚ ‘ ’
    case 0x2013: case 0x2014: // – —
      return true;
    default:
      return false;
  }
}

const HYPHEN = 0x2d;

/** Whether text[from, to) — the gap between two words — holds a clause mark or a spaced hyphen (" - "). */
export function hasClauseMark(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (isClauseMark(c)) return true;
    if (c === HYPHEN && i > from && i + 1 < to && /\s/.test(text[i - 1]!) && /\s/.test(text[i + 1]!)) return true;
  }
  return false;
}

/** "7,5" (de) and "7.5" (en) → "7.5"; "1,000"/"1.000" → "1000". Undefined for non-numbers. */
export function normaliseNumber(token: string, lang: Lang): string | undefined {
  if (!/^\d[\d.,]*$/.test(token)) return undefined;
  const [group, decimal] = lang === 'de' ? ['.', ','] : [',', '.'];
  const thousands = new RegExp(`^\\d{1,3}(\\${group}\\d{3})+(\\${decimal}\\d+)?$`);
  let value = thousands.test(token) ? token.split(group).join('') : token;
  value = value.replace(decimal, '.');
  if (!/^\d+(\.\d+)?$/.test(value)) return undefined; // version numbers, IP addresses: compared as written
  const parsed = Number(value);
  return Number.isFinite(parsed) ? String(parsed) : undefined;
}

/**
 * A token is name-like when it is an acronym, has inner capitals or digits (AKS, CoreOS, eBPF),
 * or, in English, is capitalised away from the sentence start (`isCapitalisedName`). German
 * capitalises every noun, so there only acronyms and inner capitals count. Two tests, so that a
 * word's analysis runs this one once for both places.
 */
export function isNameLikeAnywhere(word: string): boolean {
  if (word.length < 2) return false;
  if (/\p{Lu}.*\p{Lu}/u.test(word) || /^\p{Ll}+\p{Lu}/u.test(word)) return true;
  return /\p{L}/u.test(word) && /\d/.test(word);
}

/** A capitalised word of three characters or more: in English, name-like away from a sentence's start. */
export function isCapitalisedName(word: string): boolean {
  return word.length > 2 && /^\p{Lu}/u.test(word);
}

/**
 * A spelling key under which EN and DE cognates meet: "Kommunikation"/"communication",
 * "Architektur"/"architecture", "Zertifikat"/"certificate" all start "comun"/"arcit"/"certi"
 * once umlauts, k/z/c, ph/f, th/t, y/i and doubled letters are folded. Only for words of 6+
 * letters, where a shared 5-letter start is rarely chance.
 */
export function cognateKey(lower: string): string | undefined {
  if (lower.length < 6) return undefined;
  const folded = lower
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ß/g, 'ss')
    .replace(/ph/g, 'f')
    .replace(/th/g, 't')
    .replace(/[kzq]/g, 'c')
    .replace(/y/g, 'i')
    .replace(/(.)\1/g, '$1');
  return folded.length >= 5 ? folded.slice(0, 5) : undefined;
}

/** Characters other than whitespace and control characters in `text[from, to)`. */
export function countNonSpace(text: string, from = 0, to = text.length): number {
  let count = 0;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) > 0x20) count++;
  return count;
}
