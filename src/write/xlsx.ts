import JSZip from 'jszip';
import { pairLanguages, type AlignmentDocument } from '../core/types.js';
import { sheetColumns, sheetRow } from './tsv.js';
import { selectUnits, type UnitOptions } from './units.js';

/** The name of the sheet that says where the rows came from, which `satzpaar export` reads back. */
export const SOURCE_SHEET = 'source';
/** What the source sheet's first row says, so an import knows the workbook for one of ours. */
export const WORKBOOK_KIND = 'satzpaar alignment workbook';

/**
 * The alignment as a workbook for review in a spreadsheet: a header row (the TSV's columns), one
 * link a row with its score as a number, the sentence indices as text (so no locale turns "2,7"
 * into 2.7), wrapped texts and a frozen header. A second sheet names the documents (path,
 * SHA-256, language) so an import can check the texts against them.
 */
export async function formatXlsx(doc: AlignmentDocument, options: UnitOptions = {}): Promise<Uint8Array> {
  const { default: writeExcelFile } = await import('write-excel-file/node');
  const languages = pairLanguages(doc);
  const header = sheetColumns(languages).map((name) => ({ value: name, fontWeight: 'bold' as const }));
  const rows = selectUnits(doc, { ...options, bilingual: true }).units.map((unit) => {
    const [en, de, score, enIndices, deIndices] = sheetRow(unit);
    return [
      { value: en, wrap: true, alignVertical: 'top' as const },
      { value: de, wrap: true, alignVertical: 'top' as const },
      { value: score, type: Number, alignVertical: 'top' as const },
      { value: enIndices, type: String, format: '@', alignVertical: 'top' as const },
      { value: deIndices, type: String, format: '@', alignVertical: 'top' as const },
    ];
  });
  const source = [
    [{ value: WORKBOOK_KIND, fontWeight: 'bold' as const }, { value: 'edit the first sheet; satzpaar export reads this one to find the documents' }],
    [{ value: 'mode' }, { value: doc.mode }],
    ...(['en', 'de'] as const).flatMap((role, i) => [
      [{ value: `${languages[i]}_path` }, { value: doc.documents[role].path }],
      [{ value: `${languages[i]}_sha256` }, { value: doc.documents[role].sha256 }],
    ]),
  ];
  const workbook = await writeExcelFile([
    { data: [header, ...rows], sheet: 'alignment', stickyRowsCount: 1, columns: [{ width: 60 }, { width: 60 }, { width: 8 }, { width: 11 }, { width: 11 }] },
    { data: source, sheet: SOURCE_SHEET, columns: [{ width: 26 }, { width: 70 }] },
  ]).toBuffer();
  return withFixedDates(workbook);
}

/**
 * The same workbook with every file in it dated 1980-01-01 (zip's earliest date): the library
 * stamps the time of writing, and the same alignment must give the same bytes.
 */
async function withFixedDates(workbook: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(workbook);
  const date = new Date(Date.UTC(1980, 0, 1));
  const fixed = new JSZip();
  for (const name of Object.keys(zip.files).sort()) {
    const file = zip.files[name]!;
    if (!file.dir) fixed.file(name, await file.async('uint8array'), { date, createFolders: false });
  }
  return fixed.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}
