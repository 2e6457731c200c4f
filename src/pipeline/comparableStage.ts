import { alignPlannedComparable, withoutClaims } from '../align/comparableLinks.js';
import type { AlignPlan } from '../align/index.js';
import type { DocumentFeatures } from '../analyse/documentFeatures.js';
import { extractDocumentClaims } from '../claims/extract/document.js';
import type { AlignmentLink, Lang, Sentence } from '../core/types.js';
import type { ComparableModel } from '../score/comparableModel.js';

/**
 * The pipeline's comparable mode: the claims of every sentence, then the links. Apart from
 * startAlignment.ts so that its code (comparable scoring, the claims extractors) is loaded only by a
 * run that aligns comparable texts. `otherPair`: a language pair other than English–German.
 */
export function comparableStage(plan: AlignPlan, sentences: Record<Lang, Sentence[]>, features: Record<Lang, DocumentFeatures>, otherPair: boolean, model?: ComparableModel): AlignmentLink[] {
  // Claims read English and German; other pairs align on words, names and numbers as written.
  const inputs = otherPair ? withoutClaims(sentences.en.length, sentences.de.length) : () => ({ claims: extractDocumentClaims(sentences, { negation: false, names: 'gazetteer' }) });
  return alignPlannedComparable(plan, features.en, features.de, inputs, model);
}

export type ComparableStage = typeof comparableStage;
