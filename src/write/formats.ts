import type { Finding } from '../core/claims.js';
import { ENGLISH_GERMAN, pairLanguages, type AlignmentDocument, type LanguagePair } from '../core/types.js';
import { formatAlignmentJson } from './json.js';
import { formatJsonl } from './jsonl.js';
import { formatMoses } from './moses.js';
import type { UnitFilters } from './hygiene.js';
import type { SourcePaths } from './sourcePaths.js';
import { formatTmx, type StatedLangs } from './tmx.js';
import { formatTsv } from './tsv.js';
import { selectUnits, type ExportCount, type UnitOptions } from './units.js';
import { formatXliff, type XliffVersion } from './xliff.js';

/** One file a writer produces; `suffix` is appended to the -o path ('' for the main output). */
export interface WrittenFile {
  suffix: string;
  /** Text (UTF-8), or the bytes of a binary format (xlsx). */
  content: string | Uint8Array;
}

export interface WriterOptions {
  /** Only links with at least this score are exported (formats for corpus/CAT tools). */
  minScore?: number;
  /** The report: where its "low confidence" filter starts (the report itself shows every link). */
  lowScoreBelow?: number;
  /** The report: the claims diff of the alignment, marked in it (the caller computes it: `needsFindings`). */
  findings?: readonly Finding[];
  /** Language codes of a TMX or XLIFF, source first (`--tmx-langs`); default `en`, `de`. */
  tmxLangs?: StatedLangs;
  /** Translation-memory filters asked for (`--drop-…`); page furniture is handled by `keepPageFurniture`. */
  drop?: Omit<UnitFilters, 'pageFurniture'>;
  /** Keep page numbers, index entries and running headers of text extracted from pages (removed by default). */
  keepPageFurniture?: boolean;
  /** How TMX and XLIFF name the source documents (relative to a folder, or not at all). */
  sourcePaths?: SourcePaths;
  xliffVersion?: XliffVersion;
  /**
   * The TMX `creationdate`, asked for only by the TMX writer (so a bad `SOURCE_DATE_EPOCH` cannot
   * break another format). Without it the date is the epoch: output depends on input and options only.
   */
  clock?: () => Date;
}

export interface AlignmentWriter {
  name: FormatName;
  description: string;
  /** The file extension of its output in a batch's --out-dir (Moses' files take the languages as theirs). */
  extension: string;
  /** The report marks the claims diff: its caller computes the findings and passes them in `findings`. */
  needsFindings?: boolean;
  /** True when the writer produces several files and so needs -o. */
  needsOutputPath: boolean;
  /** A binary file (a workbook): never written to a terminal or streamed by batch, so it needs -o too. */
  binary?: boolean;
  /** What the writer appends to the -o path, one per file it writes (`''` for the path itself), for a pair of languages. */
  outputSuffixes(languages?: LanguagePair): string[];
  /** May return a promise, so a heavy writer can load its code only when it is used. */
  write(doc: AlignmentDocument, options: WriterOptions): WrittenFile[] | Promise<WrittenFile[]>;
  /** For export formats: how many units `write` writes and why it leaves links out (reported on stderr). */
  count?(doc: AlignmentDocument, options: WriterOptions): ExportCount;
}

/** Every output format, in the order --help lists them. */
export const ALIGNMENT_FORMATS = ['json', 'tmx', 'xliff', 'tsv', 'xlsx', 'moses', 'jsonl', 'html'] as const;
export type FormatName = (typeof ALIGNMENT_FORMATS)[number];

const WRITERS: AlignmentWriter[] = [
  {
    name: 'json',
    description: 'satzpaar alignment JSON (docs/format.md)',
    extension: '.json',
    needsOutputPath: false,
    outputSuffixes: () => [''],
    write: (doc) => [{ suffix: '', content: formatAlignmentJson(doc) }],
  },
  exportWriter('tmx', 'TMX 1.4b translation memory for OmegaT, Trados, memoQ', { extension: '.tmx', bilingual: true, noun: 'translation unit' }, (doc, options) => [
    { suffix: '', content: formatTmx(doc, { ...unitOptions(doc, options), langs: options.tmxLangs, sourcePaths: options.sourcePaths, creationDate: options.clock?.() }) },
  ]),
  exportWriter('xliff', 'bilingual XLIFF 2.1 (--xliff-version 1.2 for older tools) for memoQ, Trados, Phrase, Okapi', { extension: '.xlf', bilingual: true, noun: 'translation unit' }, (doc, options) => [
    { suffix: '', content: formatXliff(doc, { ...unitOptions(doc, options), version: options.xliffVersion, langs: options.tmxLangs, sourcePaths: options.sourcePaths }) },
  ]),
  exportWriter('tsv', 'tab-separated en, de, score, indices after a header line', { extension: '.tsv', bilingual: true, noun: 'line' }, (doc, options) => [
    { suffix: '', content: formatTsv(doc, unitOptions(doc, options)) },
  ]),
  {
    ...exportWriter('xlsx', 'Excel workbook for review in a spreadsheet: header, one link a row; satzpaar export reads it back (needs -o)', { extension: '.xlsx', bilingual: true, noun: 'row' }, async (doc, options) => {
      const { formatXlsx } = await import('./xlsx.js');
      return [{ suffix: '', content: await formatXlsx(doc, unitOptions(doc, options)) }];
    }),
    binary: true,
  },
  exportWriter('moses', 'two line-aligned text files OUT.en and OUT.de (needs -o)', { extension: '', bilingual: true, noun: 'line pair', outputSuffixes: mosesSuffixes }, (doc, options) => {
    const content = formatMoses(doc, unitOptions(doc, options));
    const [en, de] = mosesSuffixes(pairLanguages(doc));
    return [
      { suffix: en!, content: content.en },
      { suffix: de!, content: content.de },
    ];
  }),
  exportWriter('jsonl', 'one JSON object per link, with texts, files and evidence', { extension: '.jsonl', bilingual: false, noun: 'link' }, (doc, options) => [
    { suffix: '', content: formatJsonl(doc, unitOptions(doc, options)) },
  ]),
  {
    name: 'html',
    description: 'side-by-side HTML report for reviewers (one self-contained file)',
    extension: '.html',
    needsFindings: true,
    needsOutputPath: false,
    outputSuffixes: () => [''],
    // The report shows every link, with the claims diff marked in it. The renderer loads on use,
    // keeping the CLI's start-up (which reads this registry for --help) fast.
    write: async (doc, options) => {
      const { renderReport } = await import('./html/index.js');
      return [{ suffix: '', content: renderReport(doc, options.findings, { lowScoreThreshold: options.lowScoreBelow }) }];
    },
  },
];

/** Moses' two files are named after the languages: OUT.en, OUT.de (another pair: OUT.de, OUT.fr). */
function mosesSuffixes(languages: LanguagePair): string[] {
  return languages.map((lang) => `.${lang}`);
}

/**
 * A writer for corpus/CAT tools. Its count comes from the same `selectUnits` the format itself
 * calls (`bilingual` must match), without formatting the output a second time.
 */
function exportWriter(
  name: FormatName,
  description: string,
  { extension, bilingual, noun, outputSuffixes = () => [''] }: { extension: string; bilingual: boolean; noun: string; outputSuffixes?: (languages: LanguagePair) => string[] },
  write: AlignmentWriter['write'],
): AlignmentWriter {
  return {
    name,
    description,
    extension,
    needsOutputPath: outputSuffixes(ENGLISH_GERMAN).length > 1,
    outputSuffixes: (languages = ENGLISH_GERMAN) => outputSuffixes(languages),
    write,
    count: (doc, options) => ({ ...selectUnits(doc, { ...unitOptions(doc, options), bilingual }).count, noun }),
  };
}

/**
 * What every export selects by. Page furniture is removed from text extracted from pages unless
 * asked to keep it: pdftotext leaves page numbers and index lines that align perfectly ("21" ↔ "21").
 */
function unitOptions(doc: AlignmentDocument, options: WriterOptions): UnitOptions {
  const paged = doc.documents.en.input?.format === 'paged-text' || doc.documents.de.input?.format === 'paged-text';
  return { minScore: options.minScore, drop: { ...options.drop, pageFurniture: paged && !options.keepPageFurniture } };
}

/** The formats batch writes: text only, since it may stream them. */
export const TEXT_FORMATS = WRITERS.filter((w) => !w.binary).map((w) => w.name);

export function writerFor(name: FormatName): AlignmentWriter {
  const writer = WRITERS.find((w) => w.name === name);
  if (!writer) throw new Error(`unknown format ${name}`);
  return writer;
}
