import { randomBytes } from 'node:crypto';
import { realpathSync } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { UserError } from '../core/errors.js';

/** Temp files not yet renamed into place; removed if the process is interrupted. */
const pendingTempFiles = new Set<string>();

export function removePendingTempFilesSync(remove: (path: string) => void): void {
  for (const path of pendingTempFiles) {
    try {
      remove(path);
    } catch {
      // Already gone: nothing to clean up.
    }
  }
  pendingTempFiles.clear();
}

/**
 * Writes `content` to `path` all or nothing: the bytes go to a temp file in the same folder,
 * which is renamed over the target only when complete. Without a path, writes to stdout.
 */
export async function writeOutput(path: string | undefined, content: string): Promise<void> {
  if (path === undefined || path === '-') {
    await writeToStdout(content);
    return;
  }
  const target = resolve(path);
  const temp = join(dirname(target), `.${basename(target)}.satzpaar-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  pendingTempFiles.add(temp);
  try {
    await writeFile(temp, content);
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw new UserError(`${path}: cannot write the output (${(error as NodeJS.ErrnoException).code ?? String(error)}); choose a writable path with -o`);
  } finally {
    pendingTempFiles.delete(temp);
  }
}

function writeToStdout(content: string): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    process.stdout.write(content, (error) => (error ? reject(error) : resolvePromise()));
  });
}

/** Refuses an output path that would overwrite one of the inputs. */
export function assertNotAnInput(outputPath: string | undefined, inputPaths: string[]): void {
  if (outputPath === undefined || outputPath === '-') return;
  const out = canonical(outputPath);
  for (const input of inputPaths) {
    if (canonical(input) === out) {
      throw new UserError(`${outputPath}: -o points at an input file; choose another output path`);
    }
  }
}

function canonical(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}
