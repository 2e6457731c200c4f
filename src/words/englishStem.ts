/**
 * The English Porter stemmer, giving exactly the stems natural 8.1.1's `PorterStemmer` gives, for any
 * string. The shipped lexicon is keyed by those stems (data/lexicon/README.md), so a stem that differed
 * on a single word would lose that word's translations; test/unit/words/stemmers.test.ts compares the two
 * on every word of the lexicon and the fixtures. natural builds each step from regular expressions
 * (a new RegExp per suffix tried, the word rewritten into C/V strings for every measure), some 20 µs a
 * word; this works on the word's character codes in one buffer and makes one string, for the result.
 *
 * natural's behaviour kept on purpose, quirks included:
 * - words of fewer than 3 UTF-16 units come back as they are, upper case included; longer ones are
 *   lower-cased first (`toLowerCase`, so "İ" grows to two units);
 * - only a, e, i, o, u are vowels, and y after anything that is none of a, e, i, o, u, y (a consonant,
 *   a digit, an apostrophe, ä …); every other character counts as a consonant;
 * - in the measure, a y-vowel and a run of vowels right after it count as two vowel groups, so the
 *   measure can be a half (natural's C/V string has "VV" there);
 * - step 5a tests the consonant-vowel-consonant shape on the three characters before the last, but on
 *   the first three when the word has three;
 * - `.` in natural's patterns does not match line breaks, so a word with one takes no step-4 suffix.
 */

const A = 0x61;
const E = 0x65;
const I = 0x69;
const L = 0x6c;
const O = 0x6f;
const S = 0x73;
const T = 0x74;
const U = 0x75;
const W = 0x77;
const X = 0x78;
const Y = 0x79;
const Z = 0x7a;

/** The word being stemmed: its codes in `word[0 .. length)`. One buffer for every call, grown when needed. */
let word = new Uint16Array(64);
let length = 0;
/** How many leading codes still equal the lower-cased input's, so the result can be a slice of it. */
let unchanged = 0;

export function englishStem(input: string): string {
  if (input.length < 3) return input;
  const lower = input.toLowerCase();
  load(lower);
  step1a();
  step1b();
  step1c();
  replaceFirstSuffix(STEP2_BY_LAST);
  replaceFirstSuffix(STEP3_BY_LAST);
  step4();
  step5a();
  step5b();
  return result(lower);
}

function load(lower: string): void {
  // Step 1b can add one letter; no other step lengthens the word.
  if (word.length < lower.length + 1) word = new Uint16Array(lower.length * 2 + 8);
  for (let at = 0; at < lower.length; at++) word[at] = lower.charCodeAt(at);
  length = lower.length;
  unchanged = length;
}

function result(lower: string): string {
  const kept = Math.min(unchanged, length);
  let stemmed = kept === lower.length ? lower : lower.slice(0, kept);
  for (let at = kept; at < length; at++) stemmed += String.fromCharCode(word[at]);
  return stemmed;
}

function cut(to: number): void {
  length = to;
  if (unchanged > to) unchanged = to;
}

function put(at: number, code: number): void {
  word[at] = code;
  if (unchanged > at) unchanged = at;
}

/** Appends a suffix (a replacement's letters) at `at`, the word's new length being `at + suffix.length`. */
function putSuffix(at: number, suffix: string): void {
  for (let k = 0; k < suffix.length; k++) put(at + k, suffix.charCodeAt(k));
  length = at + suffix.length;
}

function isAeiou(code: number): boolean {
  return code === A || code === E || code === I || code === O || code === U;
}

/** Whether the code at `at` is a vowel in the stemmer's sense: a, e, i, o, u, or a y after a non-vowel other than y. */
function isVowelAt(at: number): boolean {
  const code = word[at];
  if (isAeiou(code)) return true;
  return code === Y && at > 0 && !isAeiou(word[at - 1]) && word[at - 1] !== Y;
}

const CONSONANT = 1;
const VOWEL_RUN = 2;
const Y_VOWEL = 3;

/**
 * Porter's measure of `word[0 .. end)`, natural's way: the number of groups (runs of consonants, runs of
 * a e i o u, each y-vowel on its own), less a leading consonant group and a trailing vowel group, halved;
 * -1 for the empty word.
 */
function measure(end: number): number {
  if (end === 0) return -1;
  let groups = 0;
  let previous = 0;
  let first = 0;
  for (let at = 0; at < end; at++) {
    const code = word[at];
    let kind: number;
    if (isAeiou(code)) kind = VOWEL_RUN;
    else if (code === Y && at > 0 && !isAeiou(word[at - 1]) && word[at - 1] !== Y) kind = Y_VOWEL;
    else kind = CONSONANT;
    // A y-vowel never follows a vowel group, so it always starts a group of its own.
    if (kind !== previous) groups++;
    if (at === 0) first = kind;
    previous = kind;
  }
  if (first === CONSONANT) groups--;
  if (previous !== CONSONANT) groups--;
  return groups / 2;
}

function endsWith(suffix: string): boolean {
  return endsWithAt(length, suffix);
}

/** Whether `word[0 .. end)` ends with `suffix`. */
function endsWithAt(end: number, suffix: string): boolean {
  const from = end - suffix.length;
  if (from < 0) return false;
  for (let k = suffix.length - 1; k >= 0; k--) {
    if (word[from + k] !== suffix.charCodeAt(k)) return false;
  }
  return true;
}

/** Whether the three codes from `at` are consonant, vowel, consonant. */
function isCvcAt(at: number): boolean {
  return at >= 0 && at + 2 < length && !isVowelAt(at) && isVowelAt(at + 1) && !isVowelAt(at + 2);
}

/** Whether `word[0 .. end)` holds a line break, which natural's `.` does not match. */
function hasLineBreak(end: number): boolean {
  for (let at = 0; at < end; at++) {
    const code = word[at];
    if (code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029) return true;
  }
  return false;
}

/** Plurals: "sses" → "ss", "ies" → "i", a final s after anything but s dropped. */
function step1a(): void {
  if (endsWith('sses') || endsWith('ies')) cut(length - 2);
  else if (length > 2 && word[length - 1] === S && word[length - 2] !== S) cut(length - 1);
}

/** Past tense and -ing: "eed" → "ee" when what precedes measures above 0; "ed", "ing" dropped after a vowel, then tidied. */
function step1b(): void {
  if (endsWith('eed')) {
    if (measure(length - 3) > 0) cut(length - 1);
    return;
  }
  let stem: number;
  if (endsWith('ed')) stem = length - 2;
  else if (endsWith('ing')) stem = length - 3;
  else return;
  // natural leaves the word alone when nothing precedes the ending or no vowel does.
  if (stem === 0) return;
  let vowel = false;
  for (let at = 0; at < stem && !vowel; at++) vowel = isVowelAt(at);
  if (!vowel) return;
  cut(stem);
  if (endsWith('at') || endsWith('bl') || endsWith('iz')) {
    putSuffix(length, 'e');
    return;
  }
  const last = word[length - 1];
  if (length >= 2 && last === word[length - 2] && !isAeiou(last) && last !== L && last !== S && last !== Z) {
    cut(length - 1);
    return;
  }
  if (measure(length) === 1 && isCvcAt(length - 3) && last !== W && last !== X && last !== Y) putSuffix(length, 'e');
}

/** A final y becomes i when a vowel precedes it ("happy" → "happi", and natural's "say" → "sai"). */
function step1c(): void {
  if (length === 0 || word[length - 1] !== Y) return;
  for (let at = 0; at < length - 1; at++) {
    if (isVowelAt(at)) {
      put(length - 1, I);
      return;
    }
  }
}

/** A suffix and what replaces it. */
type Replacement = readonly [suffix: string, by: string];

const STEP2: readonly Replacement[] = [
  ['ational', 'ate'], ['tional', 'tion'], ['enci', 'ence'], ['anci', 'ance'], ['izer', 'ize'], ['abli', 'able'],
  ['bli', 'ble'], ['alli', 'al'], ['entli', 'ent'], ['eli', 'e'], ['ousli', 'ous'], ['ization', 'ize'], ['ation', 'ate'],
  ['ator', 'ate'], ['alism', 'al'], ['iveness', 'ive'], ['fulness', 'ful'], ['ousness', 'ous'], ['aliti', 'al'],
  ['iviti', 'ive'], ['biliti', 'ble'], ['logi', 'log'],
];

const STEP3: readonly Replacement[] = [
  ['icate', 'ic'], ['ative', ''], ['alize', 'al'], ['iciti', 'ic'], ['ical', 'ic'], ['ful', ''], ['ness', ''],
];

/**
 * A list's entries grouped by the code of their last letter, each group in the list's order: a word can
 * only end with the suffixes of its own last letter, so the other groups are never tried.
 */
function byLastLetter<T>(list: readonly T[], suffixOf: (entry: T) => string): T[][] {
  const groups: T[][] = [];
  for (let code = 0; code < 128; code++) groups.push([]);
  for (const entry of list) {
    const suffix = suffixOf(entry);
    groups[suffix.charCodeAt(suffix.length - 1)].push(entry);
  }
  return groups;
}

const STEP2_BY_LAST = byLastLetter(STEP2, ([suffix]) => suffix);
const STEP3_BY_LAST = byLastLetter(STEP3, ([suffix]) => suffix);

/**
 * Steps 2 and 3: the first suffix of the list (in its order, not the longest) that the word ends with and
 * whose removal leaves a measure above 0 is replaced. natural goes on through the rest of the list,
 * replacing a later suffix that ends both the word as it came and the word as replaced; in these lists a
 * word can end with two suffixes only as "ational"/"tional", "abli"/"bli", "ization"/"ation", and none of
 * their replacements ends with the later one, so the first replacement is the last.
 */
function replaceFirstSuffix(byLast: readonly (readonly Replacement[])[]): void {
  if (length === 0) return;
  const last = word[length - 1];
  if (last >= 128) return;
  const list = byLast[last];
  for (let k = 0; k < list.length; k++) {
    const suffix = list[k][0];
    if (endsWith(suffix) && measure(length - suffix.length) > 0) {
      putSuffix(length - suffix.length, list[k][1]);
      return;
    }
  }
}

/** Step 4's suffixes, longest first: natural's pattern takes the shortest stem, so the longest suffix. */
const STEP4 = [
  'ement', 'ance', 'ence', 'able', 'ible', 'ment', 'ant', 'ent', 'ism', 'ate', 'iti', 'ous', 'ive', 'ize', 'al', 'er', 'ic', 'ou',
];
const STEP4_BY_LAST = byLastLetter(STEP4, (suffix) => suffix);

/** Derivational suffixes dropped when the stem left measures above 1; then "-sion", "-tion" lose "ion" alike. */
function step4(): void {
  const last = length === 0 ? 0 : word[length - 1];
  const list = last < 128 ? STEP4_BY_LAST[last] : [];
  for (let k = 0; k < list.length; k++) {
    const suffix = list[k];
    const stem = length - suffix.length;
    // The pattern wants at least one character before the suffix.
    if (stem >= 1 && endsWith(suffix)) {
      if (!hasLineBreak(stem) && measure(stem) > 1) {
        cut(stem);
        return;
      }
      break;
    }
  }
  if (length >= 5 && endsWith('ion') && (word[length - 4] === S || word[length - 4] === T) && !hasLineBreak(length - 4) && measure(length - 3) > 1) {
    cut(length - 3);
  }
}

/** A final e dropped after a stem measuring above 1, or exactly 1 unless it ends consonant-vowel-consonant (not w, x, y). */
function step5a(): void {
  if (length === 0 || word[length - 1] !== E) return;
  const m = measure(length - 1);
  if (m > 1) {
    cut(length - 1);
  } else if (m === 1) {
    // natural looks at the three characters before the e, or at the first three of a three-letter word.
    const cvc = isCvcAt(Math.max(length - 4, 0));
    const before = length >= 2 ? word[length - 2] : -1;
    if (!(cvc && before !== -1 && before !== W && before !== X && before !== Y)) cut(length - 1);
  }
}

/** "ll" → "l" when the word measures above 1. */
function step5b(): void {
  if (measure(length) > 1 && endsWith('ll')) cut(length - 1);
}

