import type { ClaimSide } from '../core/claims.js';
import type { AlignmentLink, Lang, Sentence } from '../core/types.js';
import { readerText } from '../segment/readerText.js';
import type { Claim } from './claim.js';
import type { DiffContext } from './diffContext.js';
import { skeleton } from './extract/names.js';
import { gazetteerEntry, gazetteerEntryOfWord } from './gazetteer.js';
import type { LocatedClaim } from './lookup.js';
import { matchedInLink, writtenInLink } from './namesInLink.js';
import { placeWordsOf } from './placeWords.js';

/*
 * A one-sided name found on the other side of its link written otherwise: in the other language's form
 * the gazetteer gives, transliterated, as a word German makes of an acronym, as an inhabitant, after a
 * title, before a ruler's number, or with words the other side says around it. Each answer is the
 * place found, as writtenInLink gives it; compare.ts tries them in turn.
 */

/**
 * Whether two names of several words are one name, the given names in each language's transliteration:
 * German writes w, j, sch and tsch where English writes v, y, sh and ch ("Wladimir Putin" / "Vladimir
 * Putin", "Jelena" / "Yelena"). The surname must be written alike: "Novak" and "Nowak", "Fischer" and
 * "Fisher" are other people's.
 */
export function transliterated(en: string, de: string): boolean {
  const words = (name: string) => name.split(/\s+/u).map(transliterationKey);
  const [a, b] = [words(en), words(de)];
  if (a.length < 2 || a.length !== b.length || !a.every((word, k) => word === b[k])) return false;
  // The surname as written: "Novak" and "Nowak", "Fischer" and "Fisher" are other people's names; a
  // surname transliterated otherwise is the same person's only with the given name transliterated
  // too ("Volodymyr Zelensky" / "Wolodymyr Selenskyj"), since a slip changes one name, not both, or where
  // it differs in two letters or more, as a surname alone must ("Boris Yeltsin" / "Boris Jelzin").
  const [enWords, deWords] = [en.split(/\s+/u), de.split(/\s+/u)];
  return enWords.at(-1) === deWords.at(-1) || enWords[0] !== deWords[0] || editDistance(enWords.at(-1)!.toLowerCase(), deWords.at(-1)!.toLowerCase()) >= 2;
}

/** Where the other side of a link writes a person's name transliterated otherwise ("Wolodymyr Selenskyj" for "Volodymyr Zelensky"), which its extraction may not have read as a name. */
export function transliteratedInLink(name: string, lang: Lang, indices: number[], sentences: Sentence[]): ReturnType<typeof writtenInLink> {
  const count = name.split(/\s+/u).length;
  if (count === 1) return surnameTransliteratedInLink(name, indices, sentences);
  if (count > 4) return undefined;
  for (const sentence of indices) {
    const text = readerText(sentences[sentence]!);
    const words = [...text.matchAll(/\p{Lu}[\p{L}'’-]*/gu)];
    for (let i = 0; i + count <= words.length; i++) {
      const run = words.slice(i, i + count);
      const [start, end] = [run[0]!.index, run.at(-1)!.index + run.at(-1)![0].length];
      const written = text.slice(start, end);
      if (!/^\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)+$/u.test(written)) continue;
      if (lang === 'en' ? transliterated(name, written) : transliterated(written, name)) return { sentence, text: written, start, end };
    }
  }
  return undefined;
}

/**
 * One name transliterated otherwise, alone ("Tchaikovsky" / "Tschaikowskys"): only where the two
 * spellings differ in two letters or more, since "Novak" and "Nowak" are two people's names.
 */
function surnameTransliteratedInLink(name: string, indices: number[], sentences: Sentence[]): ReturnType<typeof writtenInLink> {
  if (!/^\p{Lu}\p{Ll}{3,}$/u.test(name)) return undefined;
  const key = transliterationKey(name);
  for (const sentence of indices) {
    const text = readerText(sentences[sentence]!);
    for (const word of text.matchAll(/\p{Lu}\p{Ll}{2,}/gu)) {
      const written = [word[0], word[0].replace(/s$/u, '')].find((form) => transliterationKey(form) === key);
      if (written && editDistance(written.toLowerCase(), name.toLowerCase()) >= 2) return { sentence, text: written, start: word.index, end: word.index + written.length };
    }
  }
  return undefined;
}

const transliterationKey = (word: string) => TRANSLITERATIONS.reduce((w, [from, to]) => w.replace(from, to), word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, ''));

/** Levenshtein distance, for two short names. */
function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, k) => k);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let k = 1; k <= b.length; k++) next.push(Math.min(row[k]! + 1, next[k - 1]! + 1, row[k - 1]! + (a[i - 1] === b[k - 1] ? 0 : 1)));
    row = next;
  }
  return row[b.length]!;
}

/** English and German transliterations of one name (of Russian, Ukrainian, Arabic names) made alike: "Saqqara" / "Sakkara". */
const TRANSLITERATIONS: Array<[RegExp, string]> = [
  [/tsch/g, 'ch'],
  [/tch/g, 'ch'],
  [/sch/g, 'sh'],
  [/zh/g, 'sh'],
  [/kh/g, 'ch'],
  [/q/g, 'k'],
  [/w/g, 'v'],
  [/j/g, 'y'],
  [/ß/g, 'ss'],
  [/z/g, 's'],
  // German "z" for English "ts": "Yeltsin" / "Jelzin".
  [/ts/g, 's'],
  // "ja" for "ia" and "ya": "Zaporizhzhia" / "Saporischschja".
  [/y(?=[aeou])/g, 'i'],
  [/(?:yy|iy|yi|ii|y)$/, 'i'],
];

/**
 * Where the other side's sentences write one of the other language's names the gazetteer gives this
 * entity, where no extraction read it as the entity ("USA" / "the US Supreme Court": "US" alone is read
 * as no name).
 */
export function otherFormWritten(claim: Claim, other: Lang, link: AlignmentLink, context: DiffContext): ReturnType<typeof writtenInLink> {
  const forms = gazetteerEntry(claim.value)?.forms[other] ?? [];
  for (const form of forms) {
    if (form.length < 2 || !/^\p{Lu}/u.test(form)) continue;
    const found = writtenInLink(link[other], context.sentences[other], form);
    if (found) return found;
  }
  return undefined;
}

/**
 * Whether the words a name has beyond the other side's shorter one stand in that sentence too, written
 * alike or as a cognate inside a word ("Debian Project" / "Debian" in "des Debian-Projekts"): else the
 * longer name says more than the other side ("Apple Watch" / "Apple").
 */
export function restSaidThere(name: string, there: ClaimSide, sentences: Sentence[]): boolean {
  // The other name's words, and the one word they join into ("West Java" / "Provinz Westjava").
  const joined = there.text.replace(/[\s-]+/gu, '').toLowerCase();
  const rest = name.split(/[\s-]+/u).filter((word) => !there.text.split(/[\s-]+/u).includes(word) && word.toLowerCase() !== joined);
  if (rest.length === 0 || name.length <= there.text.length) return true;
  const words = (readerText(sentences[there.sentence]!).match(/\p{L}+/gu) ?? []).map(skeleton);
  return rest.every((word) => skeleton(word).length >= 3 && words.some((other) => other.includes(skeleton(word).slice(0, 4))));
}

/**
 * German names people and things of a place with "-er" (placeWords.ts): "from Oberstdorf" = "Oberstdorfer",
 * "Leipzig's" = "Leipziger", "the hospital in Ulm" = "das Ulmer Klinikum"; of its German name where it has one.
 */
export function inhabitantWritten(name: string, id: string, indices: number[], sentences: Sentence[]): ReturnType<typeof writtenInLink> {
  const forms = inhabitantForms(name, id);
  if (forms.length === 0) return undefined;
  return matchedInLink(new RegExp(String.raw`(?<![\p{L}])(?:${forms.join('|')})(?![\p{L}])`, 'u'), indices, sentences);
}

/**
 * The German words a place's name makes of its people and things (see inhabitantWritten); none for a name that is
 * no single word, save a spa town's, whose word drops its "Bad" ("Bad Dürkheim" / "Dürkheimer Wurstmarkt").
 */
export function inhabitantForms(written: string, id: string): string[] {
  const name = /^Bad (\p{Lu}\p{Ll}{2,})$/u.exec(written)?.[1] ?? written;
  if (!/^\p{Lu}\p{Ll}{2,}$/u.test(name)) return [];
  const places = [name, ...(gazetteerEntry(id)?.forms.de ?? []).filter((form) => /^\p{Lu}\p{Ll}{2,}$/u.test(form))];
  const words = [...new Set(places.flatMap(placeWordsOf))];
  return words.flatMap((word) => ['', 'in', 'innen', 'n', 's'].map((ending) => `${word}${ending}`));
}

/**
 * A word of a name as German may write it: alike, as the place's German name, or as the "-er" word of its people;
 * a word no list knows (`unknown`) as its own "-er" word too.
 */
export function germanFormsOfWord(word: string, unknown = false): string[] {
  const entry = gazetteerEntryOfWord(word);
  if (entry === undefined) return unknown && /^\p{Lu}\p{Ll}{2,}$/u.test(word) ? [word, ...placeWordsOf(word)] : [word];
  return [...new Set([word, ...entry.forms.de.filter((form) => !/\s/.test(form)), ...inhabitantForms(word, entry.id)])];
}

/**
 * A ruler's name before the same number, translated ("Louis XIV" / "Ludwig XIV.", "Pope John Paul II" /
 * "Papst Johannes Paul II.", "Charles V" / "Karl V."): the names begin alike, or with C and K.
 */
export function regnalNameWritten(item: LocatedClaim, ownText: string, indices: number[], sentences: Sentence[]): ReturnType<typeof writtenInLink> {
  const numeral = regnalNumeralAfter(ownText, item.claim.end);
  if (!numeral) return undefined;
  const initial = rulerInitial(ownText.slice(item.claim.start, item.claim.end));
  for (const sentence of indices) {
    const text = readerText(sentences[sentence]!);
    for (const m of text.matchAll(new RegExp(String.raw`(\p{Lu}\p{Ll}+) ${numeral}(?:\.|(?![\p{L}]))`, 'gu'))) {
      if (rulerInitial(m[1]!) === initial) return { sentence, text: m[1]!, start: m.index, end: m.index + m[1]!.length };
    }
  }
  return undefined;
}

/** The Roman numeral right after a name ("Louis| XIV"), if one follows. */
export function regnalNumeralAfter(text: string, end: number): string | undefined {
  return /^ ([IVXL]{2,7})\b/u.exec(text.slice(end))?.[1];
}

/** The first letter of a ruler's name (its last word), C and K alike: "Charles" / "Karl". */
export function rulerInitial(name: string): string {
  return name.split(' ').at(-1)!.charAt(0).replace('C', 'K');
}

/** German writes a spoken acronym as a word ("NASA" / "Nasa", "NATO" / "Nato", "UNESCO" / "Unesco"), and English keeps it in capitals. */
export function acronymAsWordWritten(name: string, indices: number[], sentences: Sentence[]): ReturnType<typeof writtenInLink> {
  if (/^\p{Lu}{4,}$/u.test(name)) return writtenInLink(indices, sentences, name[0] + name.slice(1).toLowerCase());
  if (/^\p{Lu}\p{Ll}{3,}$/u.test(name)) return writtenInLink(indices, sentences, name.toUpperCase());
  return undefined;
}

/**
 * A person's name read together with the title before it ("Lord Mayor Katrin Behrens" /
 * "Oberbürgermeisterin Katrin Behrens", "Bavarian Economics Minister Thomas Adler"): the given name and
 * surname at its end, written so on the other side, are the claim; the title is translated.
 */
export function personAfterTitleWritten(name: string, other: Lang, link: AlignmentLink, context: DiffContext): ReturnType<typeof writtenInLink> {
  const words = name.split(' ');
  if (words.length < 3) return undefined;
  const person = words.slice(-2).join(' ');
  return PERSON_NAME.test(person) ? writtenInLink(link[other], context.sentences[other], person) : undefined;
}

const PERSON_NAME = /^\p{Lu}\p{Ll}+ (?:\p{Lu}['’])?\p{Lu}\p{Ll}+$/u;

/**
 * A part of a place named by its position, which German writes as one word with the place, compounded
 * further as it likes: "Upper Rhine" = "Oberrhein" ("Oberrheingraben"), "Lower Saxony" = "Niedersachsen",
 * "Middle Franconia" = "Mittelfranken", "East Frisia" = "Ostfriesland".
 */
export function partOfPlaceWritten(name: string, indices: number[], sentences: Sentence[]): ReturnType<typeof writtenInLink> {
  const m = PART_OF_PLACE.exec(name);
  if (!m) return undefined;
  const place = m[2]!;
  const forms = [place, ...(gazetteerEntryOfWord(place)?.forms.de ?? [])].filter((form) => /^\p{Lu}\p{Ll}+$/u.test(form));
  const starts = POSITION_PREFIXES[m[1]!]!.flatMap((prefix) => forms.map((form) => `${prefix}${form.toLowerCase()}`));
  for (const sentence of indices) {
    const text = readerText(sentences[sentence]!);
    for (const word of text.matchAll(/\p{Lu}\p{Ll}+/gu)) {
      if (starts.some((start) => word[0].startsWith(start))) return { sentence, text: word[0], start: word.index, end: word.index + word[0].length };
    }
  }
  return undefined;
}

const POSITION_PREFIXES: Record<string, string[]> = {
  Upper: ['Ober'],
  Lower: ['Nieder', 'Unter'],
  Middle: ['Mittel'],
  Central: ['Mittel', 'Zentral'],
  North: ['Nord'],
  Northern: ['Nord'],
  South: ['Süd'],
  Southern: ['Süd'],
  East: ['Ost'],
  Eastern: ['Ost'],
  West: ['West'],
  Western: ['West'],
};

const PART_OF_PLACE = new RegExp(String.raw`^(${Object.keys(POSITION_PREFIXES).join('|')}) (\p{Lu}\p{Ll}+)$`, 'u');
