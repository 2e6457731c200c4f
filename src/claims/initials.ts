import { splitCompound } from '../lexicon/compound.js';

/**
 * Initials and the name they abbreviate, in either language: "EMA" / "European Medicines Agency",
 * "RKI" / "Robert Koch-Institut", "DWD" / "Deutscher Wetterdienst" (a German compound gives a letter
 * for each of its parts), "BfArM" / "Bundesinstitut für Arzneimittel und Medizinprodukte" (a small
 * letter continues the word before it or stands for a function word). A translation keeps an
 * institution's initials on one side and writes the name out on the other; Ding's list
 * (abbreviations.ts) holds the common nouns, not every institution's name.
 */

/** Initials of three to seven letters, at least two of them capitals: "RKI", "BfArM", "IfW". */
const INITIALS = /^\p{Lu}[\p{Lu}\p{Ll}]{2,6}$/u;

/** Words a name's initials may leave out or keep as a small letter ("für" in "BfArM", "of"). */
const FUNCTION_WORDS = new Set(['of', 'for', 'the', 'and', 'on', 'in', 'für', 'und', 'der', 'die', 'das', 'des', 'den', 'von', 'vom', 'zur', 'zum', 'am', 'im']);

/** The least a compound's part has, so that "Wetter|dienst" counts and endings do not. */
const MIN_PART = 3;

export function isInitials(text: string): boolean {
  return INITIALS.test(text) && (text.match(/\p{Lu}/gu) ?? []).length >= 2;
}

interface Word {
  text: string;
  start: number;
  end: number;
  /** Whether only spaces or a hyphen stand between this word and the one before. */
  joined?: boolean;
  /** Whether a comma does: the list in a ministry's name ("für Wohnen, Stadtentwicklung und Bauwesen (BMWSB)"). */
  listed?: boolean;
}

/** Initials this long may spell a name whose words a comma lists; shorter ones would find "Berlin, Munich". */
const MIN_LISTED = 4;

/**
 * Every span of `text` whose run of capitalised words (function words between them) the initials
 * spell out, each word giving its first letter, and each part of a compound `isWord` knows one more.
 */
export function spansSpelledBy(initials: string, text: string, isWord: (word: string) => boolean): Array<{ start: number; end: number }> {
  if (!isInitials(initials)) return [];
  const words = wordsOf(text);
  const spans: Array<{ start: number; end: number }> = [];
  for (let first = 0; first < words.length; first++) {
    if (!isNameWord(words[first]!.text)) continue;
    const last = spell(initials, 0, words, first, isWord);
    if (last !== undefined) spans.push({ start: words[first]!.start, end: words[last]!.end });
  }
  return spans;
}

/** The words of a text, each marked by what stands between it and the one before. */
function wordsOf(text: string): Word[] {
  // A possessive's "s" is no word of its own: "Information Commissioner's Office" spells "ICO".
  const words: Word[] = [...text.matchAll(/\p{L}+/gu)]
    .filter((m) => !(m[0] === 's' && /\p{L}['’]$/u.test(text.slice(Math.max(0, m.index - 2), m.index))))
    .map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
  // A name runs on over spaces and hyphens only: "Robert Koch-Institut", not "Berlin, Munich".
  for (const [i, word] of words.entries()) {
    const gap = i > 0 ? text.slice(words[i - 1]!.end, word.start) : '';
    word.joined = i > 0 && /^(?:['’]s)?[\s\u2010-]+$/u.test(gap);
    word.listed = i > 0 && /^,\s+$/u.test(gap);
  }
  return words;
}

/**
 * Every span of `text` whose run of capitalised words (function words between them) spells initials of
 * the other language, a letter a word: its own initial or one of its translations' (`initialsOf`).
 * "BAMF" / "Federal Office for Migration and Refugees" (Bundes-, Amt, Migration, Flüchtlinge), "OSCE" /
 * "Organisation für Sicherheit und Zusammenarbeit in Europa". Capitals only, three letters or more, and
 * as many words as letters: a compound's parts are not looked for across languages.
 */
export function spansSpelledByTranslation(initials: string, text: string, initialsOf: (word: string) => ReadonlySet<string>): Array<{ start: number; end: number }> {
  if (!/^\p{Lu}{3,7}$/u.test(initials)) return [];
  const letters = initials.toLowerCase();
  const words = wordsOf(text);
  const spans: Array<{ start: number; end: number }> = [];
  for (let first = 0; first < words.length; first++) {
    let used = 0;
    let last = first;
    for (let at = first; at < words.length && used < letters.length; at++) {
      const word = words[at]!;
      if (at > first && !word.joined && !(word.listed && letters.length >= MIN_LISTED)) break;
      if (at > first && FUNCTION_WORDS.has(word.text.toLowerCase())) continue;
      if (!isNameWord(word.text) || !initialsOf(word.text).has(letters[used]!)) break;
      used++;
      last = at;
    }
    if (used === letters.length && wholeName(words, first, last)) spans.push({ start: words[first]!.start, end: words[last]!.end });
  }
  return spans;
}

/**
 * Whether words[first…last] is a whole name, no name word joined before it nor after it (function words
 * between): a word's many translations give many letters, and part of a longer name would spell
 * unrelated initials ("Federal Office for Migration" of "… and Refugees" spelling "BKA").
 */
function wholeName(words: Word[], first: number, last: number): boolean {
  const before = words[first - 1];
  if (before && words[first]!.joined && isNameWord(before.text)) return false;
  for (let at = last + 1; at < words.length && words[at]!.joined; at++) {
    if (isNameWord(words[at]!.text)) return false;
    if (!FUNCTION_WORDS.has(words[at]!.text.toLowerCase())) return true;
  }
  return true;
}

const isNameWord = (word: string) => /^\p{Lu}/u.test(word) && !FUNCTION_WORDS.has(word.toLowerCase());

/** The index of the last word when words[at…] spell initials[from…] to the end, else undefined. */
function spell(initials: string, from: number, words: Word[], at: number, isWord: (word: string) => boolean): number | undefined {
  const word = words[at];
  if (!word || (from > 0 && !word.joined && !(word.listed && initials.length >= MIN_LISTED))) return undefined;
  const lower = word.text.toLowerCase();
  if (FUNCTION_WORDS.has(lower)) {
    // Left out ("Robert Koch Institute for…"), or a small letter of its own ("BfArM").
    const next = from > 0 ? spell(initials, from, words, at + 1, isWord) : undefined;
    if (next !== undefined) return next;
    const letter = initials[from];
    return letter !== undefined && letter === lower[0] && from > 0 ? spell(initials, from + 1, words, at + 1, isWord) : undefined;
  }
  if (!isNameWord(word.text) || initials[from]!.toLowerCase() !== lower[0]) return undefined;
  for (const used of lettersOf(initials.slice(from), word.text, isWord)) {
    const rest = from + used;
    if (rest === initials.length) return at;
    const next = spell(initials, rest, words, at + 1, isWord);
    if (next !== undefined) return next;
  }
  return undefined;
}

/**
 * How many letters of `initials` (from its start, whose first letter is the word's) one word can
 * give, fewest first, so that the longest run of words is the name ("Bundesinstitut für Arzneimittel
 * und Medizinprodukte", not its first three words, whose "mittel" could give the "M"): small letters continuing the word ("Ar" of "Arzneimittel"), a capital for each
 * later part of a compound ("W", "D" of "Wetterdienst").
 */
function lettersOf(initials: string, word: string, isWord: (word: string) => boolean): number[] {
  const counts = [1];
  let used = 1;
  let at = 1;
  let partStart = 0;
  while (used < initials.length) {
    const letter = initials[used]!;
    if (letter === letter.toLowerCase() && word[at]?.toLowerCase() === letter) {
      at++;
    } else {
      const part = nextPart(word, partStart, at, letter, isWord);
      if (part === undefined) break;
      partStart = part;
      at = part + 1;
    }
    used++;
    counts.push(used);
  }
  return counts;
}

/** Where, from `from` on, the part of the compound `word` after the one at `partStart` starts with `letter`. */
function nextPart(word: string, partStart: number, from: number, letter: string, isWord: (word: string) => boolean): number | undefined {
  const lower = word.toLowerCase();
  for (let at = Math.max(from, partStart + MIN_PART); at <= word.length - MIN_PART; at++) {
    if (lower[at] !== letter.toLowerCase()) continue;
    const head = word.slice(partStart, at);
    const tail = word.charAt(at).toUpperCase() + word.slice(at + 1);
    const headIsWord = isWord(head) || (/(?:s|n)$/u.test(head) && isWord(head.slice(0, -1))) || (/(?:es|en)$/u.test(head) && isWord(head.slice(0, -2)));
    // The rest may be a compound itself: "Handels|kammertag" ("DIHK").
    if (headIsWord && (isWord(tail) || isWord(tail.toLowerCase()) || splitCompound(tail.toLowerCase(), isWord, MIN_PART) !== undefined)) return at;
  }
  return undefined;
}

/**
 * Where the other side of a link gives a name by its initials or writes out the initials `name` is:
 * `name` (at [start, end) of its own sentence `ownText`) is initials spelt out by a run of words of
 * one of `others`, or it lies inside a run of its own sentence that some initials of `others` spell
 * ("Medicines Agency" in "European Medicines Agency" / "EMA").
 */
export function initialsAcross(
  name: { text: string; start: number; end: number },
  ownText: string,
  others: readonly string[],
  isWord: { own: (word: string) => boolean; other: (word: string) => boolean },
  initialsOf?: { own: (word: string) => ReadonlySet<string>; other: (word: string) => ReadonlySet<string> },
): { index: number; start: number; end: number } | undefined {
  // Initials of the words as written, then (`initialsOf`) of their translations.
  const spelled = (initials: string, text: string, side: 'own' | 'other') => [
    ...spansSpelledBy(initials, text, isWord[side]),
    ...(initialsOf ? spansSpelledByTranslation(initials, text, initialsOf[side]) : []),
  ];
  for (const [index, other] of others.entries()) {
    if (isInitials(name.text)) {
      const span = spelled(name.text, other, 'other')[0];
      if (span) return { index, ...span };
      continue;
    }
    for (const token of other.matchAll(/\p{L}+/gu)) {
      if (!isInitials(token[0])) continue;
      if (spelled(token[0], ownText, 'own').some((span) => span.start <= name.start && span.end >= name.end)) return { index, start: token.index, end: token.index + token[0].length };
    }
  }
  return undefined;
}
