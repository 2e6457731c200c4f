import type { Finding } from '../core/claims.js';
import { readerText, type AlignmentLink, type Lang } from '../core/types.js';
import { REASONS, place, sentenceWords, type DiffContext, type SideOf } from './compare.js';
import { shares } from './context.js';
import type { LocatedClaim } from './lookup.js';

/**
 * Negation is compared once per link, by whether each side has a cue: two cues agree without a list
 * of idioms ("no longer" = "nicht mehr"). (Told apart clause by clause, cues paired by the words they
 * negate, they gave dozens of false conflicts a book on real translations: "neither … nor" against
 * "weder … noch", lexicon gaps in what is negated.) A side without a cue that
 * negates inside a word ("unusable" = "nicht verwendbar"; soft claims, see negativeWords.ts) agrees
 * too. Otherwise one side negates, and it is a conflict when what it negates stands in the other side,
 * affirmed: one of the words it negates has a counterpart there, or the other side says the opposite
 * of the idiom ("never scored" / "hat bereits getroffen", "no longer available" / "weiterhin
 * erhältlich", "without the support of the opposition" / "mit den Stimmen der Opposition"). A
 * translator who says the same in other words ("should be stripped" / "nicht unnötig aufgebläht
 * sein") leaves a one-sided negation, not a conflict.
 */
export function compareNegation(link: AlignmentLink, enCues: LocatedClaim[], deCues: LocatedClaim[], context: DiffContext, side: SideOf): Finding[] {
  if (link.en.length === 0 || link.de.length === 0 || !context.confident(link)) return [];
  const hard = { en: enCues.filter((item) => !item.claim.soft), de: deCues.filter((item) => !item.claim.soft) };
  if (hard.en.length === 0 && hard.de.length === 0) return [];
  if (hard.en.length > 0 && hard.de.length > 0) return [{ status: 'match', type: 'negation', en: side('en', hard.en[0]!), de: side('de', hard.de[0]!), reason: REASONS.aligned }];
  const lang: Lang = hard.en.length > 0 ? 'en' : 'de';
  const other: Lang = lang === 'en' ? 'de' : 'en';
  const inWord = (lang === 'en' ? deCues : enCues)[0];
  if (inWord) {
    const [en, de] = lang === 'en' ? [hard.en[0]!, inWord] : [inWord, hard.de[0]!];
    return [{ status: 'match', type: 'negation', en: side('en', en), de: side('de', de), reason: REASONS.negatedWord }];
  }
  for (const cue of hard[lang]) {
    // The opposite's words are what the other side says instead ("bereits"); an affirmed word is the
    // other side's whole sentence.
    const opposite = opposedThere(lang, cue, link[other], context);
    if (opposite || affirmedThere(lang, cue, link[other], context)) return [conflict(lang, cue, link, context, side, opposite)];
  }
  const cue = side(lang, hard[lang][0]!);
  return [{ status: lang === 'en' ? 'en-only' : 'de-only', type: 'negation', en: lang === 'en' ? cue : null, de: lang === 'de' ? cue : null, reason: REASONS.negationUnanchored }];
}

function conflict(lang: Lang, cue: LocatedClaim, link: AlignmentLink, context: DiffContext, side: SideOf, opposite?: { sentence: number; start: number; end: number }): Finding {
  const other: Lang = lang === 'en' ? 'de' : 'en';
  const sentence = opposite?.sentence ?? link[other][0]!;
  const text = readerText(context.sentences[other][sentence]!);
  const affirmative: LocatedClaim = { sentence, claim: { type: 'negation', kind: 'negation', start: opposite?.start ?? 0, end: opposite?.end ?? text.length, value: 'affirmative' } };
  const [en, de] = lang === 'en' ? [cue, affirmative] : [affirmative, cue];
  return { status: 'conflict', type: 'negation', en: side('en', en), de: side('de', de), reason: REASONS.negation, conflict: 'negation' };
}

/** Whether a word the cue negates has a counterpart in the other side's sentences. */
function affirmedThere(lang: Lang, cue: LocatedClaim, sentences: number[], context: DiffContext): boolean {
  const negated = negatedWords(lang, cue, context);
  const other: Lang = lang === 'en' ? 'de' : 'en';
  return sentences.some((sentence) => shares(negated, sentenceWords(context, other, sentence)));
}

/** The words a cue negates (see ClaimContexts.negatedWord). */
function negatedWords(lang: Lang, cue: LocatedClaim, context: DiffContext): ReadonlySet<number | string> {
  return context.contexts.negatedWord(place(lang, cue, context), lang);
}

/**
 * Idioms of negation and the words that say their opposite in the other language: "never" / "not yet"
 * / "has yet to" against "bereits", "schon"; "no longer" / "not … any more" against "noch",
 * "weiterhin", "nach wie vor"; "nie" / "noch nicht" against "already", "before"; "nicht mehr" against
 * "still". `idiom` is tested on the cue and the rest of its clause.
 */
const OPPOSITES: Record<Lang, Array<{ idiom: RegExp; opposite: RegExp }>> = {
  en: [
    { idiom: /^(?:never\b|not\s+yet\b|yet\b|not\s+(?:\S+\s+){0,3}yet\b)/i, opposite: /(?<![\p{L}])(?:bereits|schon)(?![\p{L}])/iu },
    { idiom: /^(?:no\s+longer\b|not\s+(?:\S+\s+){0,4}(?:any\s*more|any\s+longer)\b)/i, opposite: /(?<![\p{L}])(?:noch|weiterhin|nach\s+wie\s+vor|immer\s+noch)(?![\p{L}])/iu },
  ],
  de: [
    { idiom: /^(?:nie(?:mals)?\b|noch\s+nicht\b|noch\s+kein)/iu, opposite: /(?<![\p{L}])(?:already|before|previously)(?![\p{L}])/iu },
    { idiom: /^(?:nicht\s+mehr\b|kein\p{L}*\s+(?:\S+\s+){0,3}mehr\b)/iu, opposite: /(?<![\p{L}])(?:still|continues?|remains?)(?![\p{L}])/iu },
  ],
};

/** "without" / "ohne" and the preposition of the opposite, "mit" / "with". */
const WITHOUT: Record<Lang, { cue: RegExp; opposite: RegExp }> = {
  en: { cue: /^without$/i, opposite: /(?<![\p{L}])mit(?![\p{L}])/giu },
  de: { cue: /^ohne$/i, opposite: /(?<![\p{L}])with(?![\p{L}])/giu },
};

/**
 * Where the other side says the opposite of the cue's idiom, or has the opposite preposition of a
 * "without" before words that correspond to the ones after it; undefined where it does neither.
 */
function opposedThere(lang: Lang, cue: LocatedClaim, sentences: number[], context: DiffContext): { sentence: number; start: number; end: number } | undefined {
  const other: Lang = lang === 'en' ? 'de' : 'en';
  const text = readerText(context.sentences[lang][cue.sentence]!);
  // "noch nicht", "noch nie": the German idiom starts before its cue.
  const from = lang === 'de' && /noch\s+$/iu.test(text.slice(Math.max(0, cue.claim.start - 6), cue.claim.start)) ? text.lastIndexOf('noch', cue.claim.start) : cue.claim.start;
  const clause = /^[^,.;:!?]*/u.exec(text.slice(from))![0];
  const theirs = sentences.map((sentence) => ({ sentence, text: readerText(context.sentences[other][sentence]!) }));
  for (const { idiom, opposite } of OPPOSITES[lang]) {
    if (!idiom.test(clause)) continue;
    for (const { sentence, text: t } of theirs) {
      const m = opposite.exec(t);
      if (m) return { sentence, start: m.index, end: m.index + m[0].length };
    }
  }
  const without = WITHOUT[lang];
  if (!without.cue.test(text.slice(cue.claim.start, cue.claim.end))) return undefined;
  const following = context.contexts.keysOf(clause.slice(cue.claim.end - from).split(/\s+/).slice(0, 6).join(' '), lang);
  for (const { sentence, text: t } of theirs) {
    for (const m of t.matchAll(without.opposite)) {
      if (shares(following, context.contexts.keysOf(t.slice(m.index + m[0].length).split(/\s+/).slice(0, 6).join(' '), other))) return { sentence, start: m.index, end: m.index + m[0].length };
    }
  }
  return undefined;
}
