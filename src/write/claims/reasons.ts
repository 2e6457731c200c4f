import type { Finding, FindingBasis } from '../../core/claims.js';

/** Why a finding's sides were compared, in the words every report and the claims JSON (`reason`) use. */
const REASON_TEXT: Record<FindingBasis, string> = {
  aligned: 'aligned sentences',
  converted: 'aligned sentences; equal after unit conversion',
  partial: 'aligned sentences; one side is less specific',
  writtenAlike: 'aligned sentences; written alike',
  compounded: 'aligned sentences; part of a compound word',
  translated: 'aligned sentences; its words translated',
  implied: 'aligned sentences; implied by a word of the other side ("nationwide", "between")',
  elsewhere: 'found in another sentence of the other document',
  missingInLink: 'not in the aligned sentence, nor anywhere in the other document',
  unaligned: 'sentence not aligned, and not found anywhere in the other document',
  negation: 'aligned sentences; only one side is negated',
  negationUnanchored: 'aligned sentences; only one side is negated, and the words it negates have no counterpart in the other',
  negatedWord: 'aligned sentences; one side negates within a word',
  stance: 'aligned sentences; said by a verb (approve, refuse, stop, go on)',
  writtenElsewhere: 'written alike in another sentence of the other document',
};

/** The finding's reason in words, or undefined when it has none. */
export function reasonOf(finding: Pick<Finding, 'basis'>): string | undefined {
  return finding.basis === undefined ? undefined : REASON_TEXT[finding.basis];
}
