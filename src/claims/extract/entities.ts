import { STOPWORDS } from '../../analyse/stopwords.js';
import type { Lang } from '../../core/types.js';
import type { Claim } from '../claim.js';
import { gazetteer } from '../gazetteer.js';
import { MONTHS, alternation } from '../vocabulary.js';
import type { TakenSpans } from './spans.js';

/**
 * Named entities. English capitalises names, so there every capitalised word away from the sentence
 * start is a name candidate. German capitalises every noun, so there a word is a name only when it is
 * in the gazetteer (data/claims/entities.tsv, with exonyms: München = Munich), is an acronym or has
 * inner capitals (AKS, CoreOS), is a name the English document uses (Kinvolk, also inside compounds
 * like "Kinvolk-Team" and in the genitive "Microsofts"; cognates like Parlament/Parliament by their
 * consonant skeleton), or is a run of capitalised words inside a sentence ("Inspektor Gadget").
 */

/** Names one document makes known to the extraction of the other. */
export interface NameContext {
  /** Single words the English document writes capitalised away from a sentence start. */
  nameWords: ReadonlySet<string>;
  /** Normalised English names → their value. */
  known: ReadonlyMap<string, string>;
  /** Consonant skeletons of single-word English names → their value. */
  skeletons: ReadonlyMap<string, string>;
  /** Words the English document writes in lower case: in German text these are loan words, not names. */
  commonWords: ReadonlySet<string>;
}

export const NO_NAMES: NameContext = { nameWords: new Set(), known: new Map(), skeletons: new Map(), commonWords: new Set() };

interface Token {
  text: string;
  start: number;
  end: number;
  /** First word of the sentence, of a line, or after a colon or opening quote. */
  initial: boolean;
}

const TOKEN = /[\p{L}\p{N}]+(?:[-'’.&][\p{L}\p{N}]+)*/gu;
const LEGAL_SUFFIX = /^(?:GmbH|AG|SE|KG|Inc|Corp|Ltd|LLC|Plc|plc|Co|S\.A|N\.V)\.?$/;
const GENERIC_ACRONYMS = new Set(
  'CEO CTO CFO COO CIO VP SVP EVP IT PC PR TV HR ID OK AM PM GMT UTC CET CEST MEZ MESZ PDF FAQ USD EUR GBP CHF JPY DIY FYI TBA'.split(' '),
);
const EN_CONNECTORS = new Set(['van', 'von', 'de', 'da', 'di', 'del', 'der', 'du', 'la', 'le', 'bin']);

/** Capitalised words that are not names: titles, nationalities, days, months. */
const NOT_NAMES: Record<Lang, ReadonlySet<string>> = {
  en: new Set(
    [
      'monday tuesday wednesday thursday friday saturday sunday',
      'american americans british english german germans french italian spanish chinese japanese russian european europeans',
      'austrian swiss dutch polish ukrainian indian canadian australian turkish greek swedish norwegian danish finnish irish',
      'scottish israeli iranian african asian western eastern northern southern arab muslim christian jewish catholic',
      'i i’m i\'m ok',
      ...MONTHS.en.map((forms) => forms.join(' ').toLowerCase().replace(/\./g, '')),
    ]
      .join(' ')
      .split(' '),
  ),
  de: new Set(
    [
      'montag dienstag mittwoch donnerstag freitag samstag sonntag',
      ...MONTHS.de.map((forms) => forms.join(' ').toLowerCase().replace(/\./g, '')),
    ]
      .join(' ')
      .split(' '),
  ),
};

/** Titles before a name are not part of it: "President Biden" and "Präsident Biden" are both "biden". */
const TITLES: Record<Lang, ReadonlySet<string>> = {
  en: new Set('mr mrs ms dr prof sir st mister madam president chancellor minister senator governor mayor chairman chairwoman chief ceo'.split(' ')),
  de: new Set(
    'herr frau dr prof präsident präsidentin kanzler kanzlerin bundeskanzler bundeskanzlerin minister ministerin chef chefin vorstandschef vorstandschefin sprecher sprecherin bürgermeister bürgermeisterin'.split(' '),
  ),
};

const gazetteerPatterns = new Map<
  Lang,
  { regex: RegExp; entries: Map<string, { id: string; category: string; soft: boolean }>; adjectiveStems: Set<string> }
>();

function gazetteerPattern(lang: Lang) {
  let pattern = gazetteerPatterns.get(lang);
  if (pattern) return pattern;
  const entries = new Map<string, { id: string; category: string; soft: boolean }>();
  for (const entry of gazetteer()) {
    for (const form of entry.forms[lang]) entries.set(form, { id: entry.id, category: entry.category, soft: false });
    for (const form of entry.adjectives[lang]) entries.set(form.replace(/\*$/, ''), { id: entry.id, category: entry.category, soft: true });
  }
  const adjectiveStems = new Set(gazetteer().flatMap((e) => e.adjectives[lang].filter((f) => f.endsWith('*')).map((f) => f.slice(0, -1))));
  // German names take a genitive -s ("Münchens") and start compounds ("Berlin-Mitte", "EU-Kommission");
  // German adjectives take their endings ("deutsche", "deutschen").
  const tail = lang === 'de' ? String.raw`(?:e|en|er|es|em|s)?(?=-|(?![\p{L}\p{N}]))` : String.raw`(?=['’]s|(?![\p{L}\p{N}]))`;
  const regex = new RegExp(String.raw`(?<![\p{L}\p{N}])(${alternation(entries.keys())})${tail}`, 'gu');
  pattern = { regex, entries, adjectiveStems };
  gazetteerPatterns.set(lang, pattern);
  return pattern;
}

export function extractEntities(text: string, lang: Lang, taken: TakenSpans, names: NameContext): Claim[] {
  const claims: Claim[] = [];
  const { regex, entries, adjectiveStems } = gazetteerPattern(lang);
  for (const m of text.matchAll(regex)) {
    const written = m[1]!.replace(/\s+/g, ' ');
    const ending = m[0].slice(m[1]!.length);
    // Only adjective stems take adjective endings; names take at most the genitive -s.
    if (ending !== '' && ending !== 's' && !adjectiveStems.has(written)) continue;
    const end = m.index + m[0].length;
    if (taken.overlaps(m.index, end)) continue;
    // In English a capitalised word right after a known name makes a longer name ("Amazon Web Services").
    if (lang === 'en' && /^ (?!(?:GmbH|AG|SE|Inc|Corp|Ltd|LLC|Plc)\b)\p{Lu}\p{Ll}/u.test(text.slice(end, end + 3)) && !/^[\s,]/.test(m[1]!.slice(-1))) continue;
    const entry = entries.get(written)!;
    taken.take(m.index, end);
    claims.push({ type: 'entity', kind: entry.category, start: m.index, end, value: entry.id, ...(entry.soft ? { soft: true } : {}) });
  }
  const tokens = tokenize(text).filter((t) => !taken.overlaps(t.start, t.end));
  for (const run of nameRuns(text, tokens, lang)) {
    claims.push(...(lang === 'en' ? englishNames(run, names) : germanNames(run, names)));
  }
  for (const claim of claims) taken.take(claim.start, claim.end);
  return claims;
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const before = text.slice(0, m.index);
    const initial = !/[\p{L}\p{N}]/u.test(before) || /(?:[:\n“„"«»‘(]|\n\s*)\s*$/u.test(before);
    tokens.push({ text: m[0], start: m.index, end: m.index + m[0].length, initial });
  }
  return tokens;
}

function isNameToken(token: string): boolean {
  return /^\p{Lu}/u.test(token) || isStrong(token);
}

/** Acronyms and words with inner capitals are names in either language: AKS, CoreOS, eBPF. */
function isStrong(token: string): boolean {
  const word = stripPossessive(token);
  if (GENERIC_ACRONYMS.has(word) || LEGAL_SUFFIX.test(word)) return false;
  return /^\p{Lu}[\p{Lu}\d&]+$/u.test(word) || /\p{Ll}\p{Lu}/u.test(word);
}

function stripPossessive(word: string): string {
  return word.replace(/['’]s?$/u, '');
}

/**
 * Runs of adjacent name-like tokens (one space apart), split at words that are not names
 * (capitalised function words, titles, months). A legal suffix ("GmbH") stays with its name.
 */
function nameRuns(text: string, tokens: Token[], lang: Lang): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  const flush = () => {
    if (run.length > 0) runs.push(run);
    run = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const previous = run[run.length - 1];
    const adjacent = previous !== undefined && /^[ \t\u00a0]+$/.test(text.slice(previous.end, token.start)) && !/['’]s$/.test(previous.text);
    if (!adjacent) flush();
    const lower = stripPossessive(token.text).toLowerCase();
    if (LEGAL_SUFFIX.test(stripPossessive(token.text))) {
      if (run.length > 0) run.push(token);
      flush();
      continue;
    }
    const connector = lang === 'en' && run.length > 0 && EN_CONNECTORS.has(token.text) && tokens[i + 1] && isNameToken(tokens[i + 1]!.text);
    if (connector) {
      run.push(token);
      continue;
    }
    if (!isNameToken(token.text) || NOT_NAMES[lang].has(lower) || (STOPWORDS[lang].has(lower) && !isStrong(token.text))) {
      flush();
      continue;
    }
    run.push(token);
  }
  flush();
  return runs.map((r) => trimConnectors(dropTitles(r, lang))).filter((r) => r.length > 0);
}

function dropTitles(run: Token[], lang: Lang): Token[] {
  let start = 0;
  while (start < run.length - 1 && TITLES[lang].has(stripPossessive(run[start]!.text).replace(/\.$/, '').toLowerCase())) start++;
  return start === 0 ? run : run.slice(start).map((t, i) => (i === 0 ? { ...t, initial: false } : t));
}

function trimConnectors(run: Token[]): Token[] {
  let end = run.length;
  while (end > 0 && EN_CONNECTORS.has(run[end - 1]!.text)) end--;
  return run.slice(0, end);
}

function spanOf(run: Token[]): { start: number; end: number } {
  const last = run[run.length - 1]!;
  return { start: run[0]!.start, end: last.start + stripPossessive(last.text).length };
}

/** The language-neutral value of a name: lower case, no possessive, no legal suffix ("Kinvolk GmbH" → "kinvolk"). */
export function nameValue(words: string[]): string {
  const kept = words.map(stripPossessive).filter((w, i) => i === 0 || !LEGAL_SUFFIX.test(w));
  return kept.join(' ').toLowerCase();
}

function englishNames(run: Token[], names: NameContext): Claim[] {
  const last = run[run.length - 1]!;
  // "Linux-based", "Azure-powered": the name is the part before the hyphen.
  const compound = /^([\p{L}\p{N}]+)-\p{Ll}+$/u.exec(last.text);
  if (compound) run = [...run.slice(0, -1), { ...last, text: compound[1]!, end: last.start + compound[1]!.length }];
  // "Called Bottlerocket, …": a sentence-initial word the document also writes in lower case is no name.
  if (run.length > 1 && run[0]!.initial && names.commonWords.has(run[0]!.text.toLowerCase())) run = run.slice(1);
  const words = run.map((t) => t.text);
  const single = run.length === 1 || (run.length === 2 && LEGAL_SUFFIX.test(words[1]!));
  if (single && run[0]!.initial && !isStrong(words[0]!) && !names.nameWords.has(stripPossessive(words[0]!).toLowerCase())) return [];
  return [{ type: 'entity', kind: 'name', ...spanOf(run), value: nameValue(words) }];
}

function germanNames(run: Token[], names: NameContext): Claim[] {
  const claims: Claim[] = [];
  let unmatched: Token[] = [];
  const flushUnmatched = () => {
    // Capitalised words in a row inside a German sentence are a name ("Inspektor Gadget");
    // single ones are nouns unless they are acronyms or have inner capitals.
    if (unmatched.length >= 2 && !unmatched[0]!.initial && unmatched.every((t) => mayBeGermanName(t.text, names))) {
      claims.push({ type: 'entity', kind: 'name', ...spanOf(unmatched), value: nameValue(unmatched.map((t) => t.text)) });
    } else {
      for (const t of unmatched) if (isStrong(t.text)) claims.push({ type: 'entity', kind: 'name', start: t.start, end: t.end, value: nameValue([t.text]) });
    }
    unmatched = [];
  };
  for (let i = 0; i < run.length; ) {
    const match = longestKnown(run, i, names);
    if (!match) {
      unmatched.push(run[i]!);
      i++;
      continue;
    }
    flushUnmatched();
    claims.push({ type: 'entity', kind: 'name', start: run[i]!.start, end: match.end, value: match.value });
    i = match.next;
  }
  flushUnmatched();
  return claims;
}

/**
 * Whether a capitalised German word can be part of a name of unknown words ("Robert Habeck"): not a
 * compound, not a typical noun or adjective ending, and not a word the English document writes in
 * lower case (English loan words such as "Container", "Community").
 */
const GERMAN_NOUN_ENDING = /(?:ung|ungen|heit|heiten|keit|keiten|schaft|schaften|tät|täten|ion|ionen|ismus|teams?|isch|ische[mnrs]?|lich|liche[mnrs]?|ive[mnrs]?)$/u;

function mayBeGermanName(word: string, names: NameContext): boolean {
  if (isStrong(word)) return true;
  return !word.includes('-') && !GERMAN_NOUN_ENDING.test(word) && !names.commonWords.has(word.toLowerCase());
}

/** The longest run of tokens from `from` that names something the English document names. */
function longestKnown(run: Token[], from: number, names: NameContext): { value: string; end: number; next: number } | undefined {
  for (let to = run.length - 1; to >= from; to--) {
    const head = run.slice(from, to).map((t) => t.text);
    const last = run[to]!;
    for (const variant of germanVariants(last)) {
      const key = nameValue([...head, variant.text]);
      let value = names.known.get(key);
      if (value === undefined && to === from && variant.text.length >= 4) value = names.skeletons.get(skeleton(variant.text));
      if (value === undefined) continue;
      let next = to + 1;
      while (next < run.length && LEGAL_SUFFIX.test(run[next]!.text)) next++;
      const end = next > to + 1 ? run[next - 1]!.end : last.start + variant.text.length;
      return { value, end, next };
    }
  }
  return undefined;
}

/** A German word as written, without its genitive -s, and the first part of a hyphenated compound. */
function germanVariants(token: Token): Array<{ text: string }> {
  const variants = [{ text: token.text }];
  const hyphen = token.text.indexOf('-');
  if (hyphen > 0) variants.push({ text: token.text.slice(0, hyphen) });
  for (const v of [...variants]) if (/\p{Ll}s$/u.test(v.text)) variants.push({ text: v.text.slice(0, -1) });
  return variants;
}

/**
 * Consonant skeleton, for cognates spelled differently: Parliament/Parlament → "prlmnt",
 * Commission/Kommission → "kmsn". Only used for single words of four letters or more.
 */
export function skeleton(word: string): string {
  const lower = word
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ß/g, 'ss')
    .replace(/ph/g, 'f')
    .replace(/th/g, 't')
    .replace(/c/g, 'k')
    .replace(/y/g, 'i')
    .replace(/[^a-z]/g, '');
  const head = lower.slice(0, 1);
  const rest = lower.slice(1).replace(/[aeiou]/g, '');
  return (head + rest).replace(/(.)\1+/g, '$1');
}

/**
 * What the English document tells about words: which it writes capitalised away from a sentence
 * start (names), and which in lower case (common words).
 */
export function englishWords(texts: string[]): { nameWords: Set<string>; commonWords: Set<string> } {
  const nameWords = new Set<string>();
  const commonWords = new Set<string>();
  for (const text of texts) {
    for (const token of tokenize(text)) {
      if (/^\p{Ll}+$/u.test(token.text)) {
        commonWords.add(token.text);
        continue;
      }
      if (token.initial || !isNameToken(token.text)) continue;
      const lower = stripPossessive(token.text).toLowerCase();
      if (!STOPWORDS.en.has(lower) && !NOT_NAMES.en.has(lower)) nameWords.add(lower);
    }
  }
  return { nameWords, commonWords };
}

export function nameContext(words: { nameWords: Set<string>; commonWords: Set<string> }, englishEntities: Claim[]): NameContext {
  const known = new Map<string, string>();
  const skeletons = new Map<string, string>();
  for (const claim of englishEntities) {
    if (claim.kind !== 'name') continue;
    known.set(claim.value, claim.value);
    if (!claim.value.includes(' ') && claim.value.length >= 4) {
      const key = skeleton(claim.value);
      if (key.length >= 3 && !skeletons.has(key)) skeletons.set(key, claim.value);
    }
  }
  return { ...words, known, skeletons };
}
