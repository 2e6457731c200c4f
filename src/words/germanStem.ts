/**
 * The German Porter (Snowball) stemmer, giving exactly the stems natural 8.1.1's German `PorterStemmer`
 * gives, for any string. The shipped lexicon is keyed by those stems (data/lexicon/README.md), so a stem
 * that differed on a single word would lose its translations; test/unit/words/stemmers.test.ts compares
 * the two on every word of the lexicon and the fixtures. natural runs some twenty regular-expression
 * searches and replacements a word; this works on the word's character codes in one buffer and makes one
 * string, for the result.
 *
 * natural's behaviour kept on purpose, quirks included:
 * - nothing is lower-cased, and the patterns are all lower case: capitals count as consonants, and an
 *   upper-case ending ("HUNDEN") is not removed; but every U and Y comes back lower case, because the
 *   last step turns the U and Y that mark consonants back into u and y (so "USA" → "uSA");
 * - u and y between two vowels (a e i o u y ä ö ü) become consonants, left to right without overlapping:
 *   in "auaua" only the first u does, as the a before the second was used up; y is done after u, so a u
 *   made a consonant no longer counts as the vowel beside a y;
 * - ß becomes ss before anything else; ä, ö, ü lose their umlaut at the end, ẞ and decomposed umlauts
 *   stay as they are;
 * - R2 is looked for from R1 as first found, before R1 is moved to at least the fourth letter;
 * - `.` in the pattern of step 2's st-ending does not match line breaks.
 */

const A = 0x61;
const B = 0x62;
const D = 0x64;
const E = 0x65;
const F = 0x66;
const G = 0x67;
const H = 0x68;
const I = 0x69;
const K = 0x6b;
const L = 0x6c;
const M = 0x6d;
const N = 0x6e;
const O = 0x6f;
const R = 0x72;
const S = 0x73;
const T = 0x74;
const U = 0x75;
const Y = 0x79;
const UPPER_U = 0x55;
const UPPER_Y = 0x59;
const A_UMLAUT = 0xe4;
const O_UMLAUT = 0xf6;
const U_UMLAUT = 0xfc;
const SHARP_S = 0xdf;

/** The word being stemmed: its codes in `word[0 .. length)`. One buffer for every call, grown when needed. */
let word = new Uint16Array(64);
let length = 0;

export function germanStem(input: string): string {
  load(input);
  markConsonants(U, UPPER_U);
  markConsonants(Y, UPPER_Y);
  const r1Found = regionAfter(0);
  // R2 is searched for in R1 as found, before R1 moves to the fourth letter.
  const r2 = r1Found === -1 ? -1 : regionAfter(r1Found);
  const r1 = r1Found !== -1 && r1Found < 3 ? 3 : r1Found;
  if (r1 !== -1) {
    step1(r1);
    step2(r1);
  }
  if (r2 !== -1) step3(r1, r2);
  return result(input);
}

/** Copies the word into the buffer, ß as ss. */
function load(input: string): void {
  if (word.length < input.length * 2) word = new Uint16Array(input.length * 2 + 16);
  length = 0;
  for (let at = 0; at < input.length; at++) {
    const code = input.charCodeAt(at);
    if (code === SHARP_S) {
      word[length++] = S;
      word[length++] = S;
    } else {
      word[length++] = code;
    }
  }
}

/**
 * The stem as a string: upper-case U and Y back to lower case (natural does it to all of them, the
 * input's own too), umlauts dropped; a slice of the input as far as it is unchanged.
 */
function result(input: string): string {
  let same = 0;
  while (same < length && same < input.length && plain(word[same]) === input.charCodeAt(same)) same++;
  let stemmed = same === input.length ? input : input.slice(0, same);
  for (let at = same; at < length; at++) stemmed += String.fromCharCode(plain(word[at]));
  return stemmed;
}

function plain(code: number): number {
  switch (code) {
    case UPPER_U: return U;
    case UPPER_Y: return Y;
    case A_UMLAUT: return A;
    case O_UMLAUT: return O;
    case U_UMLAUT: return U;
    default: return code;
  }
}

function isVowel(code: number): boolean {
  return code === A || code === E || code === I || code === O || code === U || code === Y || code === A_UMLAUT || code === O_UMLAUT || code === U_UMLAUT;
}

/**
 * Turns `letter` between two vowels into `marked`, left to right as natural's global replacement does: a
 * match uses up its right-hand vowel, so the next letter to turn is at least three further on.
 */
function markConsonants(letter: number, marked: number): void {
  let at = 1;
  while (at + 1 < length) {
    if (word[at] === letter && isVowel(word[at - 1]) && isVowel(word[at + 1])) {
      word[at] = marked;
      at += 3;
    } else {
      at++;
    }
  }
}

/** Where the region after the first vowel followed by a non-vowel at or after `from` starts, or -1. */
function regionAfter(from: number): number {
  for (let at = from; at + 1 < length; at++) {
    if (isVowel(word[at]) && !isVowel(word[at + 1])) return at + 2;
  }
  return -1;
}

function endsWith(suffix: string): boolean {
  const from = length - suffix.length;
  if (from < 0) return false;
  for (let k = suffix.length - 1; k >= 0; k--) {
    if (word[from + k] !== suffix.charCodeAt(k)) return false;
  }
  return true;
}

/** A consonant after which a final s is an ending (b, d, f, g, h, k, l, m, n, r, t); st-endings without r. */
function isSEnding(code: number): boolean {
  return code === B || code === D || code === F || code === G || code === H || code === K || code === L || code === M || code === N || code === R || code === T;
}

function isStEnding(code: number): boolean {
  return code !== R && isSEnding(code);
}

function isLineBreak(code: number): boolean {
  return code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029;
}

/**
 * Step 1: the earliest-starting of em, ern, er; e, en, es; s after an s-ending, deleted when it starts in
 * R1; after a deleted e, en or es, "niss" loses its last s ("bedürfnissen" → "bedürfnis"). The endings
 * are told apart by their last letter, at most one of each group fits a word.
 */
function step1(r1: number): void {
  if (length === 0) return;
  const last = word[length - 1];
  const before = length >= 2 ? word[length - 2] : -1;
  let start = -1;
  let eEnding = false;
  if (last === N) {
    if (before === R && length >= 3 && word[length - 3] === E) start = length - 3;
    else if (before === E) {
      start = length - 2;
      eEnding = true;
    }
  } else if (last === M || last === R) {
    if (before === E) start = length - 2;
  } else if (last === S) {
    if (before === E) {
      start = length - 2;
      eEnding = true;
    } else if (before !== -1 && isSEnding(before)) {
      start = length - 1;
    }
  } else if (last === E) {
    start = length - 1;
    eEnding = true;
  }
  if (start === -1 || start < r1) return;
  length = start;
  if (eEnding && endsWith('niss')) length--;
}

/** Step 2: the earliest-starting of en, er, est; st after an st-ending and three more characters; deleted when in R1. */
function step2(r1: number): void {
  if (length < 2) return;
  const last = word[length - 1];
  const before = word[length - 2];
  let start = -1;
  if (last === N || last === R) {
    if (before === E) start = length - 2;
  } else if (last === T && before === S) {
    if (length >= 3 && word[length - 3] === E) start = length - 3;
    else if (
      length >= 6 && isStEnding(word[length - 3]) &&
      !isLineBreak(word[length - 4]) && !isLineBreak(word[length - 5]) && !isLineBreak(word[length - 6])
    ) {
      start = length - 2;
    }
  }
  if (start !== -1 && start >= r1) length = start;
}

/**
 * Step 3, the d-suffixes, each deleted when it starts in R2: end, ung (then ig, not after e, in R2);
 * ig, ik, isch, not after e; lich, heit (then er or en in R1); keit (then lich or ig in R2). The word's
 * endings rule out all but one of them.
 */
function step3(r1: number, r2: number): void {
  if (length < 2) return;
  const last = word[length - 1];
  if (last === D || last === G) {
    if (endsWith('end') || endsWith('ung')) {
      if (length - 3 < r2) return;
      length -= 3;
      if (length >= 3 && endsWith('ig') && word[length - 3] !== E && length - 2 >= r2) length -= 2;
    } else if (endsWith('ig')) {
      if (length >= 3 && word[length - 3] !== E && length - 2 >= r2) length -= 2;
    }
  } else if (last === K) {
    if (endsWith('ik') && length >= 3 && word[length - 3] !== E && length - 2 >= r2) length -= 2;
  } else if (last === H) {
    if (endsWith('isch')) {
      if (length >= 5 && word[length - 5] !== E && length - 4 >= r2) length -= 4;
    } else if (endsWith('lich')) {
      deleteLichHeit(r1, r2);
    }
  } else if (last === T) {
    if (endsWith('heit')) {
      deleteLichHeit(r1, r2);
    } else if (endsWith('keit')) {
      if (length - 4 < r2) return;
      length -= 4;
      if (endsWith('lich') && length - 4 >= r2) length -= 4;
      else if (endsWith('ig') && length - 2 >= r2) length -= 2;
    }
  }
}

/** lich or heit deleted in R2, then er or en in R1. */
function deleteLichHeit(r1: number, r2: number): void {
  if (length - 4 < r2) return;
  length -= 4;
  if ((endsWith('er') || endsWith('en')) && length - 2 >= r1) length -= 2;
}
