import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { writerFor, type FormatName } from '../write/formats.js';

/** Where a pair's output goes in an --out-dir: its name and the format's extension (Moses adds `.en`/`.de` itself). */
export function outputBase(outDir: string, name: string, format: FormatName): string {
  return join(outDir, name + writerFor(format).extension);
}

/** The files a format writes for one pair (Moses writes two). */
export function outputFiles(base: string, format: FormatName): string[] {
  return writerFor(format).outputSuffixes().map((suffix) => base + suffix);
}

/** Beside a pair's output, hidden: the files and options it was made from (job.ts `optionsRecord`). */
export function optionsRecordPath(base: string): string {
  return join(dirname(base), `.${basename(base)}.satzpaar-options.json`);
}

/**
 * Outputs are written atomically (temp file + rename), so a file that exists is complete. A pair
 * is done when every file of its format exists and was made from the same files and options
 * (`record`): a rerun with another --min-score recomputes it.
 */
export function isComplete(base: string, format: FormatName, record: string): boolean {
  return outputFiles(base, format).every((file) => existsSync(file)) && readOrUndefined(optionsRecordPath(base)) === record;
}

function readOrUndefined(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}
