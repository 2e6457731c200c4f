import type { DocumentFeatures } from '../analyse/documentFeatures.js';
import type { AlignmentLink } from '../core/types.js';
import type { ComparableModel } from '../score/comparableModel.js';
import { alignComparable, type ComparableInputs } from './comparable.js';
import type { AlignPlan } from './index.js';
import { completeLinks } from './links.js';

/**
 * Aligns the planned sentences as comparable texts; every sentence ends up in exactly one link, by
 * English index, 0-1 last. Apart from align/index.ts so that a parallel alignment never loads comparable
 * mode's code. `inputs`: the claims it reads beyond the features (none for other language pairs, whose
 * claims it cannot read: `withoutClaims`).
 */
export function alignPlannedComparable(plan: AlignPlan, en: DocumentFeatures, de: DocumentFeatures, inputs: () => ComparableInputs, model?: ComparableModel): AlignmentLink[] {
  return completeLinks(alignComparable(en, de, plan.candidates, plan.matcher, plan.keyCount, { inputs, model }), en.length, de.length);
}

/** Other language pairs: comparable mode reads no claims (they are English and German). */
export function withoutClaims(enCount: number, deCount: number): () => ComparableInputs {
  return () => ({ claims: { en: Array.from({ length: enCount }, () => []), de: Array.from({ length: deCount }, () => []) } });
}
