import { isAbsolute, join } from 'node:path';
import { parseJsonOrUndefined } from '../core/json.js';
import type { ModeChoice } from '../core/types.js';

/** Why a record has no alignment; stable strings for programs that read result records. */
export type RecordErrorCode =
  | 'invalid-json'
  | 'invalid-record'
  | 'duplicate-id'
  | 'unreadable-document'
  | 'not-aligned'
  | 'internal-error';

export interface RecordError {
  code: RecordErrorCode;
  message: string;
}

/** A document given inline (`en_text`) or by path (`en_path`, relative to the records file's folder). */
export type DocumentSource = { text: string } | { path: string };

/** What a record may set for its own pair; unset options take the command's. */
export interface RecordOptions {
  mode?: ModeChoice;
  presegmented?: boolean;
  clean?: boolean;
  sentenceLinks?: boolean;
  trustColumns?: boolean;
}

export type PairRecord =
  | { line: number; id: string; en: DocumentSource; de: DocumentSource; options: RecordOptions }
  | { line: number; id: string | null; error: RecordError };

/** The result for one input record: the alignment (docs/format.md) or why there is none. */
export type ResultRecord = { id: string | null; ok: true; alignment: unknown } | { id: string | null; ok: false; line?: number; error: RecordError };

const MODES: readonly string[] = ['auto', 'parallel', 'comparable'];
const FLAGS = { presegmented: 'presegmented', clean: 'clean', sentence_links: 'sentenceLinks', trust_columns: 'trustColumns' } as const;
const KNOWN_KEYS = new Set(['id', 'en_text', 'en_path', 'de_text', 'de_path', 'mode', ...Object.keys(FLAGS)]);

/**
 * Parses JSONL pair records, one a line (blank lines skipped). A line that is not a valid record
 * becomes an error entry instead of failing the whole input, so every other record still gets
 * aligned and every input line gets a result. Ids must be unique: they name results and shards.
 */
export function parseRecords(text: string, baseDir: string): PairRecord[] {
  const records: PairRecord[] = [];
  const seen = new Map<string, number>();
  text.split(/\r\n|\r|\n/).forEach((raw, index) => {
    if (raw.trim() === '') return;
    const record = parseRecord(raw, index + 1, baseDir);
    const first = 'error' in record ? undefined : seen.get(record.id);
    if ('error' in record) {
      records.push(record);
    } else if (first !== undefined) {
      records.push({ line: record.line, id: record.id, error: { code: 'duplicate-id', message: `id "${record.id}" already used on line ${first}` } });
    } else {
      seen.set(record.id, record.line);
      records.push(record);
    }
  });
  return records;
}

function parseRecord(raw: string, line: number, baseDir: string): PairRecord {
  const value = parseJsonOrUndefined(raw);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { line, id: null, error: { code: 'invalid-json', message: 'not a JSON object' } };
  }
  const fields = value as Record<string, unknown>;
  const id = typeof fields.id === 'string' && fields.id !== '' ? fields.id : null;
  const invalid = (why: string): PairRecord => ({ line, id, error: { code: 'invalid-record', message: why } });
  if (id === null) return invalid('"id" must be a non-empty string');
  const unknown = Object.keys(fields).find((key) => !KNOWN_KEYS.has(key));
  if (unknown !== undefined) return invalid(`unknown field "${unknown}"`);
  const en = documentSource(fields, 'en', baseDir);
  const de = documentSource(fields, 'de', baseDir);
  if (typeof en === 'string') return invalid(en);
  if (typeof de === 'string') return invalid(de);
  const options: RecordOptions = {};
  if (fields.mode !== undefined) {
    if (typeof fields.mode !== 'string' || !MODES.includes(fields.mode)) return invalid(`"mode" must be one of ${MODES.join(', ')}`);
    options.mode = fields.mode as ModeChoice;
  }
  for (const [key, option] of Object.entries(FLAGS)) {
    if (fields[key] === undefined) continue;
    if (typeof fields[key] !== 'boolean') return invalid(`"${key}" must be true or false`);
    options[option] = fields[key];
  }
  return { line, id, en, de, options };
}

/** The document of one side, or what is wrong with the record's fields for it. */
function documentSource(fields: Record<string, unknown>, side: 'en' | 'de', baseDir: string): DocumentSource | string {
  const text = fields[`${side}_text`];
  const path = fields[`${side}_path`];
  if ((text === undefined) === (path === undefined)) return `give exactly one of "${side}_text" and "${side}_path"`;
  if (text !== undefined) return typeof text === 'string' ? { text } : `"${side}_text" must be a string`;
  if (typeof path !== 'string' || path === '') return `"${side}_path" must be a non-empty string`;
  return { path: isAbsolute(path) ? path : join(baseDir, path) };
}

/** One result record as a JSONL line. */
export function formatResultRecord(result: ResultRecord): string {
  return JSON.stringify(result) + '\n';
}
