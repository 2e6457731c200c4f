import type { ClaimsDiffDocument, Finding } from '../../core/claims.js';
import { formatOneItemPerLine } from '../jsonLayout.js';
import { reasonOf } from './reasons.js';

/** The claims JSON (docs/format.md): each sentence and each finding on one line. */
export function formatClaimsJson(doc: ClaimsDiffDocument): string {
  const { sentences, findings, ...head } = doc;
  return formatOneItemPerLine(head, sentences, 'findings', findings.map(inWords));
}

/** A finding as the JSON gives it: its basis as `reason`, in words, where the basis stood. */
function inWords(finding: Finding): Record<string, unknown> {
  return Object.fromEntries(Object.entries(finding).map(([key, value]) => (key === 'basis' ? ['reason', reasonOf(finding)] : [key, value])));
}
