import type { AlignmentDocument } from '../core/types.js';
import { formatOneItemPerLine } from './jsonLayout.js';

/** The alignment JSON: each sentence and each alignment on one line (see `formatOneItemPerLine`). */
export function formatAlignmentJson(doc: AlignmentDocument): string {
  const { sentences, alignments, ...head } = doc;
  return formatOneItemPerLine(head, sentences, 'alignments', alignments);
}
