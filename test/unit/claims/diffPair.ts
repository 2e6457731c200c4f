// @ts-expect-error — plain JavaScript module shared with bench/claims/run.mjs
import { alignmentFor } from '../../../bench/claims/evaluate.mjs';
import type { Finding } from '../../../src/core/claims.js';
import { diffClaims } from '../../../src/claims/index.js';

/** A sentence pair of an evaluation set or a generated corpus. */
export interface Pair {
  id: string;
  expected: string;
  kind: string;
  en: string;
  de: string;
}

/** The findings of one English and one German sentence, diffed as a one-link parallel alignment. */
export function diffPair(en: string, de: string, id = 'pair'): Finding[] {
  return diffClaims(alignmentFor({ id, en, de })) as Finding[];
}

/** A finding in one line: "conflict date Tuesday|Mittwoch". */
export function briefly(finding: Finding): string {
  return `${finding.status} ${finding.type} ${finding.en?.text ?? '—'}|${finding.de?.text ?? '—'}`;
}

/** Every finding of a sentence pair, each in one line (see briefly). */
export function pairFindings(en: string, de: string): string[] {
  return diffPair(en, de).map(briefly);
}

/** The findings of a sentence pair that are not matches: what a reader is shown as a difference. */
export function flaggedFindings(en: string, de: string): string[] {
  return pairFindings(en, de).filter((finding) => !finding.startsWith('match'));
}
