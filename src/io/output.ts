import { randomBytes } from 'node:crypto';
import { accessSync, constants, statSync, type Stats } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { UserError } from '../core/errors.js';

/** One output file: `path` undefined or '-' means stdout. */
export interface OutputFile {
  path: string | undefined;
  /** Text, written as UTF-8, or bytes. */
  content: string | Uint8Array;
}

/** Writes `content` to `path` all or nothing, or to stdout without a path. See `writeOutputs`. */
export async function writeOutput(path: string | undefined, content: string | Uint8Array): Promise<void> {
  await writeOutputs([{ path, content }]);
}

/**
 * Writes several output files all or nothing: each goes to a temp file in its target folder
 * (so the final rename never crosses file systems), and only when every temp file is complete
 * are they renamed into place. On an error every temp file is removed and nothing appears.
 * A SIGINT/SIGTERM/SIGHUP meanwhile stops the writing, removes the temp files and then ends
 * the process by that signal (see `installSignalHandlers`).
 */
export async function writeOutputs(files: OutputFile[]): Promise<void> {
  const toFiles = files.filter((f) => f.path !== undefined && f.path !== '-');
  for (const file of files) if (!toFiles.includes(file)) await writeToStdout(file.content);
  if (toFiles.length === 0) return;
  installSignalHandlers();
  writesInProgress++;
  const temps: Array<{ temp: string; target: string; path: string }> = [];
  let current = toFiles[0]!.path!;
  try {
    for (const file of toFiles) {
      current = file.path!;
      const target = resolve(current);
      const temp = tempPathFor(target);
      temps.push({ temp, target, path: current });
      await writeWholeFile(temp, file.content);
      if (interruptedBy) break;
    }
    if (interruptedBy) {
      await removeAll(temps.map((t) => t.temp));
    } else {
      // Not interruptible: once every file is complete, all of them are put in place.
      for (const { temp, target, path } of temps) {
        current = path;
        await rename(temp, target);
      }
    }
  } catch (error) {
    await removeAll(temps.map((t) => t.temp));
    throw new UserError(`-o ${current}: cannot write the output (${describeWriteError(error)}); choose another path with -o`);
  } finally {
    writesInProgress--;
    if (interruptedBy) dieOf(interruptedBy);
  }
}

function tempPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.satzpaar-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
}

async function removeAll(paths: string[]): Promise<void> {
  await Promise.all(paths.map((path) => rm(path, { force: true })));
}

/** Chunk size for writing: small enough that a signal is noticed quickly. */
const CHUNK = 4 * 2 ** 20;

async function writeWholeFile(path: string, content: string | Uint8Array): Promise<void> {
  // 'wx': never follow or reuse something already at the temp path.
  const handle = await open(path, 'wx', 0o666);
  try {
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    for (let offset = 0; offset < bytes.length && !interruptedBy; ) {
      const { bytesWritten } = await handle.write(bytes, offset, Math.min(CHUNK, bytes.length - offset));
      offset += bytesWritten;
    }
    if (!interruptedBy) await handle.sync();
  } finally {
    await handle.close();
  }
}

let writesInProgress = 0;
let interruptedBy: NodeJS.Signals | undefined;
let handlersInstalled = false;

/**
 * Installed when the first output file is about to be written, not before: until then the
 * default action applies and Ctrl-C stops a long alignment at once (nothing is on disk yet).
 * During a write the handler only records the signal; `writeOutputs` then removes its temp files
 * and calls `dieOf`. After the write a signal ends the process at once.
 */
function installSignalHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      if (writesInProgress > 0) interruptedBy ??= signal;
      else dieOf(signal);
    });
  }
}

/**
 * Ends the process by `signal` with its default action, as Unix tools should after cleaning up:
 * the shell then reports 128 + the signal number (130 for Ctrl-C) and a shell loop stops too.
 */
function dieOf(signal: NodeJS.Signals): void {
  process.removeAllListeners(signal);
  process.kill(process.pid, signal);
}

function writeToStdout(content: string | Uint8Array): Promise<void> {
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
