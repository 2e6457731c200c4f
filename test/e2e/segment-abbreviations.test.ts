import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

describe('satzpaar segment --abbreviations', () => {
  const dir = mkdtempSync(join(tmpdir(), 'satzpaar-abbrev-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const input = join(dir, 'memo.txt');
  writeFileSync(input, 'The review is in Bldg. Seven on Friday, Rm. Twelve. Please be on time.\n');

  it('without the file, an unknown abbreviation before a capitalised word ends the sentence', () => {
    const result = runCli(['segment', '--lang', 'en', input]);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('The review is in Bldg.\nSeven on Friday, Rm.\nTwelve.\nPlease be on time.\n');
  });

  it('with the file, its entries (with or without period, comments allowed) are abbreviations', () => {
    const list = join(dir, 'extra.abbreviations');
    writeFileSync(list, '# site-specific\nBldg.\nrm\nInc.   # already in the shipped list, harmless\n');
    const result = runCli(['segment', '--lang', 'en', '--abbreviations', list, input]);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('The review is in Bldg. Seven on Friday, Rm. Twelve.\nPlease be on time.\n');
  });

  it('exit 2 naming the option when the file is missing', () => {
    const result = runCli(['segment', '--lang', 'en', '--abbreviations', join(dir, 'missing.txt'), input]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/--abbreviations/);
    expect(result.stdout).toBe('');
  });
});
