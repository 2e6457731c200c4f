import { UserError } from '../core/errors.js';
import { ENGLISH_GERMAN, isLanguageCode, type LanguagePair } from '../core/types.js';

/** One row of an alignment sheet as the translator left it. */
export interface SheetRow {
  /** 1-based row number in the sheet (the header is row 1), for messages. */
  row: number;
  texts: [string, string];
  /** The score cell: a number, text, or empty. */
  score: unknown;
  /** The index cells, as written ("2,7"); empty when the translator cleared them. */
  indices: [string, string];
}

/** What a workbook's source sheet says about the documents (xlsx.ts). */
export interface SheetSource {
  mode?: string;
  documents: Array<{ path: string; sha256?: string } | undefined>;
}

export interface AlignmentSheet {
  languages: LanguagePair;
  rows: SheetRow[];
  source?: SheetSource;
}

type Cell = unknown;

/**
 * The rows of an alignment sheet: the TSV or the workbook's first sheet, found by its header
 * (`en_text de_text score en_indices de_indices`, any order, named after the pair's languages).
 * A TSV without a header (as satzpaar wrote before it had one) is read in that order, English–German.
 */
export function sheetRows(cells: Cell[][], name: string): AlignmentSheet {
  const header = (cells[0] ?? []).map((cell) => String(cell ?? '').trim());
  const layout = columnsOf(header);
  if (!layout && header.length >= 5 && header.filter((cell) => /_text$|_indices$/.test(cell)).length > 0) {
    throw new UserError(`${name}: the header row names no pair of languages (expected e.g. en_text, de_text, score, en_indices, de_indices); restore the header row`);
  }
  const { languages, at } = layout ?? { languages: ENGLISH_GERMAN, at: [0, 1, 2, 3, 4] };
  const text = (cell: Cell) => (cell === null || cell === undefined ? '' : String(cell));
  const rows = cells.slice(layout ? 1 : 0).map((cells, i) => ({
    row: i + (layout ? 2 : 1),
    texts: [text(cells[at[0]!]), text(cells[at[1]!])] as [string, string],
    score: cells[at[2]!],
    indices: [text(cells[at[3]!]), text(cells[at[4]!])] as [string, string],
  }));
  return { languages, rows };
}

/** Where each column is, when the header names them. */
function columnsOf(header: string[]): { languages: LanguagePair; at: number[] } | undefined {
  const texts = header.map((cell) => /^([a-z]{2,3})_text$/.exec(cell)?.[1]).filter((code): code is string => code !== undefined && isLanguageCode(code));
  if (texts.length !== 2 || texts[0] === texts[1]) return undefined;
  const languages: LanguagePair = [texts[0]!, texts[1]!];
  const at = [`${languages[0]}_text`, `${languages[1]}_text`, 'score', `${languages[0]}_indices`, `${languages[1]}_indices`].map((column) => header.indexOf(column));
  return at[0]! < 0 || at[1]! < 0 ? undefined : { languages, at };
}

/** The cells of a TSV, one list a line; the line break ending the file makes no row. */
export function tsvCells(text: string): string[][] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[lines.length - 1] === '') lines.pop();
  return lines.map((line) => line.split('\t'));
}

/** The alignment sheet of a workbook: the sheet named "alignment", else the first; and its source sheet. */
export async function workbookSheet(bytes: Buffer, name: string): Promise<AlignmentSheet> {
  const { default: readXlsxFile } = await import('read-excel-file/node');
  let sheets: Array<{ sheet: string; data: Cell[][] }>;
  try {
    sheets = await readXlsxFile(bytes);
  } catch (error) {
    throw new UserError(`${name}: not a readable XLSX workbook (${(error as Error).message}); save it from the spreadsheet as .xlsx again`);
  }
  const rowsSheet = sheets.find((sheet) => sheet.sheet === 'alignment') ?? sheets[0];
  if (!rowsSheet) throw new UserError(`${name}: the workbook has no sheet; give the workbook satzpaar wrote, edited`);
  const sheet = sheetRows(rowsSheet.data, name);
  const sourceSheet = sheets.find((s) => s.sheet === 'source');
  return sourceSheet ? { ...sheet, source: sourceOf(sourceSheet.data, sheet.languages) } : sheet;
}

function sourceOf(cells: Cell[][], languages: LanguagePair): SheetSource {
  const value = (key: string) => {
    const row = cells.find((cells) => cells[0] === key);
    return row && typeof row[1] === 'string' && row[1] !== '' ? row[1] : undefined;
  };
  return {
    mode: value('mode'),
    documents: languages.map((lang) => {
      const path = value(`${lang}_path`);
      return path === undefined ? undefined : { path, sha256: value(`${lang}_sha256`) };
    }),
  };
}
