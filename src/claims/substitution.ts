import { LEGAL_SUFFIX } from './extract/tokens.js';
import type { Lang } from '../core/types.js';
import { STOPWORDS } from '../words/stopwords.js';
import { skeleton } from './extract/names.js';
import { related } from './unreadNames.js';
import { PLACE_KINDS, gazetteerEntryOfWord } from './gazetteer.js';
import { placesOfWord } from './placeWords.js';

/**
 * A name where a claim stands: as written, whether the gazetteer knows it as an organisation or a
 * person, whether a title precedes it, whether it is one word no lexicon knows.
 */
export interface NameInPlace {
  text: string;
  known: boolean;
  afterTitle: boolean;
  proper?: boolean;
}

/**
 * Whether one actor's name stands where the other's did (the caller has checked that the words
 * around both show the same place). Each must read as an actor's name: a person's (capitalised words,
 * two or more, "Satya Nadella"; or one after a title, "Ms Meyer" / "Frau Mayer"), or an
 * organisation's (one the gazetteer knows, initials "BDI", or a word no lexicon knows, "Condor"). A
 * single capitalised word is otherwise too often a label or a heading's first word ("Tracking",
 * "CULTURE Independent"). They are not one name written two ways, nor initials and their expansion
 * ("IP" / "Internet Protocol"), nor, for organisations, one name in two forms ("Unices" / "Unix",
 * "AppArmor" / "AppAmor"; two people one letter apart are two people). The German one is no
 * translated title or noun run, unless a title precedes it ("Bürgermeister Wei Becker").
 */
export function isSubstitution(en: NameInPlace, de: NameInPlace, isWord: (word: string, lang: Lang) => boolean): boolean {
  const person = (name: NameInPlace) => name.known || name.afterTitle || PERSON_LIKE.test(name.text);
  // Stemming makes words of short initials ("UBS", "ING"); a shouted word is longer ("POLICY").
  const initials = (name: NameInPlace) =>
    ACRONYM.test(name.text) && !STOPWORDS.en.has(name.text.toLowerCase()) && !STOPWORDS.de.has(name.text.toLowerCase()) && (name.text.length <= 3 || (!isWord(name.text, 'en') && !isWord(name.text, 'de')));
  const organisation = (name: NameInPlace) => name.known || name.proper === true || initials(name);
  // (A capitalised word of the lexicon against an organisation's name, "commissioned by Ford" /
  // "von Renault", is not taken: in manuals it is a heading's word against a name, "Services" / "NFS".)
  const organisations = organisation(en) && organisation(de);
  // Two people, or two organisations: a person-shaped run of capitals against an organisation is
  // too often a title ("Policy Manual", "Social Contract") against a name ("Debian").
  const people = person(en) && person(de);
  if (!people && !organisations) return false;
  if (!people && related(en.text, de.text)) return false;
  if (expands(en.text, de.text) || expands(de.text, en.text) || sameName(en.text, de.text, isWord) || joinedAlike(en.text, de.text) || sharesOwnName(en.text, de.text, isWord)) return false;
  return de.known || de.afterTitle || organisation(de) || !germanTitle(de.text, (word) => isWord(word, 'de'));
}

/**
 * A translated title or label, or German nouns in a row, read like a name ("Kurzer Förderkurs",
 * "Umgekehrter Bildlauf", "Nordseeküste Böen"): its last word is a German word, or its first an
 * inflected German adjective or a place's "-er" adjective before another word ("Regensburger
 * Altstadt", "Lissabonner Altstadt": the place's old town). A person's surname rarely is; a first name
 * may be a German word ("Klaus"), but is not inflected.
 */
export function germanTitle(text: string, isGermanWord: (word: string) => boolean): boolean {
  const words = text.match(/\p{L}+/gu) ?? [];
  const inflectedAdjective = (word: string) => /(?:e|em|en|er|es)$/u.test(word) && isGermanWord(word);
  return words.length > 0 && (inflectedAdjective(words[0]!) || (words.length > 1 && isPlaceAdjective(words[0]!)) || isGermanWord(words.at(-1)!));
}

/** A German "-er" word of a place the gazetteer names (placeWords.ts): "Regensburger", "Lissabonner", "Münchner". */
function isPlaceAdjective(word: string): boolean {
  return placesOfWord(word).some((place) => PLACE_KINDS.has(gazetteerEntryOfWord(place)?.category ?? ''));
}

/**
 * One place's or body's name translated around its own word: "Hellabrunn Zoo" / "Tierpark Hellabrunn",
 * "Lake Starnberg" / "Starnberger See" aside. The word is no word of either language, ends one of the
 * names and stands elsewhere in the other: two people with one first name ("Lars Schmidt" / "Lars
 * Schmid", "President Joachim Nagel" / "Joachim Wuermeling") are two.
 */
function sharesOwnName(a: string, b: string, isWord: (word: string, lang: Lang) => boolean): boolean {
  const [x, y] = [a.split(/[\s-]+/u), b.split(/[\s-]+/u)];
  const own = (word: string) => word.length >= 4 && /^\p{Lu}\p{Ll}+$/u.test(word) && !isWord(word, 'en') && !isWord(word, 'de');
  return x.some((word, k) => own(word) && y.includes(word) && (k === x.length - 1) !== (y.indexOf(word) === y.length - 1));
}

/** One name, its words written apart or joined: "West Java" / "Provinz Westjava", "Sankt Gallen" / "St.-Gallen" aside. */
export function joinedAlike(a: string, b: string): boolean {
  const compact = (name: string) => name.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  const [shorter, longer] = compact(a).length <= compact(b).length ? [a, b] : [b, a];
  const target = compact(shorter);
  if (target.length < 5 || !/[\s-]/u.test(`${a}${b}`)) return false;
  // Whole words of the longer name, joined, are the shorter one: "Westjava" in "Provinz Westjava", not "Schmid" in "Schmidt".
  const words = longer.split(/[\s-]+/u).map(compact);
  for (let from = 0; from < words.length; from++) {
    let joined = '';
    for (let to = from; to < words.length && joined.length < target.length; to++) {
      joined += words[to];
      if (joined === target) return true;
    }
  }
  return false;
}

/** Whether `initials` are the first letters of `name`'s words ("IP" / "Internet Protocol", "EZB" / "Europäische Zentralbank"). */
function expands(initials: string, name: string): boolean {
  if (!ACRONYM.test(initials)) return false;
  const firsts = (name.match(/\p{Lu}/gu) ?? []).join('');
  return firsts.length >= 2 && (firsts === initials || firsts.startsWith(initials) || initials.startsWith(firsts));
}

/** An organisation's initials ("BDI", "SPD", "HSBC"): no label or heading word is written so. */
const ACRONYM = /^\p{Lu}{2,5}$/u;

/** A first name and a surname, with middle names or initials, particles ("de Vries") and an "O’" ("O’Brien"). */
const PERSON_LIKE = /^\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\.?\p{Ll}*)*(?: (?:de|van|von|der|den|di|da|del|du|la|le|ten|ter))*[ -](?:\p{Lu}['’])?\p{Lu}\p{Ll}+$/u;

/**
 * Two names are one name written two ways when they end in the same word ("Debian Project" /
 * "Debian-Projekt", "BIOSes" / "BIOS", "Free Translation Project" / "Upstream-Projekten") or one's
 * words are all in the other ("Linux Installation Guide" / "Linux", "Installing Debian GNU" / "Debian
 * GNU"). A first name in common is not enough: "Klaus Meyer" and "Klaus Mayer" are two people.
 * `isWord` tells the words of a language (`a` is English, `b` German) from a name's own: only those
 * are cognates compared by their consonants ("Project" = "Projekten"); a surname is compared as spelt
 * ("Peterson" is not "Petersen", "Lang" not "Lange"). Without it, every long word is compared by its consonants.
 */
export function sameName(a: string, b: string, isWord: (word: string, lang: Lang) => boolean = () => true): boolean {
  // A legal form says what kind of company, not which: "Novara AG" and "Navara AG" are two.
  const split = (name: string) => {
    const words = name.split(/[^\p{L}\p{N}'’.]+/u).filter((w) => w.length > 1);
    const named = words.length > 1 && LEGAL_SUFFIX.test(words.at(-1)!) ? words.slice(0, -1) : words;
    return named.map((w) => w.replace(/\.$/, '').toLowerCase()).filter((w) => w.length > 1);
  };
  const [wordsA, wordsB] = [split(a), split(b)];
  if (wordsA.length === 0 || wordsB.length === 0) return false;
  // Cognates only when both last words are words of their language ("Project" / "Projekt"); a
  // surname is as spelt, but for a genitive or possessive s ("Petersens" = "Petersen").
  const cognates = isWord(wordsA.at(-1)!, 'en') && isWord(wordsB.at(-1)!, 'de');
  const key = (word: string) => {
    // A short word stays as spelt: "Meyer" and "Mayer", "Lang" and "Lange" are two people.
    if (!cognates || word.length < 7) return word.replace(/(?:'s|’s|(?<=\p{L}{3})s)$/u, '');
    // Without an ending, and as a consonant skeleton: "Project" = "Projekten", "Projekts".
    return skeleton(word.replace(/(?:'s|’s|en|es|e|n|s)$/u, ''));
  };
  const [x, y] = [wordsA.map(key), wordsB.map(key)];
  if (x.at(-1) === y.at(-1)) return true;
  const [shorter, longer] = x.length <= y.length ? [x, new Set(y)] : [y, new Set(x)];
  return shorter.every((word) => longer.has(word));
}
