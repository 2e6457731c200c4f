import type { ClaimSide } from '../core/claims.js';
import type { AlignmentLink, Lang, Sentence } from '../core/types.js';
import { readerText } from '../segment/readerText.js';
import type { Claim } from './claim.js';
import type { ClaimContexts, ClaimPlace } from './context.js';
import type { ClaimLookup, LocatedClaim } from './lookup.js';
import type { WrittenNames } from './writtenNames.js';

/** What comparing the claims of one link needs to know about the whole diff: both documents' sentences and claims, and what is known of their words. */
export interface DiffContext {
  sentences: Record<Lang, Sentence[]>;
  claims: Record<Lang, Claim[][]>;
  lookup: Record<Lang, ClaimLookup>;
  /**
   * Whether the link is confident enough for weak evidence: a negation difference, or two bare
   * numbers or ordinals that differ (see `confidentLink` in index.ts).
   */
  confident: (link: AlignmentLink) => boolean;
  /**
   * Claim values already reported from outside an aligned pair (found elsewhere, or one side only in
   * an unaligned sentence): a name repeated in ten unaligned sentences is reported once, not ten
   * times. Claims in aligned sentences are always reported.
   */
  reportedOnce: Set<string>;
  /** What the words around a claim are about (see context.ts). */
  contexts: ClaimContexts;
  /** Where each document writes a name (see writtenNames.ts). */
  written: Record<Lang, WrittenNames>;
}

/** A claim as a finding shows it: its sentence, its text and where it stands. */
export type SideOf = (lang: Lang, item: LocatedClaim) => ClaimSide;

/** A claim in its sentence, with the other claims of that sentence: what context.ts reads the words around it from. */
export function place(lang: Lang, item: LocatedClaim, context: DiffContext): ClaimPlace {
  return { text: readerText(context.sentences[lang][item.sentence]!), start: item.claim.start, end: item.claim.end, claims: context.claims[lang][item.sentence] ?? [] };
}

/** The keys of every word of a sentence, once per sentence. */
export function sentenceWords(context: DiffContext, lang: Lang, sentence: number): ReadonlySet<number | string> {
  return context.contexts.ofSentence(`${lang}:${sentence}`, readerText(context.sentences[lang][sentence]!), lang);
}
