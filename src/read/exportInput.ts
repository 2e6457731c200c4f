import { open, readFile } from 'node:fs/promises';
import { UserError } from '../core/errors.js';
import type { AlignmentDocument } from '../core/types.js';
import { readAlignment } from './readAlignment.js';
import { alignmentFromSheet, type SheetProblems } from './sheetAlignment.js';
import { sheetRows, tsvCells, workbookSheet } from './sheetRows.js';
import { readDocument } from './readDocument.js';
import { readStdin } from './stdin.js';
import { parseAlignmentJson } from './alignmentJson.js';

/** What `satzpaar export` reads: an alignment, and for an edited sheet what could not be mapped. */
export interface ExportInput {
  doc: AlignmentDocument;
  /** One line for stderr about rows of a sheet that were left out or need a look; undefined when all is well. */
  warning?: string;
}

/**
 * The alignment JSON of `satzpaar align` (or saved from the report's review), or a sheet a translator
 * edited: the TSV or XLSX that `--format tsv`/`xlsx` wrote, told apart by their first bytes.
 */
export async function readExportInput(path: string, documents?: readonly string[]): Promise<ExportInput> {
  if (path === '-') {
    const text = await readStdin();
    return /^\s*[{[]/.test(text) || !text.includes('\t') ? { doc: parseAlignmentJson(text, 'stdin') } : fromSheet(sheetRows(tsvCells(text), 'stdin'), 'stdin', documents);
  }
  const head = await firstBytes(path);
  if (head.subarray(0, 4).equals(ZIP_MAGIC)) return fromSheet(await workbookSheet(await readFile(path), path), path, documents);
  if (/^(\uFEFF)?\s*[{[]/.test(head.toString('utf8')) || !looksLikeTsv(path, head)) return { doc: await readAlignment(path) };
  const { text } = await readDocument(path);
  return fromSheet(sheetRows(tsvCells(text), path), path, documents);
}

const ZIP_MAGIC = Buffer.from('PK\x03\x04', 'latin1');

function looksLikeTsv(path: string, head: Buffer): boolean {
  return /\.tsv$/i.test(path) || head.toString('utf8').split('\n')[0]!.includes('\t');
}

async function firstBytes(path: string): Promise<Buffer> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch {
    // readAlignment words the error for a missing or unreadable file as every command does.
    return Buffer.alloc(0);
  }
  try {
    const buffer = Buffer.alloc(4096);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

async function fromSheet(sheet: Awaited<ReturnType<typeof workbookSheet>>, name: string, documents?: readonly string[]): Promise<ExportInput> {
  const { doc, problems } = await alignmentFromSheet(sheet, name, documents);
  if (doc.alignments.length === 0 && problems.oneSided.length === 0) throw new UserError(`${name}: no rows with text; give the sheet (TSV or XLSX) satzpaar wrote, edited`);
  return { doc, warning: describeProblems(name, problems) };
}

/** e.g. `edited.xlsx: 1 row left out, text on one side only (row 5); 2 rows not in the documents as written, check the edits (rows 7, 9)`. */
export function describeProblems(name: string, problems: SheetProblems): string | undefined {
  const rows = (list: number[]) => `${plural(list.length)} ${list.join(', ')}`;
  const parts = [
    problems.oneSided.length > 0 ? `${problems.oneSided.length} ${plural(problems.oneSided.length)} left out, text on one side only (${rows(problems.oneSided)})` : '',
    problems.notInDocuments.length > 0 ? `${problems.notInDocuments.length} ${plural(problems.notInDocuments.length)} not in the documents as written, check the edits (${rows(problems.notInDocuments)})` : '',
    problems.badIndices.length > 0 ? `${problems.badIndices.length} ${plural(problems.badIndices.length)} whose indices are not sentence numbers like 2,7 (${rows(problems.badIndices)})` : '',
    ...problems.documents,
  ].filter((part) => part !== '');
  return parts.length === 0 ? undefined : `${name}: ${parts.join('; ')}`;
}

function plural(n: number): string {
  return n === 1 ? 'row' : 'rows';
}
