import { Option } from 'commander';
import { UserError } from '../core/errors.js';
import type { WriterOptions } from '../write/formats.js';
import { primaryLanguage, type StatedLangs } from '../write/tmx.js';
import { XLIFF_VERSIONS, type XliffVersion } from '../write/xliff.js';
import { parseScore } from './options.js';

/** The export options as commander hands them over (`align`, `export`, `batch`). */
export interface ExportCliOptions {
  minScore?: number;
  tmxLangs?: StatedLangs;
  creationDate?: Date;
  dropDuplicates?: boolean;
  dropNumberOnly?: boolean;
  dropIdentical?: boolean;
  keepPageFurniture?: boolean;
  /** False for `--no-source-paths`. */
  sourcePaths?: boolean;
  xliffVersion?: XliffVersion;
}

/**
 * The writers' settings from the command line, built once: source paths relative to `cwd` (a shared
 * translation memory should not carry /home/name/…), or none. The clock is added by the caller.
 */
export function writerSettings(options: ExportCliOptions, cwd: string): Omit<WriterOptions, 'clock'> {
  return {
    minScore: options.minScore,
    // --min-score filters exports and, in the report, sets where "low confidence" starts.
    lowScoreBelow: options.minScore,
    tmxLangs: options.tmxLangs,
    drop: { duplicates: options.dropDuplicates ?? false, numberOnly: options.dropNumberOnly ?? false, identical: options.dropIdentical ?? false },
    keepPageFurniture: options.keepPageFurniture ?? false,
    sourcePaths: options.sourcePaths === false ? 'none' : { relativeTo: cwd },
    xliffVersion: options.xliffVersion,
  };
}

/** The options `align`, `export` and `batch` share for the export formats, defined once so help and checks agree. */
export function exportOptions(): Option[] {
  return [
    new Option('--min-score <score>', 'export only links scoring at least this (0–1)').argParser(parseScore),
    new Option('--drop-duplicates', 'leave out a unit whose two texts an earlier unit already had'),
    new Option('--drop-number-only', 'leave out units with no letters on either side (numbers, page numbers)'),
    new Option('--drop-identical', 'leave out units with the same text on both sides (code, commands)'),
    new Option('--keep-page-furniture', 'keep page numbers, index entries and running headers of text extracted from pages (removed by default)'),
    new Option('--no-source-paths', 'name no source files in TMX and XLIFF (default: paths relative to the current folder)'),
    new Option('--xliff-version <version>', 'XLIFF version for --format xliff').choices(XLIFF_VERSIONS).default('2.1'),
    new Option('--tmx-langs <src,tgt>', 'language codes of a TMX or XLIFF, the source language first, e.g. en-US,de-DE or de-DE,en-US (default: en,de, or the pair given with --langs)').argParser(parseTmxLangs),
    new Option('--creation-date <date>', 'TMX creationdate: YYYYMMDDThhmmssZ, an ISO 8601 date, or "now" (default: $SOURCE_DATE_EPOCH, else 19700101T000000Z)').argParser((value: string) => parseCreationDate(value)),
  ];
}

/** A BCP 47 language tag, as far as a TMX `xml:lang` needs checking. */
const LANGUAGE_TAG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;

export function parseTmxLangs(value: string): StatedLangs {
  const codes = value.split(',').map((code) => code.trim());
  const [source, target] = codes;
  const fail = (why: string) => new UserError(`--tmx-langs ${value}: ${why}; give the source then the target code, e.g. en-US,de-DE`);
  if (codes.length !== 2 || !source || !target) throw fail('expected two codes separated by a comma');
  for (const code of codes) {
    if (!LANGUAGE_TAG.test(code)) throw fail(`${code} is not a language code`);
  }
  // Whether they name the alignment's languages is checked when the TMX is written (resolveTmxLangs).
  if (primaryLanguage(source) === primaryLanguage(target)) throw fail('the two codes must name two languages');
  return { source, target };
}

/** `now`, a TMX date (`20240131T120000Z`) or anything ISO 8601 with a time zone or a bare date. */
export function parseCreationDate(value: string, now: () => Date = () => new Date()): Date {
  if (value === 'now') return truncateToSeconds(now());
  const basic = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  const iso = basic ? `${basic[1]}-${basic[2]}-${basic[3]}T${basic[4]}:${basic[5]}:${basic[6]}Z` : value;
  const zoned = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/.test(iso);
  const date = new Date(iso);
  if (!zoned || Number.isNaN(date.getTime()) || date.getUTCFullYear() > 9999 || !isCalendarDate(iso.slice(0, 10))) {
    throw new UserError(`--creation-date ${value}: expected YYYYMMDDThhmmssZ, an ISO 8601 date such as 2024-01-31T12:00:00Z, or "now"`);
  }
  return truncateToSeconds(date);
}

/**
 * The TMX creation date: `--creation-date`, else `SOURCE_DATE_EPOCH` (the reproducible-builds
 * convention: seconds since 1970), else the epoch itself — never the wall clock by default, so
 * the same input and options give byte-identical output.
 */
export function resolveCreationDate(option: Date | undefined, sourceDateEpoch: string | undefined): Date {
  if (option) return option;
  if (sourceDateEpoch === undefined || sourceDateEpoch === '') return new Date(0);
  const seconds = Number(sourceDateEpoch);
  if (!/^\d+$/.test(sourceDateEpoch) || !Number.isSafeInteger(seconds) || seconds > 253402300799) {
    throw new UserError(`SOURCE_DATE_EPOCH=${sourceDateEpoch}: expected whole seconds since 1970-01-01; unset it or pass --creation-date`);
  }
  return new Date(seconds * 1000);
}

/** Rejects what `Date` would silently roll over, such as February 31st. */
function isCalendarDate(ymd: string): boolean {
  const [year, month, day] = ymd.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function truncateToSeconds(date: Date): Date {
  return new Date(Math.floor(date.getTime() / 1000) * 1000);
}
