import type { DocumentInfo, Lang, Sentence } from './types.js';

/**
 * The claims diff contract, shared by `satzpaar diff` (which produces it) and the HTML
 * report (which shows it). Documented in docs/format.md.
 */
export type FindingStatus = 'match' | 'conflict' | 'en-only' | 'de-only';

export type ClaimType =
  | 'number'
  | 'amount'
  | 'percentage'
  | 'date'
  | 'time'
  | 'ordinal'
  | 'quantity'
  | 'range'
  | 'entity'
  | 'negation';

/** Where a claim stands in one document. `start`/`end` are offsets into the sentence's `readerText` (its `clean` text in clean mode, else `text`). */
export interface ClaimSide {
  sentence: number;
  /** The surface form, exactly `readerText(sentences[lang][sentence]).slice(start, end)`. */
  text: string;
  start: number;
  end: number;
  /** The language-neutral value the comparison used, e.g. "7500000000 USD", "2021-04-29". */
  value: string;
}

export interface Finding {
  status: FindingStatus;
  type: ClaimType;
  en: ClaimSide | null;
  de: ClaimSide | null;
  /** Why the two sides were compared; the writers put it in words (write/claims/reasons.ts). */
  basis?: FindingBasis;
  /**
   * What kind of conflict (conflicts only): two values of one kind that differ, a statement one side
   * negates and the other asserts, or another name in a name's place.
   */
  conflict?: ConflictKind;
  /**
   * Conflicts only: what both conflicting claims are about, a word of each side's context that
   * corresponds ("visitors" / "Besucher"); absent when no single word does.
   */
  about?: { en: string; de: string };
}

/**
 * Why a finding's sides were compared or left alone: in aligned sentences (as written, converted,
 * less specific on one side, written alike, in a compound, translated word by word, implied by a
 * word of the other side), found in
 * another sentence, missing from the link or the document, or which negation rule decided.
 */
export type FindingBasis =
  | 'aligned'
  | 'converted'
  | 'partial'
  | 'writtenAlike'
  | 'compounded'
  | 'translated'
  | 'implied'
  | 'elsewhere'
  | 'missingInLink'
  | 'unaligned'
  | 'negation'
  | 'negationUnanchored'
  | 'negatedWord'
  | 'stance'
  | 'writtenElsewhere';

export type ConflictKind = 'different-value' | 'negation' | 'entity-substituted';

export const CLAIMS_FORMAT = 'satzpaar-claims';
export const CLAIMS_FORMAT_VERSION = 1;

export interface ClaimsDiffDocument {
  format: typeof CLAIMS_FORMAT;
  version: typeof CLAIMS_FORMAT_VERSION;
  documents: Record<Lang, DocumentInfo>;
  sentences: Record<Lang, Sentence[]>;
  findings: Finding[];
}
