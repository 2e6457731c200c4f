import type { ClaimsDiffDocument } from '../../core/claims.js';
import { formatOneItemPerLine } from '../jsonLayout.js';

/** The claims JSON (docs/format.md): each sentence and each finding on one line. */
export function formatClaimsJson(doc: ClaimsDiffDocument): string {
  const { sentences, findings, ...head } = doc;
  return formatOneItemPerLine(head, sentences, 'findings', findings);
}
