import { isAbsolute, join, parse as parsePath } from 'node:path';
import { UserError } from '../core/errors.js';

export interface ManifestEntry {
  /** 1-based line number in the manifest, for messages. */
  line: number;
  enPath: string;
  dePath: string;
  /** Output file stem; unique within the manifest. */
  name: string;
}

/**
 * Parses a batch manifest: one pair a line, `en_path<TAB>de_path[<TAB>name]`. Blank lines and
 * lines starting with `#` are skipped. Relative paths are taken relative to `baseDir` (the
 * manifest's folder), so a manifest travels with its corpus. Names default to the English
 * file's name without extension and must be unique, since they name the output files.
 */
export function parseManifest(text: string, manifestPath: string, baseDir: string): ManifestEntry[] {
  const entries: ManifestEntry[] = [];
  const problems: string[] = [];
  text.split(/\r\n|\r|\n/).forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '' || raw.trimStart().startsWith('#')) return;
    const fields = raw.split('\t').map((field) => field.trim());
    if (fields.length < 2 || fields.length > 3 || fields[0] === '' || fields[1] === '') {
      problems.push(`line ${line}: expected en_path<TAB>de_path[<TAB>name]`);
      return;
    }
    const [en, de, givenName] = fields as [string, string, string | undefined];
    const name = givenName || parsePath(en).name;
    if (!/^[^/\\\0]+$/.test(name) || name === '.' || name === '..') {
      problems.push(`line ${line}: "${name}" cannot name an output file`);
      return;
    }
    entries.push({ line, enPath: resolveFrom(baseDir, en), dePath: resolveFrom(baseDir, de), name });
  });
  const firstLineOf = new Map<string, number>();
  for (const entry of entries) {
    const first = firstLineOf.get(entry.name);
    if (first !== undefined) problems.push(`line ${entry.line}: name "${entry.name}" already used on line ${first}; add a third column with a unique name`);
    else firstLineOf.set(entry.name, entry.line);
  }
  if (problems.length > 0) {
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? 's' : ''})` : '';
    throw new UserError(`${manifestPath}: ${problems[0]}${more}`);
  }
  if (entries.length === 0) throw new UserError(`${manifestPath}: no document pairs; write one en_path<TAB>de_path per line`);
  return entries;
}

function resolveFrom(baseDir: string, path: string): string {
  return isAbsolute(path) ? path : join(baseDir, path);
}
