import type { AlignmentDocument, Lang } from '../core/types.js';
import { selectUnits, type UnitOptions } from './units.js';

/**
 * Moses-style line-aligned plain text: line N of the English file translates line N of the German
 * file. Only the two texts, so the files feed straight into corpus tools and MT training.
 */
export function formatMoses(doc: AlignmentDocument, options: UnitOptions = {}): Record<Lang, string> {
  const { units } = selectUnits(doc, { ...options, bilingual: true });
  const lines = (lang: Lang) => units.map((u) => u[lang] + '\n').join('');
  return { en: lines('en'), de: lines('de') };
}
