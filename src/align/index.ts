import type { SentenceFeatures } from '../analyse/features.js';
import type { AlignMode, AlignmentLink, ModeChoice } from '../core/types.js';
import type { ComparableModel } from '../score/comparableModel.js';
import { PairMatcher } from '../score/match.js';
import { candidateOptions, findCandidates, type Candidate } from './candidates.js';
import { alignComparable, type ComparableInputs } from './comparable.js';
import { completeLinks } from './links.js';
import { chooseMode, WITH_LEXICON, WITHOUT_LEXICON } from './mode.js';
import type { Paragraphs } from './holes.js';
import { alignParallel } from './parallel.js';

/** What decides the mode: the features were built with a lexicon or without. */
export interface PlanOptions {
  /** Whether the features were built with a lexicon. */
  lexicon: boolean;
}

export interface AlignOptions {
  /** Paragraph starts of both documents, when both mark paragraphs (analyse/paragraphs.ts). */
  paragraphs?: Paragraphs;
  /** What comparable mode reads beyond the features (the claims), asked for only then. */
  comparableInputs?: () => ComparableInputs;
  /** Comparable mode's weights and thresholds, when not the shipped ones. */
  comparableModel?: ComparableModel;
}

/**
 * The first half of aligning: the candidates of every English sentence and the mode they are aligned in.
 * Apart from the second half (`alignPlanned`) so that a caller can load what that mode alone needs.
 */
export interface AlignPlan {
  mode: AlignMode;
  /** Why `auto` chose the mode; undefined when the caller chose it. */
  modeReason: string | undefined;
  matcher: PairMatcher;
  candidates: Candidate[];
}

export interface AlignOutcome {
  mode: AlignMode;
  /** Why `auto` chose the mode; undefined when the caller chose it. */
  modeReason: string | undefined;
  links: AlignmentLink[];
}

/** Finds the candidates of analysed sentences (keys 0 … keyCount − 1) and, for `auto`, measures which mode fits. */
export function planAlignment(en: SentenceFeatures[], de: SentenceFeatures[], keyCount: number, choice: ModeChoice, options: PlanOptions = { lexicon: true }): AlignPlan {
  const matcher = new PairMatcher(keyCount);
  const candidates = findCandidates(en, de, matcher, keyCount, candidateOptions(de.length));
  const evidence = options.lexicon ? WITH_LEXICON : WITHOUT_LEXICON;
  const decision = choice === 'auto' ? chooseMode(candidates, Int32Array.from(en, (f) => f.length), Int32Array.from(de, (f) => f.length), evidence) : { mode: choice, reason: undefined };
  return { mode: decision.mode, modeReason: decision.reason, matcher, candidates };
}

/**
 * Aligns the planned sentences in the plan's mode; every sentence ends up in exactly one link.
 * Parallel links come in document order (the DP path); comparable ones by English index, 0-1 last.
 */
export function alignPlanned(plan: AlignPlan, en: SentenceFeatures[], de: SentenceFeatures[], keyCount: number, options: AlignOptions = {}): AlignOutcome {
  const { matcher, candidates } = plan;
  const links =
    plan.mode === 'parallel'
      ? alignParallel(en, de, candidates, matcher, options.paragraphs)
      : completeLinks(alignComparable(en, de, candidates, matcher, keyCount, { inputs: options.comparableInputs ?? withoutClaims(en.length, de.length), model: options.comparableModel }), en.length, de.length);
  return { mode: plan.mode, modeReason: plan.modeReason, links };
}

/** Other language pairs: comparable mode reads no claims (they are English and German). */
function withoutClaims(enCount: number, deCount: number): () => ComparableInputs {
  return () => ({ claims: { en: Array.from({ length: enCount }, () => []), de: Array.from({ length: deCount }, () => []) } });
}
