import { pairLanguages, type AlignmentDocument, type LanguagePair } from '../core/types.js';
import { selectUnits, type ExportUnit, type UnitOptions } from './units.js';

/**
 * The columns of the TSV and of the XLSX workbook, named after the pair's languages:
 * `en_text  de_text  score  en_indices  de_indices`. `satzpaar export` reads them back by these
 * names (read/sheetRows.ts), so a translator may reorder the rows and edit the texts.
 */
export function sheetColumns(languages: LanguagePair): string[] {
  const [first, second] = languages;
  return [`${first}_text`, `${second}_text`, 'score', `${first}_indices`, `${second}_indices`];
}

/** One unit as a sheet row: the texts, the score, the indices as comma-separated 0-based sentence numbers. */
export function sheetRow(unit: ExportUnit): [string, string, number, string, string] {
  return [unit.en, unit.de, unit.link.score, unit.link.en.join(','), unit.link.de.join(',')];
}

/**
 * Tab-separated bitext, one link a line after a header line naming the columns (sheetColumns).
 * The texts come first so `cut -f1,2` is a bitext (`tail -n +2` drops the header). Texts hold no
 * tabs or line breaks: `cleanSegmentText` turns them into spaces.
 */
export function formatTsv(doc: AlignmentDocument, options: UnitOptions = {}): string {
  const header = sheetColumns(pairLanguages(doc)).join('\t') + '\n';
  return header + selectUnits(doc, { ...options, bilingual: true }).units.map((unit) => sheetRow(unit).join('\t') + '\n').join('');
}
