import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { expectExactOffsets } from '../helpers/invariants.js';

interface CleanRecord {
  path: string;
  lang: string;
  sentences: Array<{ text: string; start: number; end: number; clean: string }>;
}

describe('satzpaar segment --clean', () => {
  const dir = mkdtempSync(join(tmpdir(), 'satzpaar-clean-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const page = join(dir, 'page.html');
  writeFileSync(page, [
    '<html><head><title>Quarterly update</title><script>track("a. B.");</script></head><body>',
    '<p>The board met on Monday to discuss the results of the last three months. <em>Sales rose.</em> <b>Costs</b> fell &amp; margins grew!</p>',
    '<p>Contents</p>',
    '<pre>Results.............. 4\nOutlook ............ 9</pre>',
    '////////////////////',
    '</body></html>',
  ].join('\n'));

  it('text: prints the cleaned sentences, one a line (language detected from the cleaned text; the <title> is not page text)', () => {
    const result = runCli(['segment', '--clean', page]);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe([
      'The board met on Monday to discuss the results of the last three months.', 'Sales rose.', 'Costs fell & margins grew!', 'Contents', 'Results', 'Outlook', '',
    ].join('\n'));
  });

  it('jsonl: exact offsets into the file plus the cleaned text', () => {
    const result = runCli(['segment', '--clean', '--lang', 'en', '--format', 'jsonl', page]);
    expect(result.status).toBe(0);
    const record = JSON.parse(result.stdout) as CleanRecord;
    expectExactOffsets(record.sentences, readFileSync(page, 'utf8'));
    expect(record.sentences.map((s) => s.clean)).toContain('Costs fell & margins grew!');
    expect(record.sentences.find((s) => s.clean === 'Costs fell & margins grew!')?.text).toBe('Costs</b> fell &amp; margins grew!');
  });

  it('reads an HTML page in clean mode without --clean', () => {
    const result = runCli(['segment', '--format', 'jsonl', page]);
    expect(result.status).toBe(0);
    const record = JSON.parse(result.stdout) as CleanRecord;
    expect(record.lang).toBe('en');
    expect(record.sentences.map((s) => s.clean)).toContain('Costs fell & margins grew!');
  });

  it('without --clean, text that is not an HTML page keeps its markup and has no clean field', () => {
    const fragment = join(dir, 'fragment.txt');
    writeFileSync(fragment, 'Some text with <b>bold</b> words.\n<p>A paragraph tag.</p>\n');
    const result = runCli(['segment', '--lang', 'en', '--format', 'jsonl', fragment]);
    expect(result.status).toBe(0);
    const record = JSON.parse(result.stdout) as CleanRecord;
    expect(record.sentences.every((s) => !('clean' in s))).toBe(true);
    expect(record.sentences.some((s) => s.text.includes('<p>'))).toBe(true);
  });

  it('exit 2 when combined with --presegmented', () => {
    const result = runCli(['segment', '--clean', '--presegmented', '--lang', 'en', page]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/--clean/);
    expect(result.stdout).toBe('');
  });
});
