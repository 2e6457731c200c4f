import type { Lang } from '../core/types.js';
import { STOPWORDS } from '../words/stopwords.js';
import { SEPARABLE_PARTICLES, shares, type ClaimContexts } from './context.js';

export interface Span {
  start: number;
  end: number;
  text: string;
}

/**
 * The other sentence's capitalised words that stand where a name stands, for a name whose counterpart
 * the lexicon knows as a word ("Condor", a bird in English; "Ford", read as "fordern"; "Air France",
 * an air and a country): they open the sentence as the name does, or follow a preposition without an
 * article as it does, and the next word says the same on both sides — the predicate the name is the
 * subject or agent of ("Condor warned" / "Eurowings warnte", "Ford lehnte" / "BMW rejected").
 * None of their words translates a word of the name's sentence (`translated`: its keys), so they are
 * no translated phrase.
 * Only one such run may stand in the sentence; undefined otherwise.
 */
export function nameInSlot(name: { start: number; end: number }, lang: Lang, text: Record<Lang, string>, contexts: ClaimContexts, translated: ReadonlySet<number | string>): Span | undefined {
  const other: Lang = lang === 'en' ? 'de' : 'en';
  const slot = slotOf(text[lang], name.start, name.end, lang);
  const predicate = nextContentKeys(text[lang], name.end, lang, contexts);
  if (slot === undefined || predicate === undefined) return undefined;
  const found: Span[] = [];
  for (const m of text[other].matchAll(CAPITALISED_RUN)) {
    const run = { start: m.index, end: m.index + m[0].length, text: m[0] };
    const words = run.text.split(/\s+/u);
    if (STOPWORDS[other].has(words[0]!.toLowerCase()) || slotOf(text[other], run.start, run.end, other) !== slot) continue;
    const next = nextContentKeys(text[other], run.end, other, contexts);
    if (next === undefined || !shares(predicate, next)) continue;
    if (words.some((word) => shares(contexts.keysOf(word, other), translated))) continue;
    found.push(run);
  }
  return found.length === 1 ? found[0] : undefined;
}

/** Up to three capitalised words in a row ("Air France", "Mercedes-Benz"). */
const CAPITALISED_RUN = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{N}&'’-]*(?:\s+\p{Lu}[\p{L}\p{N}&'’-]*){0,2}(?![\p{L}\p{N}])/gu;

type Slot = 'opening' | 'afterPreposition';

/** Where a name stands in its sentence, when that is a place a name stands in; undefined elsewhere. */
export function slotOf(text: string, start: number, end: number, lang: Lang): Slot | undefined {
  if (/^[\s"„“‚‘(]*$/u.test(text.slice(0, start))) return subjectFollows(text, end, lang) ? 'opening' : undefined;
  return afterBareWord(text, start, lang) ? 'afterPreposition' : undefined;
}

/**
 * A sentence's subject is followed by its verb ("Ford lehnte", "BMW has"); an opening word followed
 * by an article or a pronoun is a conjunction, an adverb or an imperative ("Nachdem der Stau …",
 * "Once the jam …", "Melden Sie sich …").
 */
function subjectFollows(text: string, end: number, lang: Lang): boolean {
  const next = /^\s+(\p{L}+)/u.exec(text.slice(end));
  return next !== null && !NO_VERB[lang].has(next[1]!.toLowerCase());
}

const NO_VERB: Record<Lang, ReadonlySet<string>> = {
  en: new Set('the a an this that these those my your his her its our their i you he she it we they if when there'.split(' ')),
  de: new Set('der die das den dem des ein eine einen einem einer eines sie er es ich wir ihr man sich dass wenn diese dieser dieses diesen'.split(' ')),
};

/**
 * The keys of the first of the next three words that has any, in the same clause; a German verb
 * with the particle that closes its clause ("lehnte … ab" is "ablehnte", rejected, not "lehnte", leaned).
 */
function nextContentKeys(text: string, end: number, lang: Lang, contexts: ClaimContexts): ReadonlySet<number | string> | undefined {
  const clause = /^[^,.;:!?]*/u.exec(text.slice(end))![0];
  const words = clause.match(/\p{L}+/gu) ?? [];
  const particle = lang === 'de' && words.length > 1 && SEPARABLE_PARTICLES.has(words.at(-1)!) ? words.at(-1)! : '';
  for (const word of words.slice(0, 3)) {
    const keys = contexts.keysOf(word, lang);
    if (keys.size === 0) continue;
    if (!particle || /^\p{Lu}/u.test(word)) return keys;
    return new Set([...keys, ...contexts.keysOf(particle + word, lang)]);
  }
  return undefined;
}

/**
 * Whether the word before text[start] is a preposition or conjunction a proper name follows without
 * an article ("von Ikea", "commissioned by Ford"), where a common noun or a label takes one ("die
 * Dienste", "the Services panel").
 */
export function afterBareWord(text: string, start: number, lang: Lang): boolean {
  const before = /(?:^|[^\p{L}])(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, start - 20), start));
  return before !== null && BARE_BEFORE[lang].has(before[1]!.toLowerCase());
}

const BARE_BEFORE: Record<Lang, ReadonlySet<string>> = {
  de: new Set('von bei mit für durch gegen laut nach und oder sowie wie als zu an'.split(' ')),
  en: new Set('by from with for against than and or as at'.split(' ')),
};
