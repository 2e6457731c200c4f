import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AlignmentDocument } from '../../src/core/types.js';
import { fixture, ROOT, runCli } from '../helpers/cli.js';
import { parseTmx } from '../helpers/tmx.js';

const EN = fixture('en-zdnet-microsoft-buys-kinvolk.txt');
const DE = fixture('de-microsoft-announcement-kinvolk.txt');

describe('language labels never contradict the text', () => {
  it('--langs that a confident detection contradicts exits 2 with one line naming the file, the detection and --force-langs', () => {
    const result = runCli(['align', EN, DE, '--langs', 'de,en', '--format', 'tmx']);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(new RegExp(`^satzpaar: ${EN}: stated as German but its text is English \\(detected: eng, confidence [0-9.]+\\); .*--force-langs`));
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('--force-langs keeps the stated languages', () => {
    const result = runCli(['align', EN, DE, '--langs', 'de,en', '--force-langs']);
    expect(result.status).toBe(0);
    const doc = JSON.parse(result.stdout) as AlignmentDocument;
    expect(doc.documents.de.path).toBe(EN);
    expect(doc.documents.de.language.source).toBe('stated');
  });

  it('--force-langs needs languages to keep', () => {
    const result = runCli(['align', EN, DE, '--force-langs']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/--force-langs keeps stated languages; state them with --langs/);
  });

  it('batch --trust-columns on swapped columns fails that pair with the same advice', () => {
    const dir = mkdtempSync(join(tmpdir(), 'satzpaar-labels-'));
    writeFileSync(join(dir, 'manifest.tsv'), `${DE}\t${EN}\tswapped\n`);
    const result = runCli(['batch', join(dir, 'manifest.tsv'), '--out-dir', join(dir, 'out'), '--trust-columns', '--jobs', '1']);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/line 1 \(swapped\): .*stated as English but its text is German .*--force-langs/);
  });
});

describe('--tmx-langs either side as source', () => {
  it('de-DE,en-US makes German the source: srclang and the first tuv', () => {
    const tmx = parseTmx(runCli(['align', EN, DE, '--format', 'tmx', '--tmx-langs', 'de-DE,en-US']).stdout);
    expect(tmx.header.srclang).toBe('de-DE');
    for (const tu of tmx.tus) expect(tu.tuvs.map((t) => t.lang)).toEqual(['de-DE', 'en-US']);
    const english = parseTmx(runCli(['align', EN, DE, '--format', 'tmx', '--tmx-langs', 'en-US,de-DE']).stdout);
    expect(tmx.tus.map((tu) => tu.tuvs[0]!.seg)).toEqual(english.tus.map((tu) => tu.tuvs[1]!.seg));
  });

  it('refuses codes that do not name English and German', () => {
    const result = runCli(['align', EN, DE, '--format', 'tmx', '--tmx-langs', 'fr-FR,en-US']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/--tmx-langs fr-FR,en-US: the codes must name English \(en…\) and German \(de…\), the source language first/);
  });
});

describe('source file names in TMX and XLIFF', () => {
  const dir = mkdtempSync(join(tmpdir(), 'satzpaar-paths-'));
  const alignment = join(dir, 'absolute.json');
  // Aligned with absolute paths, as a batch manifest or a script gives them.
  writeFileSync(alignment, runCli(['align', EN, DE]).stdout);

  it('are relative to the current folder', () => {
    const tmx = parseTmx(runCli(['export', alignment, '--format', 'tmx'], { cwd: join(ROOT, 'fixtures') }).stdout);
    expect(tmx.tus[0]!.props['x-en-file']).toBe('en-zdnet-microsoft-buys-kinvolk.txt');
    const fromRoot = parseTmx(runCli(['export', alignment, '--format', 'tmx']).stdout);
    expect(fromRoot.tus[0]!.props['x-de-file']).toBe(relative(ROOT, DE));
    const xliff = runCli(['export', alignment, '--format', 'xliff']).stdout;
    expect(xliff).toContain(`original="${relative(ROOT, EN)}"`);
    expect(xliff).not.toContain(ROOT);
  });

  it('are left out with --no-source-paths', () => {
    const tmx = runCli(['export', alignment, '--format', 'tmx', '--no-source-paths']).stdout;
    expect(parseTmx(tmx).tus[0]!.props).not.toHaveProperty('x-en-file');
    expect(tmx).not.toContain('kinvolk.txt');
    const xliff = runCli(['export', alignment, '--format', 'xliff', '--xliff-version', '1.2', '--no-source-paths']).stdout;
    expect(xliff).toContain('original="satzpaar-alignment"');
    expect(xliff).not.toContain('kinvolk.txt');
    expect(readFileSync(alignment, 'utf8')).toContain(EN);
  });
});
