import { chmodSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect } from 'vitest';
import type { AlignmentDocument, Sentence } from '../../src/core/types.js';
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

/**
 * The offset and nothing-lost invariants of test/helpers/invariants.ts, checked without one
 * `expect` per sentence (100,000 sentences would take seconds): the first violation, or undefined.
 */
export function firstSentenceProblem(sentences: Sentence[], text: string): string | undefined {
  let cursor = 0;
  for (const [k, s] of sentences.entries()) {
    if (text.slice(s.start, s.end) !== s.text) return `sentence ${k}: text is not text.slice(${s.start}, ${s.end})`;
    if (s.text === '' || s.text.trim() !== s.text) return `sentence ${k}: empty or not trimmed`;
    if (s.start < cursor) return `sentence ${k}: overlaps the one before`;
    if (text.slice(cursor, s.start).trim() !== '') return `sentence ${k}: non-space text before it was dropped`;
    cursor = s.end;
  }
  return text.slice(cursor).trim() === '' ? undefined : 'non-space text after the last sentence was dropped';
}

/** Every sentence index of both sides in exactly one link: the first violation, or undefined. */
export function firstLinkProblem(doc: AlignmentDocument): string | undefined {
  for (const lang of ['en', 'de'] as const) {
    const seen = new Uint8Array(doc.sentences[lang].length);
    for (const link of doc.alignments) {
      for (const index of link[lang]) {
        if (!(index >= 0 && index < seen.length)) return `${lang} index ${index} out of range`;
        if (seen[index]++) return `${lang} sentence ${index} in two links`;
      }
    }
    const missing = seen.indexOf(0);
    if (missing >= 0) return `${lang} sentence ${missing} in no link`;
  }
  return doc.alignments.some((l) => l.en.length + l.de.length === 0) ? 'an empty link' : undefined;
}
