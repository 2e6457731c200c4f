import type { Finding } from '../core/claims.js';
import type { AlignmentDocument } from '../core/types.js';
import type { AlignmentWriter } from '../write/formats.js';

/** The claims diff, for the writer that marks it (the report); loaded only then, as it is heavy. */
export async function findingsFor(writer: AlignmentWriter, doc: AlignmentDocument): Promise<Finding[] | undefined> {
  if (!writer.needsFindings) return undefined;
  const { diffClaims } = await import('../claims/index.js');
  return diffClaims(doc);
}
