import type { Lang } from '../../core/types.js';
import type { Claim } from '../claim.js';
import { gazetteer } from '../gazetteer.js';
import { CURRENCIES } from '../vocabulary.js';
import type { TakenSpans } from './spans.js';

/**
 * Entities of the gazetteer (data/claims/entities.tsv and gazetteer.tsv.gz) in either language, with exonyms
 * (München = Munich), genitives ("Münchens"), compounds ("EU-Kommission") and, as weak claims,
 * adjectives ("deutsche", "Frankfurter"). They carry a category, so two of them can conflict.
 */
interface GazetteerForm {
  form: string;
  id: string;
  category: string;
  soft: boolean;
  /** A German adjective capitalised: it is the place's only where it opens the sentence (see adjectiveForms). */
  opening?: boolean;
}

/**
 * The forms of one language indexed by their first word, longest first, so that a sentence's words
 * are looked up rather than thousands of names tried at every position of every sentence.
 */
interface GazetteerIndex {
  /** Forms by their first word (letters and digits up to a space, hyphen or dot), longest first. */
  byWord: Map<string, GazetteerForm[]>;
  /** The first two characters of every first word: most words of a text are ruled out by them. */
  prefixes: Set<string>;
  forms: Map<string, GazetteerForm>;
  adjectiveStems: Set<string>;
}

const indexes = new Map<Lang, GazetteerIndex>();

function gazetteerIndex(lang: Lang): GazetteerIndex {
  let index = indexes.get(lang);
  if (index) return index;
  const forms = new Map<string, GazetteerForm>();
  for (const entry of gazetteer()) {
    // The hand-kept entries come first and keep their forms ("Bayer" the company, not the Bavarian).
    for (const form of entry.forms[lang].flatMap((f) => (lang === 'de' ? germanInflections(f) : [f]))) {
      if (!forms.has(form)) forms.set(form, { form, id: entry.id, category: entry.category, soft: false });
    }
    for (const adjective of adjectiveForms(entry.adjectives[lang], lang)) {
      const form = adjective.form.replace(/\*$/, '');
      if (!forms.has(form)) forms.set(form, { form, id: entry.id, category: entry.category, soft: true, ...(adjective.opening ? { opening: true } : {}) });
    }
  }
  const byWord = new Map<string, GazetteerForm[]>();
  for (const form of forms.values()) {
    const key = FIRST_WORD.exec(form.form)?.[0];
    if (!key) continue;
    const list = byWord.get(key);
    if (list) list.push(form);
    else byWord.set(key, [form]);
  }
  for (const list of byWord.values()) list.sort(longestFirst);
  const adjectiveStems = new Set(gazetteer().flatMap((e) => adjectiveForms(e.adjectives[lang], lang).filter(({ form }) => form.endsWith('*')).map(({ form }) => form.slice(0, -1))));
  index = { byWord, prefixes: new Set([...byWord.keys()].map((key) => key.slice(0, 2))), forms, adjectiveStems };
  indexes.set(lang, index);
  return index;
}

/**
 * An entry's adjectives, a German one also capitalised as it opens a sentence ("Sächsische Milchbauern …"); inside
 * a sentence a capitalised one opens a name ("Schweizerische Volkspartei"), which is not the place.
 */
function adjectiveForms(adjectives: readonly string[], lang: Lang): Array<{ form: string; opening?: boolean }> {
  return adjectives.flatMap((form) => (lang === 'de' && /^\p{Ll}/u.test(form) ? [{ form }, { form: form[0]!.toUpperCase() + form.slice(1), opening: true }] : [{ form }]));
}

/** Where `form` ends when it is written at text[start], any run of white space for each of its spaces; -1 if it is not. */
function matchAt(text: string, start: number, form: string): number {
  let t = start;
  for (let f = 0; f < form.length; f++) {
    const c = form[f]!;
    if (c === ' ') {
      if (!/\s/.test(text[t] ?? '')) return -1;
      while (/\s/.test(text[t] ?? '')) t++;
    } else if (text[t++] !== c) return -1;
  }
  return t;
}

/**
 * What may follow a name: German names take a genitive -s ("Münchens") and start compounds
 * ("Berlin-Mitte", "EU-Kommission"), German adjectives take their endings ("deutsche"); English
 * names a possessive.
 */
const TAILS: Record<Lang, RegExp> = {
  de: /(?:e|en|er|es|em|s)?(?=-|(?![\p{L}\p{N}]))/uy,
  en: /(?=['’]s|(?![\p{L}\p{N}]))/uy,
};

const FIRST_WORD = /^[\p{L}\p{N}]+/u;
const WORDS = /[\p{L}\p{N}]+/gu;
const longestFirst = (a: GazetteerForm, b: GazetteerForm) => b.form.length - a.form.length || (a.form < b.form ? -1 : 1);
/** A German word's endings, so that "Münchens" and "deutsche" find "München" and "deutsch". */
const GERMAN_ENDINGS = ['s', 'e', 'en', 'er', 'es', 'em'];

/**
 * Gazetteer names in `text`, left to right, the longest at each word start: [start, end of the name,
 * end with its ending, form]. Each word is looked up by itself (and, in German, without an ending):
 * a map lookup per word, not a scan per character.
 */
function gazetteerMatches(text: string, lang: Lang): Array<{ start: number; nameEnd: number; end: number; form: GazetteerForm }> {
  const { byWord, prefixes } = gazetteerIndex(lang);
  const tail = TAILS[lang];
  const found: Array<{ start: number; nameEnd: number; end: number; form: GazetteerForm }> = [];
  let after = 0;
  for (const m of text.matchAll(WORDS)) {
    if (m.index < after) continue;
    // German joins a direction to a place's adjective: "nordschwedisch" = "of northern Sweden",
    // "südfranzösische" = "in southern France"; the adjective is the place's ("Nordkorea" is a name of its own).
    const whole = prefixes.has(m[0].slice(0, 2)) ? lookUp(byWord, m[0], lang) : undefined;
    const direction = whole === undefined && lang === 'de' ? DIRECTION.exec(m[0])?.[0] : undefined;
    const offset = direction === undefined ? 0 : direction.length;
    const rest = m[0].slice(offset);
    const candidates = whole ?? (direction !== undefined && prefixes.has(rest.slice(0, 2)) ? lookUp(byWord, rest, lang)?.filter((candidate) => candidate.soft) : undefined);
    if (!candidates?.length) continue;
    for (const candidate of candidates) {
      const nameEnd = matchAt(text, m.index + offset, candidate.form);
      if (nameEnd < 0) continue;
      tail.lastIndex = nameEnd;
      const ending = tail.exec(text);
      if (!ending) continue;
      found.push({ start: m.index + offset, nameEnd, end: nameEnd + ending[0].length, form: candidate });
      after = nameEnd + ending[0].length;
      break;
    }
  }
  return found;
}

/** A direction before a German adjective of a place, in one word; the adjective is lower case after it. */
const DIRECTION = /^(?:[Nn]ord|[Ss]üd|[Oo]st|[Ww]est)(?:ost|west)?(?=\p{Ll}{4})/u;

/** A word's gazetteer forms, and in German those of the word without an ending ("Münchens", "deutsche"). */
function lookUp(byWord: Map<string, GazetteerForm[]>, word: string, lang: Lang): GazetteerForm[] | undefined {
  let candidates = byWord.get(word);
  if (lang !== 'de') return candidates;
  for (const ending of GERMAN_ENDINGS) {
    if (word.length <= ending.length + 1 || !word.endsWith(ending)) continue;
    const more = byWord.get(word.slice(0, -ending.length));
    if (more) candidates = candidates ? [...candidates, ...more].sort(longestFirst) : more;
  }
  return candidates;
}

/**
 * A German name that starts with an adjective is inflected: "die Vereinigten Staaten", "der
 * Europäischen Union", "das Rote Meer" (from "Rotes Meer"), "im Bayerischen Wald" (from "Bayerischer
 * Wald"); the genitive -s is in the tail.
 */
function germanInflections(form: string): string[] {
  const m = /^(\p{Lu}\p{Ll}+?)(e|es|er) (.+)$/u.exec(form);
  return m ? [form, `${m[1]}e ${m[3]}`, `${m[1]}en ${m[3]}`] : [form];
}

/** Whether a word is a name or adjective form of the gazetteer, as written. */
export function isGazetteerForm(word: string, lang: Lang): boolean {
  return gazetteerIndex(lang).forms.has(word);
}

/**
 * Gazetteer entities of one sentence. `partOfLongerName` tells whether a match is only part of a
 * longer name ("Siemens" in "Siemens Energy", "München" in "FC Bayern München"), which the name
 * extractor then takes whole.
 */
const CURRENCY_WORDS: ReadonlySet<string> = new Set(CURRENCIES.flatMap((currency) => currency.suffixes.de).filter((word) => /^\p{Lu}\p{Ll}+$/u.test(word)));
const CURRENCY_BEFORE = /(?:(?:^|[^\p{L}])[Dd](?:er|en|em|es|ie)|\d|\p{Lu}\p{Ll}+er)\s+$/u;
/** A party's name that is an adjective's plural ("Grünen", "Linken"), not a name taking a genitive ("Googles"). */
const ADJECTIVE_NAME = /^\p{Lu}\p{Ll}+en$/u;
const NOUN_NEXT = /^\s+\p{Lu}\p{Ll}/u;
const BODY_GOES_ON: Record<Lang, RegExp> = {
  de: /^\s+für\s+\p{Lu}/u,
  en: /^\s+(?:of|for)\s+\p{Lu}/u,
};

export function extractGazetteerEntities(
  text: string,
  lang: Lang,
  taken: TakenSpans,
  partOfLongerName: (start: number, end: number) => boolean,
): Claim[] {
  const claims: Claim[] = [];
  const { adjectiveStems } = gazetteerIndex(lang);
  for (const { start, nameEnd, end, form } of gazetteerMatches(text, lang)) {
    const ending = text.slice(nameEnd, end);
    // Only adjective stems take adjective endings; names take at most the genitive -s.
    if (ending !== '' && ending !== 's' && !adjectiveStems.has(form.form)) continue;
    if (taken.overlaps(start, end)) continue;
    if (form.opening && !/^[\s"„“‚‘(]*$/u.test(text.slice(0, start))) continue;
    if (partOfLongerName(start, end)) continue;
    // "Europäischer Gerichtshof für Menschenrechte", "European Court of Human Rights": a body's name
    // goes on with what it is for; the European Court of Justice it began like is another court.
    if (form.category === 'organisation' && BODY_GOES_ON[lang].test(text.slice(end, end + 40))) continue;
    // A place whose name is a currency's ("Franken") is the currency after an article, a figure or its country's
    // adjective: "der Franken legte zu", "den Schweizer Franken", "0,93 Franken".
    if (lang === 'de' && CURRENCY_WORDS.has(text.slice(start, nameEnd)) && CURRENCY_BEFORE.test(text.slice(Math.max(0, start - 24), start))) continue;
    // A party named by an adjective ("die Grünen", "die Linke") is that adjective before a noun: "zum Grünen Deal".
    if (lang === 'de' && form.category === 'organisation' && ending === '' && ADJECTIVE_NAME.test(form.form) && NOUN_NEXT.test(text.slice(end, end + 24))) continue;
    taken.take(start, end);
    // A country that opens a German compound says whose thing it is, as its adjective does: "die US-Luftfahrtbehörde"
    // = "the US aviation authority", which English may name without the country ("the Federal Aviation Administration").
    const compounded = lang === 'de' && form.category === 'country' && /^-\p{Lu}/u.test(text.slice(end, end + 2));
    // So does an English country's possessive before a body's name: "Germany's Federal Office for Information Security"
    // = "das Bundesamt für Sicherheit in der Informationstechnik", which German names without the country.
    const possessed = lang === 'en' && form.category === 'country' && /^['’]s\s+\p{Lu}\p{Ll}/u.test(text.slice(nameEnd, nameEnd + 6));
    claims.push({ type: 'entity', kind: form.category, start, end, value: form.id, ...(form.soft || compounded || possessed ? { soft: true } : {}) });
  }
  return claims;
}
