import { isAbsolute, relative, resolve } from 'node:path';

/**
 * How exports name the documents a unit came from: relative to a folder (the current one), so a
 * shared translation memory does not leak local paths such as /home/name/…, or not at all.
 * Undefined keeps the paths as the alignment records them.
 */
export type SourcePaths = { relativeTo: string } | 'none' | undefined;

/** The name an export writes for `path`, or undefined when source paths are left out. */
export function sourceName(path: string, option: SourcePaths): string | undefined {
  if (option === 'none') return undefined;
  if (option === undefined || !isAbsolute(path)) return path;
  return relative(option.relativeTo, resolve(option.relativeTo, path)) || '.';
}
