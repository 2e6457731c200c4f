import type { AlignmentDocument, Lang } from '../core/types.js';
import { selectUnits, type UnitSelection } from './units.js';

/**
 * Moses-style line-aligned plain text: line N of the English file translates line N of the German
 * file. Only the two texts, so the files feed straight into corpus tools and MT training.
 */
export function formatMoses(doc: AlignmentDocument, options: { minScore?: number } = {}): { content: Record<Lang, string>; selection: UnitSelection } {
  const selection = selectUnits(doc, { minScore: options.minScore, bilingual: true });
  const lines = (lang: Lang) => selection.units.map((u) => u[lang] + '\n').join('');
  return { content: { en: lines('en'), de: lines('de') }, selection };
}
