import type { SentenceFeatures } from '../analyse/features.js';
import type { AlignMode, AlignmentLink, ModeChoice } from '../core/types.js';
import type { ComparableModel } from '../score/comparableModel.js';
import { PairMatcher } from '../score/match.js';
import { candidateOptions, findCandidates } from './candidates.js';
import { alignComparable, type ComparableInputs } from './comparable.js';
import { completeLinks } from './links.js';
import { chooseMode, WITH_LEXICON, WITHOUT_LEXICON } from './mode.js';
import type { Paragraphs } from './holes.js';
import { alignParallel } from './parallel.js';

export interface AlignOptions {
  /** Whether the features were built with a lexicon. */
  lexicon: boolean;
  /** Paragraph starts of both documents, when both mark paragraphs (analyse/paragraphs.ts). */
  paragraphs?: Paragraphs;
  /** What comparable mode reads beyond the features (the claims), asked for only then. */
  comparableInputs?: () => ComparableInputs;
  /** Comparable mode's weights and thresholds, when not the shipped ones. */
  comparableModel?: ComparableModel;
}

export interface AlignOutcome {
  mode: AlignMode;
  /** Why `auto` chose the mode; undefined when the caller chose it. */
  modeReason: string | undefined;
  links: AlignmentLink[];
}

/**
 * Aligns analysed sentences (keys 0 … keyCount − 1); every sentence ends up in exactly one link.
 * Parallel links come in document order (the DP path); comparable ones by English index, 0-1 last.
 */
export function alignSentences(en: SentenceFeatures[], de: SentenceFeatures[], keyCount: number, choice: ModeChoice, options: AlignOptions = { lexicon: true }): AlignOutcome {
  const matcher = new PairMatcher(keyCount);
  const candidates = findCandidates(en, de, matcher, keyCount, candidateOptions(de.length));
  const evidence = options.lexicon ? WITH_LEXICON : WITHOUT_LEXICON;
  const decision = choice === 'auto' ? chooseMode(candidates, Int32Array.from(en, (f) => f.length), Int32Array.from(de, (f) => f.length), evidence) : { mode: choice, reason: undefined };
  const links =
    decision.mode === 'parallel'
      ? alignParallel(en, de, candidates, matcher, options.paragraphs)
      : completeLinks(alignComparable(en, de, candidates, matcher, keyCount, { inputs: options.comparableInputs ?? withoutClaims(en.length, de.length), model: options.comparableModel }), en.length, de.length);
  return { mode: decision.mode, modeReason: decision.reason, links };
}

/** Other language pairs: comparable mode reads no claims (they are English and German). */
function withoutClaims(enCount: number, deCount: number): () => ComparableInputs {
  return () => ({ claims: { en: Array.from({ length: enCount }, () => []), de: Array.from({ length: deCount }, () => []) } });
}
