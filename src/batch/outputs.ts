import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { writerFor } from '../write/formats.js';

/** File extension of a format's output in an --out-dir; Moses adds `.en`/`.de` itself. */
const EXTENSIONS: Record<string, string> = { moses: '', jsonl: '.jsonl', json: '.json', tmx: '.tmx', tsv: '.tsv', html: '.html' };

export function outputBase(outDir: string, name: string, format: string): string {
  return join(outDir, name + (EXTENSIONS[format] ?? `.${format}`));
}

/** The files a format writes for one pair (Moses writes two). */
export function outputFiles(base: string, format: string): string[] {
  return writerFor(format).outputSuffixes().map((suffix) => base + suffix);
}

/**
 * Outputs are written atomically (temp file + rename), so a file that exists is complete.
 * A pair is done when every file of its format exists.
 */
export function isComplete(base: string, format: string): boolean {
  return outputFiles(base, format).every((file) => existsSync(file));
}
