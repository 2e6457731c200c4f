import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const BIN = join(ROOT, 'bin', 'satzpaar.js');

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * A V8 flag for the tests' runs only: it compiles each regular expression straight to machine code, sparing every run
 * that reads claims about a second of compiling the number grammars twice (bytecode, then machine code), which keeps
 * the suite within CI's time. Matching is the same either way; launcher.test.ts runs the CLI bare, as users do, and
 * compares. The product does not set it: set from inside a running process it crashed one run in a few hundred.
 */
export const NODE_FLAGS = ['--no-regexp-tier-up'];

/** Runs the built CLI the way a user does; tests never import the command code directly. */
export function runCli(args: string[], options: { cwd?: string; input?: string; env?: NodeJS.ProcessEnv; uid?: number; gid?: number; timeoutMs?: number } = {}): CliResult {
  const result = spawnSync(process.execPath, [...NODE_FLAGS, BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...options.env },
    maxBuffer: 256 * 1024 * 1024,
    uid: options.uid,
    gid: options.gid,
    // Without a limit a hanging CLI would block the test worker (spawnSync ignores test timeouts).
    timeout: options.timeoutMs,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A file of fixtures/: the Kinvolk articles at its top, the tests' own inputs in its folders. */
export function fixture(name: string): string {
  return join(ROOT, 'fixtures', name);
}

export const EN_FIXTURES = readdirSync(join(ROOT, 'fixtures')).filter((f) => f.startsWith('en-')).sort();
export const DE_FIXTURES = readdirSync(join(ROOT, 'fixtures')).filter((f) => f.startsWith('de-')).sort();
