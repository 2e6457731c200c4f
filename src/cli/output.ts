import { randomBytes } from 'node:crypto';
import { accessSync, closeSync, constants, fsyncSync, openSync, renameSync, statSync, unlinkSync, writeSync, type Stats } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { UserError } from '../core/errors.js';

/** One output file: `path` undefined or '-' means stdout. */
export interface OutputFile {
  path: string | undefined;
  content: string;
}

/**
 * Writes `content` to `path` all or nothing, or to stdout without a path. See `writeOutputs`.
 */
export async function writeOutput(path: string | undefined, content: string): Promise<void> {
  await writeOutputs([{ path, content }]);
}

/**
 * Writes several output files all or nothing: each goes to a temp file in its target folder
 * (so the final rename never crosses file systems), and only when every temp file is complete
 * are they renamed into place. On any error every temp file is removed and nothing appears.
 *
 * The writing is synchronous on purpose: a SIGINT/SIGTERM arriving meanwhile is held by the
 * handler `deferSignalsDuringWrite` installs and acted on only after the files are complete or
 * removed, so Ctrl-C can never leave a half-written or temp file behind.
 */
export async function writeOutputs(files: OutputFile[]): Promise<void> {
  const toFiles = files.filter((f) => f.path !== undefined && f.path !== '-');
  for (const file of files) if (!toFiles.includes(file)) await writeToStdout(file.content);
  if (toFiles.length === 0) return;
  deferSignalsDuringWrite();
  const temps: Array<{ temp: string; target: string; path: string }> = [];
  let current = toFiles[0]!.path!;
  try {
    for (const file of toFiles) {
      current = file.path!;
      const target = resolve(current);
      const temp = tempPathFor(target);
      temps.push({ temp, target, path: current });
      writeWholeFile(temp, file.content);
    }
    for (const { temp, target, path } of temps) {
      current = path;
      renameSync(temp, target);
    }
  } catch (error) {
    for (const { temp } of temps) removeQuietly(temp);
    throw new UserError(`-o ${current}: cannot write the output (${describeWriteError(error)}); choose another path with -o`);
  }
}

function tempPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.satzpaar-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
}

function writeWholeFile(path: string, content: string): void {
  // 'wx': never follow or reuse something already at the temp path.
  const fd = openSync(path, 'wx', 0o666);
  try {
    const bytes = Buffer.from(content, 'utf8');
    let written = 0;
    while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Never created, or already gone: nothing to clean up.
  }
}

let signalsDeferred = false;

/**
 * Installs SIGINT/SIGTERM/SIGHUP handlers before the first file is written. Until then the
 * default action applies, so Ctrl-C stops a long alignment at once (nothing is on disk yet).
 * Once installed, a signal is handled after the synchronous write has finished; the handler then
 * restores the default action and re-raises the signal, so the process still dies of it and the
 * shell sees 130/143 (and a shell loop around satzpaar stops, as it should on Ctrl-C).
 */
function deferSignalsDuringWrite(): void {
  if (signalsDeferred) return;
  signalsDeferred = true;
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      process.removeAllListeners(signal);
      process.kill(process.pid, signal);
    });
  }
}

function writeToStdout(content: string): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    process.stdout.write(content, (error) => {
      // A closed pipe (`satzpaar … | head`) is the reader's choice, not a failure.
      if (error && (error as NodeJS.ErrnoException).code !== 'EPIPE') reject(error);
      else resolvePromise();
    });
  });
}

/**
 * Refuses, before any work is done, an output path that cannot be written (missing or read-only
 * folder, a directory) or that is one of the inputs — also when named through another relative
 * path, a symbolic link or a hard link (same device and inode).
 */
export function checkOutputPath(outputPath: string | undefined, inputPaths: string[]): void {
  if (outputPath === undefined || outputPath === '-') return;
  const target = resolve(outputPath);
  const folder = dirname(target);
  const folderInfo = statOrUndefined(folder);
  if (!folderInfo) throw new UserError(`-o ${outputPath}: the folder ${folder} does not exist; create it or choose another path`);
  if (!folderInfo.isDirectory()) throw new UserError(`-o ${outputPath}: ${folder} is not a folder; choose another path`);
  try {
    accessSync(folder, constants.W_OK);
  } catch {
    throw new UserError(`-o ${outputPath}: the folder ${folder} is not writable; choose another path or make it writable`);
  }
  const targetInfo = statOrUndefined(target);
  if (targetInfo?.isDirectory()) throw new UserError(`-o ${outputPath}: is a directory; give the path of a file to write`);
  for (const input of inputPaths) {
    const inputInfo = statOrUndefined(input);
    const same = targetInfo && inputInfo ? targetInfo.dev === inputInfo.dev && targetInfo.ino === inputInfo.ino : resolve(input) === target;
    if (same) throw new UserError(`-o ${outputPath}: is the input file ${input}; writing there would destroy it, choose another output path`);
  }
}

/** The first name of `checkOutputPath`, kept for commands written against it. */
export const assertNotAnInput = checkOutputPath;

function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

function describeWriteError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'the folder does not exist';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EROFS':
      return 'read-only file system';
    case 'ENOSPC':
      return 'no space left on the device';
    case 'EDQUOT':
      return 'disk quota exceeded';
    case 'EISDIR':
      return 'it is a directory';
    default:
      return code ?? String(error);
  }
}
