import { chmodSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect } from 'vitest';
import { runCli, type CliResult } from './cli.js';

/**
 * A fresh temp folder, removed after the test file. World-readable (mkdtemp makes it 0700) so
 * that the CLI run as an unprivileged user (see `unprivilegedUser`) can reach the files in it.
 */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'satzpaar-robust-'));
  chmodSync(dir, 0o755);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Names in `dir`, hidden temp files included, sorted. */
export function filesIn(dir: string): string[] {
  return readdirSync(dir).sort();
}

/**
 * The contract for every user error: exit 2 (or `status`), nothing on stdout, exactly one line on
 * stderr that starts with "satzpaar:" and matches `pattern` (the file and the problem), no stack.
 */
export function expectOneLineError(result: CliResult, pattern: RegExp, status = 2): void {
  expect(result.stderr).toMatch(pattern);
  expect(result.status).toBe(status);
  expect(result.stdout).toBe('');
  const lines = result.stderr.split('\n').filter((line) => line !== '');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^satzpaar: /);
  expect(result.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
}

/**
 * Root ignores file permissions, so `chmod 000` cannot make a file unreadable for it (CI runs as
 * root). There the permission cases run the CLI as the unprivileged user `nobody` instead, when
 * that user can start it (the checkout must be world-readable); otherwise they are skipped.
 */
export function unprivilegedUser(): { uid?: number; gid?: number } | undefined {
  if (process.getuid?.() !== 0) return {};
  const nobody = { uid: 65534, gid: 65534 };
  return runCli(['--version'], nobody).status === 0 ? nobody : undefined;
}

