import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ClaimsDiffDocument } from '../../src/core/claims.js';
import { fixture, runCli } from '../helpers/cli.js';

const ZDNET = fixture('en-zdnet-microsoft-buys-kinvolk.txt');
const MICROSOFT_DE = fixture('de-microsoft-announcement-kinvolk.txt');
const SMALL = [fixture('claims/small.en'), fixture('claims/small.de'), '--presegmented', '--mode', 'parallel'];

function diffJson(args: string[]): ClaimsDiffDocument {
  const result = runCli(['diff', ...args, '--format', 'json']);
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return JSON.parse(result.stdout) as ClaimsDiffDocument;
}

describe('satzpaar diff on the Kinvolk fixtures', () => {
  const doc = diffJson([ZDNET, MICROSOFT_DE]);
  const text = (lang: 'en' | 'de', i: number) => doc.sentences[lang][i]!.text;

  it('shows the acquisition, AKS/Azure Arc and the Flatcar community as matches on linked sentences', () => {
    // Which English sentence the aligner links is its business; the German statement is fixed.
    const linked = doc.findings.filter((f) => f.status === 'match' && f.reason === 'aligned sentences');
    const matchIn = (deStart: string, value: string) =>
      linked.some((f) => text('de', f.de!.sentence).startsWith(deStart) && f.en!.value === value && f.de!.value === value);
    expect(matchIn('Hiermit geben wir bekannt, dass Microsoft Kinvolk GmbH', 'microsoft')).toBe(true);
    expect(matchIn('Hiermit geben wir bekannt, dass Microsoft Kinvolk GmbH', 'kinvolk')).toBe(true);
    expect(matchIn('Dort werden sie wichtige Mitwirkende', 'aks')).toBe(true);
    expect(matchIn('Dort werden sie wichtige Mitwirkende', 'azure arc')).toBe(true);
    expect(matchIn('Für Flatcar Container Linux gibt es eine beträchtliche Community', 'flatcar container linux')).toBe(true);
  });

  it('shows "April 29" as English-only', () => {
    const april = doc.findings.find((f) => f.en?.text === 'April 29');
    expect(april).toMatchObject({ status: 'en-only', type: 'date', de: null, en: { value: '--04-29' } });
  });

  it('writes JSON whose sides are exact slices of the sentences, conflicts first', () => {
    expect(doc).toMatchObject({ format: 'satzpaar-claims', version: 1 });
    expect(doc.documents.en.path).toBe(ZDNET);
    for (const f of doc.findings) {
      for (const lang of ['en', 'de'] as const) {
        const side = f[lang];
        if (side) expect(text(lang, side.sentence).slice(side.start, side.end)).toBe(side.text);
      }
    }
    const firstOther = doc.findings.findIndex((f) => f.status !== 'conflict');
    expect(doc.findings.slice(firstOther).some((f) => f.status === 'conflict')).toBe(false);
  });

  it('prints the text report: English-only claims with their sentence, then matches', () => {
    const result = runCli(['diff', ZDNET, MICROSOFT_DE]);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^EN .*en-zdnet.*DE .*de-microsoft/);
    expect(result.stdout).toMatch(/English only \(\d+\)\n(.*\n)*• date +"April 29" \(--04-29\).*\n +EN \d+ +.*announced on »April 29«/);
    expect(result.stdout).toMatch(/Matches in aligned sentences \(\d+\)\n(.*\n)*= Microsoft, Kinvolk GmbH\n +EN 7 +Microsoft has acquired Kinvolk GmbH/);
    expect(result.stdout).not.toMatch(/\u001b\[/);
  });

  it('gives the same findings from a saved alignment', () => {
    const dir = mkdtempSync(join(tmpdir(), 'satzpaar-'));
    const alignment = join(dir, 'alignment.json');
    expect(runCli(['align', ZDNET, MICROSOFT_DE, '-o', alignment]).status).toBe(0);
    expect(diffJson([alignment]).findings).toEqual(doc.findings);
  });
});

describe('satzpaar diff on a small translation', () => {
  it('finds the changed year as a conflict and the rest as matches', () => {
    const doc = diffJson(SMALL);
    const conflicts = doc.findings.filter((f) => f.status === 'conflict');
    expect(conflicts.map((f) => [f.type, f.en!.text, f.de!.text])).toEqual([['date', '2015', '2016']]);
    expect(doc.findings.filter((f) => f.status === 'match').map((f) => f.type)).toEqual(
      expect.arrayContaining(['amount', 'entity', 'negation']),
    );
  });

  it('highlights the conflicting values in the text report', () => {
    const result = runCli(['diff', ...SMALL]);
    expect(result.stdout).toMatch(/Conflicts \(1\)\n✗ date +"2015" \(2015\) ≠ "2016" \(2016\)/);
    expect(result.stdout).toContain('EN 1    The company was founded in Berlin in »2015«.');
    expect(result.stdout).toContain('DE 1    Das Unternehmen wurde »2016« in Berlin gegründet.');
  });

  it('--format html writes the report with the conflict marked, the same page as align --format html', () => {
    const result = runCli(['diff', ...SMALL, '--format', 'html']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^<!DOCTYPE html>/i);
    expect(result.stdout).toContain('≠ DE 2016');
    const viaAlign = runCli(['align', ...SMALL, '--format', 'html']);
    expect(viaAlign.status).toBe(0);
    expect(result.stdout).toBe(viaAlign.stdout);
  });

  it('exits 1 with --fail-on conflict when there is a conflict, 0 when there is none', () => {
    expect(runCli(['diff', ...SMALL, '--fail-on', 'conflict']).status).toBe(1);
    expect(runCli(['diff', ...SMALL]).status).toBe(0);
    const dir = mkdtempSync(join(tmpdir(), 'satzpaar-'));
    writeFileSync(join(dir, 'a.en'), 'The company was founded in 2015.\n');
    writeFileSync(join(dir, 'a.de'), 'Das Unternehmen wurde 2015 gegründet.\n');
    expect(runCli(['diff', join(dir, 'a.en'), join(dir, 'a.de'), '--presegmented', '--langs', 'en,de', '--fail-on', 'conflict']).status).toBe(0);
  });

  it('colours the report when forced, and never in a file written with -o', () => {
    const coloured = runCli(['diff', ...SMALL], { env: { NO_COLOR: '', FORCE_COLOR: '1' } });
    expect(coloured.stdout).toMatch(/\u001b\[/);
    const dir = mkdtempSync(join(tmpdir(), 'satzpaar-'));
    const out = join(dir, 'diff.txt');
    const written = runCli(['diff', ...SMALL, '-o', out], { env: { NO_COLOR: '', FORCE_COLOR: '1' } });
    expect(written.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).not.toMatch(/\u001b\[/);
    expect(readdirSync(dir)).toEqual(['diff.txt']);
  });

  it('counts the matches found in other sentences, and lists them with --verbose', () => {
    const brief = runCli(['diff', ZDNET, MICROSOFT_DE]).stdout;
    expect(brief).toMatch(/Matches found in other sentences \(\d+\)\n {2}entity \d+ {2}\(--verbose lists them\)/);
    const verbose = runCli(['diff', ZDNET, MICROSOFT_DE, '--verbose']).stdout;
    expect(verbose).toMatch(/= entity +"Azure" = "Azure" EN \d+ ↔ DE \d+, found in another sentence of the other document/);
  });
});

describe('satzpaar diff on a translated article, segmented and aligned by satzpaar', () => {
  const EN = fixture('claims/translation.en.txt');
  const DE = fixture('claims/translation.de.txt');

  it('finds nothing to report in a faithful translation with German conventions', () => {
    const doc = diffJson([EN, DE]);
    expect(doc.findings.filter((f) => f.status !== 'match')).toEqual([]);
    expect(new Set(doc.findings.map((f) => f.type))).toEqual(new Set(['entity', 'date', 'time', 'number', 'percentage', 'amount', 'quantity', 'negation']));
  });

  it('finds changed claims as conflicts', () => {
    const dir = mkdtempSync(join(tmpdir(), 'satzpaar-'));
    const changed = join(dir, 'changed.de.txt');
    writeFileSync(
      changed,
      readFileSync(DE, 'utf8').replace('29. April 2021', '29. April 2022').replace('um 40 %', 'um 14 %').replace('nach Redmond', 'nach Seattle'),
    );
    const result = runCli(['diff', EN, changed, '--format', 'json', '--fail-on', 'conflict']);
    expect(result.status).toBe(1);
    const doc = JSON.parse(result.stdout) as ClaimsDiffDocument;
    expect(doc.findings.filter((f) => f.status !== 'match').map((f) => [f.status, f.type, f.en?.text, f.de?.text])).toEqual([
      ['conflict', 'date', 'April 29, 2021', '29. April 2022'],
      ['conflict', 'percentage', '40%', '14 %'],
      ['conflict', 'entity', 'Redmond', 'Seattle'],
    ]);
  });
});

describe('satzpaar diff errors', () => {
  it('2 when the single argument is not an alignment', () => {
    const result = runCli(['diff', ZDNET]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/en-zdnet-microsoft-buys-kinvolk\.txt: not a satzpaar alignment/);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('2 for an alignment of another format version', () => {
    const dir = mkdtempSync(join(tmpdir(), 'satzpaar-'));
    const path = join(dir, 'old.json');
    writeFileSync(path, JSON.stringify({ format: 'satzpaar-alignment', version: 99, sentences: { en: [], de: [] }, alignments: [] }));
    const result = runCli(['diff', path]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/version 99 is not supported/);
  });

  it('2 for aligning options given with an alignment, and for an unknown format', () => {
    const dir = mkdtempSync(join(tmpdir(), 'satzpaar-'));
    const alignment = join(dir, 'alignment.json');
    runCli(['align', ...SMALL, '-o', alignment]);
    const result = runCli(['diff', alignment, '--mode', 'parallel']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/--mode applies when diffing two documents/);
    // Named as typed, not as commander stores it (lexiconMode).
    expect(runCli(['diff', alignment, '--lexicon-mode', 'replace']).stderr).toMatch(/^satzpaar: --lexicon-mode applies when/);
    expect(runCli(['diff', alignment, '--sentence-links']).status).toBe(2);
    expect(runCli(['diff', ...SMALL, '--format', 'xml']).status).toBe(2);
    expect(runCli(['diff', ...SMALL, '--fail-on', 'everything']).status).toBe(2);
  });

  it('2 for a missing file', () => {
    const result = runCli(['diff', 'no-such-file.txt', MICROSOFT_DE]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/no-such-file\.txt: no such file/);
  });
});
