import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ALIGNMENT_FORMAT, ALIGNMENT_FORMAT_VERSION, type AlignmentDocument, type DocumentInfo, type LanguagePair } from '../core/types.js';
import { VERSION } from '../core/version.js';
import { prepareDocument } from '../segment/document.js';
import { cleanSegmentText } from '../core/unitText.js';
import { readDocument } from './readDocument.js';
import type { AlignmentSheet, SheetRow } from './sheetRows.js';

/** What an import found wrong with rows, each kind with its row numbers; reported on stderr. */
export interface SheetProblems {
  /** Left out: a bilingual unit needs text on both sides. */
  oneSided: number[];
  /** Kept, but their text is not in the documents as written: edited, or from elsewhere. */
  notInDocuments: number[];
  /** Kept, but their index cells are not comma-separated sentence numbers. */
  badIndices: number[];
  /** Documents named by the workbook that could not be found or changed since. */
  documents: string[];
}

/**
 * An alignment made from a sheet the translator edited: one link a row, in the sheet's order, each
 * side one "sentence" holding the row's text as edited (a fixed typo, two rows merged into one).
 * Indices and offsets in it number the sheet's rows, not the documents' sentences. Where the
 * documents are at hand (`documents`, else the paths the workbook names), every text is looked up
 * in them, so a row that no longer matches its source is reported.
 */
export async function alignmentFromSheet(sheet: AlignmentSheet, sheetPath: string, documents?: readonly string[]): Promise<{ doc: AlignmentDocument; problems: SheetProblems }> {
  const problems: SheetProblems = { oneSided: [], notInDocuments: [], badIndices: [], documents: [] };
  const sources = await Promise.all(sheet.languages.map((lang, i) => sourceText(documents?.[i] ?? sheet.source?.documents[i]?.path, sheet.source?.documents[i]?.sha256, sheetPath, problems)));
  const doc = emptyAlignment(sheet, sheetPath, sources);
  for (const row of sheet.rows) {
    const [first, second] = row.texts.map(cleanSegmentText) as [string, string];
    if (first === '' && second === '') continue;
    if (first === '' || second === '') {
      problems.oneSided.push(row.row);
      continue;
    }
    if (!row.indices.every((cell) => /^\s*(\d+(\s*,\s*\d+)*)?\s*$/.test(cell))) problems.badIndices.push(row.row);
    if ([first, second].some((text, i) => sources[i] !== undefined && !occursIn(sources[i]!.normalised, text))) problems.notInDocuments.push(row.row);
    const index = doc.alignments.length;
    doc.sentences.en.push({ text: first, start: 0, end: first.length });
    doc.sentences.de.push({ text: second, start: 0, end: second.length });
    doc.alignments.push({ en: [index], de: [index], score: scoreOf(row) });
  }
  return { doc, problems };
}

/** The score cell as the translator left it; a row without one (added by hand) scores 1. */
function scoreOf(row: SheetRow): number {
  const value = typeof row.score === 'number' ? row.score : Number(String(row.score ?? '').trim().replace(',', '.'));
  return String(row.score ?? '').trim() === '' || !Number.isFinite(value) ? 1 : Math.min(1, Math.max(0, value));
}

interface SourceText {
  info: DocumentInfo;
  normalised: string;
}

/** A document named by the workbook or on the command line, when it can be read: found as given, or beside the sheet. */
async function sourceText(path: string | undefined, sha256: string | undefined, sheetPath: string, problems: SheetProblems): Promise<SourceText | undefined> {
  if (path === undefined) return undefined;
  const found = [path, join(dirname(sheetPath), path)].find((candidate) => existsSync(candidate));
  if (!found) {
    problems.documents.push(`${path} not found (texts not checked)`);
    return undefined;
  }
  const document = await readDocument(found);
  if (sha256 !== undefined && sha256 !== document.sha256) problems.documents.push(`${found} changed since the sheet was written`);
  return {
    info: { path, sha256: document.sha256, language: { detected: '', confidence: 1, source: 'stated' }, segmentation: 'rules' },
    // What a reader sees, as the alignment's sentences were read: an HTML or XML page's text without its markup.
    normalised: normalised(prepareDocument(document, { presegmented: false, clean: false }).readable),
  };
}

/**
 * Whether a row's text is made of stretches of the document, read greedily, each the longest
 * that occurs and at least four words (or the row's last words): a row of several sentences
 * need not be one stretch (comparable texts link sentences from anywhere, a merged row joins two),
 * while one changed word breaks the stretch around it.
 */
function occursIn(document: string, text: string): boolean {
  const words = normalised(text).trim().split(' ');
  for (let from = 0; from < words.length; ) {
    let to = from;
    while (to < words.length && document.includes(words.slice(from, to + 1).join(' '))) to++;
    if (to === from || (to - from < MIN_STRETCH && to < words.length)) return false;
    from = to;
  }
  return true;
}

const MIN_STRETCH = 4;

/**
 * Text as the lookup compares it: whitespace collapsed, soft hyphens and words broken at a line end
 * by a typesetter's hyphen (U+2010) joined, as the exports write a sentence.
 */
function normalised(text: string): string {
  return text.normalize('NFC').replace(/\u00AD/g, '').replace(/\u2010\s*\n\s*/g, '').replace(/\s+/g, ' ');
}

function emptyAlignment(sheet: AlignmentSheet, sheetPath: string, sources: Array<SourceText | undefined>): AlignmentDocument {
  const languages: LanguagePair = sheet.languages;
  const info = (i: 0 | 1): DocumentInfo => {
    const known = sources[i]?.info ?? { path: sheet.source?.documents[i]?.path ?? sheetPath, sha256: sheet.source?.documents[i]?.sha256 ?? '', language: { detected: '', confidence: 1, source: 'stated' as const }, segmentation: 'rules' as const };
    return { ...known, language: { detected: languages[i], confidence: 1, source: 'stated' } };
  };
  return {
    format: ALIGNMENT_FORMAT,
    version: ALIGNMENT_FORMAT_VERSION,
    mode: sheet.source?.mode === 'comparable' ? 'comparable' : 'parallel',
    modeReason: `read from the edited sheet ${sheetPath}`,
    generator: { name: 'satzpaar', version: VERSION },
    languages,
    documents: { en: info(0), de: info(1) },
    sentences: { en: [], de: [] },
    alignments: [],
  };
}
