import type { DocumentFeatures } from '../analyse/documentFeatures.js';
import type { AlignMode, AlignmentLink, ModeChoice } from '../core/types.js';
import { PairMatcher } from '../score/match.js';
import { candidateOptions, findCandidates, type Candidate } from './candidates.js';
import { chooseMode, WITH_LEXICON, WITHOUT_LEXICON } from './mode.js';
import type { Layout } from './layout.js';
import { alignParallel } from './parallel.js';

/** What decides the mode: the features were built with a lexicon or without. */
export interface PlanOptions {
  /** Whether the features were built with a lexicon. */
  lexicon: boolean;
}

/**
 * The first half of aligning analysed sentences (keys 0 … keyCount − 1): the candidates of every English
 * sentence and the mode they are aligned in. The second half is `alignPlannedParallel` or comparable
 * mode's (align/comparableLinks.ts), which a caller loads only when the plan asks for it.
 */
export interface AlignPlan {
  mode: AlignMode;
  /** Why `auto` chose the mode; undefined when the caller chose it. */
  modeReason: string | undefined;
  keyCount: number;
  matcher: PairMatcher;
  candidates: Candidate[];
}

/** Finds the candidates of analysed sentences and, for `auto`, measures which mode fits. */
export function planAlignment(en: DocumentFeatures, de: DocumentFeatures, keyCount: number, choice: ModeChoice, options: PlanOptions = { lexicon: true }): AlignPlan {
  const matcher = new PairMatcher(keyCount);
  const candidates = findCandidates(en, de, matcher, keyCount, candidateOptions(de.length));
  const evidence = options.lexicon ? WITH_LEXICON : WITHOUT_LEXICON;
  const decision = choice === 'auto' ? chooseMode(candidates, en.lengths, de.lengths, evidence) : { mode: choice, reason: undefined };
  return { mode: decision.mode, modeReason: decision.reason, keyCount, matcher, candidates };
}

/**
 * Aligns the planned sentences as a translation; every sentence ends up in exactly one link, in
 * document order (the DP path). `layout`: what the documents' paragraphs and lines say (layout.ts).
 */
export function alignPlannedParallel(plan: AlignPlan, en: DocumentFeatures, de: DocumentFeatures, layout: Layout = {}): AlignmentLink[] {
  return alignParallel(en, de, plan.candidates, plan.matcher, layout);
}
