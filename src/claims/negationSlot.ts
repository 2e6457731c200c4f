import type { Lang } from '../core/types.js';
import { readerText } from '../segment/readerText.js';
import { place, type DiffContext } from './diffContext.js';
import { saysTheOpposite, withoutOpposedSenses } from './antonyms.js';
import { SEPARABLE_PARTICLES, shares } from './context.js';
import type { LocatedClaim } from './lookup.js';

/** A stretch of one sentence: a whole sentence or one of its semicolon parts. */
export interface Span {
  sentence: number;
  start: number;
  end: number;
}

/**
 * The word the other side says in the negated word's place, affirmed: "The bridge isn't open to traffic" /
 * "Die Brücke ist für den Verkehr freigegeben", "found no evidence of sabotage" / "fanden Hinweise auf
 * Sabotage". Where the lexicon has no pair for the negated word and the word that stands for it
 * ("open" / "freigegeben"), the place shows it: every other content word of the negating part has its
 * counterpart in the other, which has exactly one word left over. Only then: in a longer or freer
 * rendering a word left over on each side is most often the translator's own wording, and the negation
 * moved into it ("does not like" / "missfällt", "should be stripped" / "nicht unnötig aufgebläht").
 * An antonym of the negated word in its place says the negation in one word ("not open" / "geschlossen"),
 * so is no conflict (WordNet's antonyms, see antonyms.ts). Undefined where the place shows nothing.
 */
export function affirmedInItsPlace(lang: Lang, cue: LocatedClaim, own: Span, theirs: Span, context: DiffContext): Span | undefined {
  const other: Lang = lang === 'en' ? 'de' : 'en';
  const negated = context.contexts.negatedWord(place(lang, cue, context), lang);
  if (negated.size === 0) return undefined;
  const ownWords = contentWords(lang, own, context).filter((word) => word.end <= cue.claim.start || word.start >= cue.claim.end);
  const theirWords = contentWords(other, theirs, context);
  if (ownWords.length <= MIN_ANCHORS) return undefined;
  const theirKeys = union(theirWords);
  const leftOver = ownWords.filter((word) => !shares(word.keys, theirKeys));
  if (leftOver.length !== 1 || !shares(leftOver[0]!.keys, negated)) return undefined;
  const ownKeys = union(ownWords);
  const standing = theirWords.filter((word) => !shares(word.keys, ownKeys));
  if (standing.length !== 1) return undefined;
  const word = standing[0]!;
  if (other === 'de' && readApart(readerText(context.sentences.de[theirs.sentence]!).slice(word.end, theirs.end))) return undefined;
  if (saysTheOpposite(context.contexts.englishStems(leftOver[0]!.text, lang), context.contexts.englishStems(word.text, other))) return undefined;
  return { sentence: theirs.sentence, start: word.start, end: word.end };
}

/**
 * The German word that says the English negated word's opposite ("is not open" / "ist geschlossen", "is not
 * safe" / "ist gefährlich"): the negation said in one word, so the two agree. Undefined where none does.
 */
export function antonymThere(lang: Lang, cue: LocatedClaim, own: Span, theirs: Span, context: DiffContext): Span | undefined {
  // A German negated word's English senses are the lexicon's, which pairs a word with the English of its
  // negation too ("nicht verfassungsgemäß" :: "unconstitutional" leaves "verfassungsgemäß" with that sense
  // only): only an English negated word is looked up.
  if (lang !== 'en') return undefined;
  const other: Lang = 'de';
  const negated = context.contexts.negatedWordWritten(place(lang, cue, context), lang);
  if (negated === undefined) return undefined;
  const stems = context.contexts.englishStems(negated, lang);
  // The words of the negating side besides the negated one: a word they render is theirs, not the negated word's opposite.
  const ownKeys = union(contentWords(lang, own, context).filter((word) => word.text !== negated));
  const text = readerText(context.sentences[other][theirs.sentence]!);
  const word = contentWords(other, theirs, context).find((candidate) => {
    if (shares(candidate.keys, ownKeys) || MODAL.test(candidate.text) || readApart(text.slice(candidate.end, theirs.end))) return false;
    const candidateStems = context.contexts.englishStems(candidate.text, other);
    // A word with a sense of the negated word's own is its translation, whatever else it means.
    return !candidateStems.some((stem) => stems.includes(stem)) && saysTheOpposite(stems, withoutOpposedSenses(candidateStems));
  });
  return word && { sentence: theirs.sentence, start: word.start, end: word.end };
}

/** German modal and auxiliary verbs, which say a mood, not a thing to oppose ("wolle" is no "deliberate" against "hurry"). */
const MODAL =
  /^(?:will|willst|wolle|wollen|wollt|wollte|wollten|soll|sollst|solle|sollen|sollt|sollte|sollten|muss|musst|müsse|müssen|müsst|musste|mussten|müsste|müssten|kann|kannst|könne|können|könnt|konnte|konnten|könnte|könnten|darf|darfst|dürfe|dürfen|dürft|durfte|durften|dürfte|dürften|mag|magst|möge|mögen|mögt|mochte|mochten|möchte|möchten|werde|wirst|wird|werden|werdet|wurde|wurden|würde|würden|habe|hast|hat|haben|habt|hatte|hatten|hätte|hätten|sei|seien|ist|sind|seid|war|waren|wäre|wären|lasse|lässt|lassen|lasst|ließ|ließen)$/iu;

/**
 * Whether the German clause after a verb ends in its separable particle ("ging in der Krise unter"): the verb
 * is its particle's, not the word the lexicon reads ("ging" = "went").
 */
function readApart(after: string): boolean {
  const clause = /^[^,;:.!?]*/u.exec(after)![0];
  const last = /(\p{Ll}+)\s*$/u.exec(clause)?.[1];
  return last !== undefined && (SEPARABLE_PARTICLES.has(last) || PARTICLES_LIKE_PREPOSITIONS.has(last));
}

/** Prepositions that are also particles of separable verbs ("untergehen", "umfallen", "entgegennehmen"). */
const PARTICLES_LIKE_PREPOSITIONS: ReadonlySet<string> = new Set(['unter', 'über', 'um', 'durch', 'entgegen', 'gegenüber', 'voran', 'vorbei', 'heraus', 'hinaus', 'herein', 'hervor']);

/** Content words the other side must render besides the negated one: fewer, and any two sentences fit. */
const MIN_ANCHORS = 2;

export interface PlacedWord {
  text: string;
  start: number;
  end: number;
  keys: ReadonlySet<number | string>;
}

/** A word as the negation rules read it: letters first, then letters, digits, apostrophes, hyphens. */
export const WORD = /\p{L}[\p{L}\p{N}'’-]*/gu;

/** The words of a span that have keys (function words have none), with where they stand in the sentence. */
export function contentWords(lang: Lang, span: Span, context: DiffContext): PlacedWord[] {
  const text = readerText(context.sentences[lang][span.sentence]!).slice(span.start, span.end);
  const words: PlacedWord[] = [];
  for (const m of text.matchAll(WORD)) {
    const keys = context.contexts.keysOf(m[0], lang);
    if (keys.size > 0) words.push({ text: m[0], start: span.start + m.index, end: span.start + m.index + m[0].length, keys });
  }
  return words;
}

export function union(words: PlacedWord[]): Set<number | string> {
  const keys = new Set<number | string>();
  for (const word of words) for (const key of word.keys) keys.add(key);
  return keys;
}
