import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, runCli } from '../helpers/cli.js';
import { rowsOf } from '../helpers/report.js';

const EN = fixture('en-zdnet-microsoft-buys-kinvolk.txt');
const DE = fixture('de-microsoft-announcement-kinvolk.txt');

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'satzpaar-report-cli-'));
}

describe('satzpaar report and align --format html', () => {
  it('writes the same page from a saved alignment as align --format html, on stdout or to -o', () => {
    const dir = tempDir();
    const json = join(dir, 'alignment.json');
    expect(runCli(['align', EN, DE, '-o', json]).status).toBe(0);
    const direct = runCli(['align', EN, DE, '--format', 'html']);
    expect(direct.status).toBe(0);
    expect(direct.stderr).toBe('');
    const fromJson = runCli(['report', json]);
    expect(fromJson.status).toBe(0);
    expect(fromJson.stderr).toBe('');
    expect(fromJson.stdout.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(fromJson.stdout).toBe(direct.stdout);

    const out = join(dir, 'report.html');
    const written = runCli(['report', json, '-o', out]);
    expect(written.status).toBe(0);
    expect(written.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toBe(direct.stdout);
  });

  it('starts the low-confidence filter at --min-score', () => {
    const result = runCli(['align', EN, DE, '--format', 'html', '--min-score', '0.3']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('id="filter-threshold" min="0" max="1" step="0.05" value="0.3"');
  });

  it('shows markup in a document as text', () => {
    const dir = tempDir();
    const en = join(dir, 'en.txt');
    const de = join(dir, 'de.txt');
    writeFileSync(en, 'The page said <script>alert("owned")</script> twice.\nIt was 2015.\n');
    writeFileSync(de, 'Die Seite zeigte <script>alert("owned")</script> zweimal.\nEs war 2015.\n');
    const result = runCli(['align', en, de, '--langs', 'en,de', '--mode', 'parallel', '--presegmented', '--format', 'html']);
    expect(result.status).toBe(0);
    expect(rowsOf(result.stdout, 'alignment')[0]).toContain('&lt;script&gt;alert(&quot;owned&quot;)&lt;/script&gt;');
    expect(result.stdout.match(/<script>/g)).toHaveLength(1);
    expect(result.stdout).not.toContain('<script>alert');
  });

  it.each([
    ['not JSON', 'this is not json', /not a satzpaar alignment \(not JSON\); give an alignment written by satzpaar align/],
    ['another JSON file', '{"format": "satzpaar-claims", "version": 1}', /not a satzpaar alignment/],
    ['an alignment without its documents', JSON.stringify({ format: 'satzpaar-alignment', version: 1, mode: 'parallel', sentences: { en: [], de: [] }, alignments: [] }),
      /damaged satzpaar alignment: documents\.en\.path is missing/],
    ['a link to a sentence that is not there', JSON.stringify({
      format: 'satzpaar-alignment', version: 1, mode: 'parallel', modeReason: '', generator: { name: 'satzpaar', version: '0' },
      documents: { en: { path: 'a', sha256: '0', language: {} }, de: { path: 'b', sha256: '1', language: {} } },
      sentences: { en: [{ text: 'A.', start: 0, end: 2 }], de: [] },
      alignments: [{ en: [0], de: [3], score: 0.5 }],
    }), /damaged satzpaar alignment: alignments\[0\]\.de is not a list of sentence indices below 0/],
  ])('refuses %s with one line naming the file (exit 2)', (_, content, message) => {
    const dir = tempDir();
    const file = join(dir, 'input.json');
    writeFileSync(file, content);
    const result = runCli(['report', file]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toContain(file);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('refuses a missing file and an output path that is the input', () => {
    const missing = runCli(['report', join(tempDir(), 'nope.json')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/no such file/);
    const dir = tempDir();
    const json = join(dir, 'alignment.json');
    expect(runCli(['align', EN, DE, '-o', json]).status).toBe(0);
    const clobber = runCli(['report', json, '-o', json]);
    expect(clobber.status).toBe(2);
    expect(clobber.stderr).toMatch(/-o .*: is the input file/);
    expect(JSON.parse(readFileSync(json, 'utf8')).format).toBe('satzpaar-alignment');
  });
});
