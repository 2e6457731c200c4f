import { skeleton } from './extract/names.js';

/** A name where a claim stands: as written, whether the gazetteer knows it as an organisation, whether a title precedes it. */
export interface NameInPlace {
  text: string;
  known: boolean;
  afterTitle: boolean;
}

/**
 * Whether one actor's name stands where the other's did (the caller has checked that the words
 * around both show the same place): both are organisations the gazetteer knows or read as a person's
 * ("Satya Nadella" / "Bill Gates": capitalised words, two or more; or one after a title, "Ms Meyer" /
 * "Frau Mayer"), the German one is no translated title or noun run, and they are not one name written
 * two ways. A single capitalised word is too often a label or a heading's first word ("Tracking",
 * "CULTURE Independent") to stand for a person.
 */
export function isSubstitution(en: NameInPlace, de: NameInPlace, isGermanWord: (word: string) => boolean): boolean {
  const named = (name: NameInPlace) => name.known || name.afterTitle || PERSON_LIKE.test(name.text);
  return named(en) && named(de) && !sameName(en.text, de.text) && (de.known || !germanTitle(de.text, isGermanWord));
}

/**
 * A translated title or label, or German nouns in a row, read like a name ("Kurzer Förderkurs",
 * "Umgekehrter Bildlauf", "Nordseeküste Böen"): its last word is a German word, or its first an
 * inflected German adjective. A person's surname rarely is; a first name may be a German word
 * ("Klaus"), but is not inflected.
 */
export function germanTitle(text: string, isGermanWord: (word: string) => boolean): boolean {
  const words = text.match(/\p{L}+/gu) ?? [];
  const inflectedAdjective = (word: string) => /(?:e|em|en|er|es)$/u.test(word) && isGermanWord(word);
  return words.length > 0 && (inflectedAdjective(words[0]!) || isGermanWord(words.at(-1)!));
}

const PERSON_LIKE = /^\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\.?\p{Ll}*)*[ -]\p{Lu}\p{Ll}+$/u;

/**
 * Two names are one name written two ways when they end in the same word ("Debian Project" /
 * "Debian-Projekt", "BIOSes" / "BIOS", "Free Translation Project" / "Upstream-Projekten") or one's
 * words are all in the other ("Linux Installation Guide" / "Linux", "Installing Debian GNU" / "Debian
 * GNU"). A first name in common is not enough: "Klaus Meyer" and "Klaus Mayer" are two people.
 */
export function sameName(a: string, b: string): boolean {
  // Without an ending, and a long word as a consonant skeleton for cognates: "Project" = "Projekten",
  // "Projekts". A short one stays as spelt: "Meyer" and "Mayer" are two people.
  const key = (word: string) => {
    const stem = word.replace(/(?:'s|’s|en|es|e|n|s)$/u, '');
    return word.length >= 7 ? skeleton(stem) : stem;
  };
  const words = (name: string) => name.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 1).map(key);
  const [x, y] = [words(a), words(b)];
  if (x.length === 0 || y.length === 0) return false;
  if (x.at(-1) === y.at(-1)) return true;
  const [shorter, longer] = x.length <= y.length ? [x, new Set(y)] : [y, new Set(x)];
  return shorter.every((word) => longer.has(word));
}
