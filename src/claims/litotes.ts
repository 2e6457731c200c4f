import type { Finding } from '../core/claims.js';
import type { Lang } from '../core/types.js';
import { readerText } from '../segment/readerText.js';
import type { DiffContext, SideOf } from './diffContext.js';
import { shares } from './context.js';
import type { LocatedClaim } from './lookup.js';
import { negatesItself, prefixedBase } from './affixNegation.js';
import { CLOSE_PARTICLE, STRONG_CUE } from './negationCues.js';

interface Span {
  sentence: number;
  start: number;
  end: number;
}

/**
 * A litotes against the plain negation of its base: "the flat was not unsafe" / "die Wohnung sei nicht sicher". Each
 * side has a cue, but one side's every cue negates a word its prefix negates already, so that side affirms the base
 * ("safe"), while the other side's cue negates that very base, said without a prefix ("sicher"): a conflict. Only where
 * the other side's negated word renders the base, so that "not unreasonable" / "nicht abwegig" (another word, the same
 * litotes said otherwise) and "not uncommon" / "nicht unüblich" (a litotes on each side) stay agreements.
 * Undefined where there is no such pair.
 */
export function litotesAgainstNegatedBase(unit: Record<Lang, Span[]>, hard: Record<Lang, LocatedClaim[]>, cues: Record<Lang, LocatedClaim[]>, context: DiffContext, side: SideOf): Finding | undefined {
  for (const lang of ['en', 'de'] as const) {
    const other: Lang = lang === 'en' ? 'de' : 'en';
    const written = (l: Lang, item: LocatedClaim) => readerText(context.sentences[l][item.sentence]!).slice(item.claim.start, item.claim.end);
    // The soft words by where they start, so that each cue looks only at the word after it: a sentence of 200,000
    // cues stays linear.
    const softAt = new Map<string, LocatedClaim>();
    for (const word of cues[lang]) if (word.claim.soft) softAt.set(`${word.sentence}:${word.claim.start}`, word);
    const cancelled: LocatedClaim[] = [];
    for (const cue of hard[lang]) {
      const word = STRONG_CUE.test(written(lang, cue)) ? negatedAfter(lang, cue, softAt, context) : undefined;
      if (word === undefined || prefixedBase(lang, written(lang, word)) === undefined || modifiesWhatFollows(lang, word, context)) {
        cancelled.length = 0;
        break;
      }
      cancelled.push(word);
    }
    if (cancelled.length === 0) continue;
    const baseKeys = context.contexts.keysOf(cancelled.map((word) => prefixedBase(lang, written(lang, word))!).join(' '), lang);
    if (baseKeys.size === 0) continue;
    for (const cue of hard[other]) {
      if (!STRONG_CUE.test(written(other, cue)) || !unit[other].some((span) => span.sentence === cue.sentence)) continue;
      const next = NEXT_WORD.exec(readerText(context.sentences[other][cue.sentence]!).slice(cue.claim.end, cue.claim.end + 60))?.[1];
      if (next === undefined || negatesItself(other, next) || !shares(context.contexts.keysOf(next, other), baseKeys)) continue;
      const first = hard[lang][0]!;
      const litotes: LocatedClaim = { sentence: first.sentence, claim: { type: 'negation', kind: 'negation', start: first.claim.start, end: cancelled[0]!.claim.end, value: 'affirmative' } };
      const [en, de] = lang === 'en' ? [litotes, cue] : [cue, litotes];
      return { status: 'conflict', type: 'negation', en: side('en', en), de: side('de', de), basis: 'negation', conflict: 'negation' };
    }
  }
  return undefined;
}

/** The soft word of `softAt` a cue negates closely ("not unsafe", "nicht ganz unwichtig"), past at most two particles. */
function negatedAfter(lang: Lang, cue: LocatedClaim, softAt: ReadonlyMap<string, LocatedClaim>, context: DiffContext): LocatedClaim | undefined {
  const text = readerText(context.sentences[lang][cue.sentence]!);
  let at = cue.claim.end;
  for (let particles = 0; particles <= 2; particles++) {
    const space = /^\s+/u.exec(text.slice(at, at + 8))?.[0];
    if (space === undefined) return undefined;
    // Only spaces and particles lie between the cue and `at`, as `negatesClosely` asks.
    const word = softAt.get(`${cue.sentence}:${at + space.length}`);
    if (word) return word;
    const particle = CLOSE_PARTICLE.exec(text.slice(at + space.length, at + space.length + 12))?.[0];
    if (particle === undefined) return undefined;
    at += space.length + particle.length;
  }
  return undefined;
}

/**
 * Whether a prefixed word modifies what follows it rather than being what the cue negates: an English adverb ("not
 * unnecessarily"), a German one before its object ("um nicht unnötig Tinte zu verbrauchen" = "so as not to waste ink"),
 * where the cue negates the verb and no litotes is said.
 */
function modifiesWhatFollows(lang: Lang, word: LocatedClaim, context: DiffContext): boolean {
  const text = readerText(context.sentences[lang][word.sentence]!);
  if (lang === 'en') return /ly$/u.test(text.slice(word.claim.start, word.claim.end));
  return /^\s+\p{Lu}/u.test(text.slice(word.claim.end, word.claim.end + 3));
}

/** The word a cue negates, past at most two particles ("nicht ganz sicher", "not entirely safe"). */
const NEXT_WORD = /^(?:\s+(?:mehr|zu|ganz|so|sehr|be|been|being|to|very|entirely|fully|quite)){0,2}\s+(\p{L}[\p{L}-]*)/u;
