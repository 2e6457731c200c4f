import type { AlignmentDocument } from '../core/types.js';
import { selectUnits, type UnitOptions } from './units.js';

/**
 * Tab-separated bitext, one link a line, no header line (what corpus tools expect):
 * `en_text  de_text  score  en_indices  de_indices`. The texts come first so `cut -f1,2` is a
 * plain bitext; indices are comma-separated 0-based sentence numbers. Texts hold no tabs or
 * line breaks: `cleanSegmentText` turns them into spaces.
 */
export function formatTsv(doc: AlignmentDocument, options: UnitOptions = {}): string {
  return selectUnits(doc, { ...options, bilingual: true })
    .units
    .map((u) => [u.en, u.de, String(u.link.score), u.link.en.join(','), u.link.de.join(',')].join('\t') + '\n')
    .join('');
}
