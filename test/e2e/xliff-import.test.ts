import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import xliff12ToJs from 'xliff/xliff12ToJs';
import xliff2js from 'xliff/xliff2js';
import { fixture, runCli } from '../helpers/cli.js';
import { xliffPairs } from '../helpers/xliff.js';

/**
 * XLIFF 2.1 and 1.2 as a JavaScript localisation tool reads them (the `xliff` package, i18next's
 * converter): every unit's source and target, under the languages the file names.
 */
describe('the xliff package imports the XLIFF exports', () => {
  const json = join(mkdtempSync(join(tmpdir(), 'satzpaar-xliff-js-')), 'kinvolk.json');
  writeFileSync(json, runCli(['align', fixture('en-zdnet-microsoft-buys-kinvolk.txt'), fixture('de-microsoft-announcement-kinvolk.txt')]).stdout);

  it.each([
    ['2.1', xliff2js],
    ['1.2', xliff12ToJs],
  ] as const)('XLIFF %s', async (version, read) => {
    const xml = runCli(['export', json, '--format', 'xliff', '--xliff-version', version, '--tmx-langs', 'de-DE,en-GB']).stdout;
    const imported = (await read(xml)) as { sourceLanguage: string; targetLanguage: string; resources: Record<string, Record<string, { source: string; target: string }>> };
    expect([imported.sourceLanguage, imported.targetLanguage]).toEqual(['de-DE', 'en-GB']);
    const units = Object.values(imported.resources).flatMap((file) => Object.values(file).map((unit) => [unit.source, unit.target]));
    expect(units.length).toBeGreaterThan(5);
    expect(units).toEqual(xliffPairs(xml));
  });
});

/**
 * Translate Toolkit's readers (Debian's python3-translate) as a CAT tool's import: the units they
 * find must be the units satzpaar wrote. Its XLIFF reader is for 1.x; its 2.x reader
 * (translate.storage.xliff2) came with Translate Toolkit 3.17, newer than Debian 12's 3.8, and
 * checks 2.1 where it is installed. Skipped, saying so, where the toolkit or that reader is missing.
 */
const pythonWith = (modules: string) => ['/usr/bin/python3', 'python3'].find((python) => spawnSync(python, ['-c', `import ${modules}`]).status === 0);
const PYTHON = pythonWith('translate.storage.xliff, translate.storage.tmx');
const PYTHON_XLIFF2 = pythonWith('translate.storage.xliff2');

const READ_UNITS = `
import json, sys
from translate.storage import tmx, xliff
kind, path = sys.argv[1], sys.argv[2]
store = (xliff.xlifffile if kind == 'xliff' else tmx.tmxfile).parsefile(path)
print(json.dumps([[u.source, u.target] for u in store.units if not u.isheader()], ensure_ascii=False))
`;

const READ_XLIFF2 = `
import json, sys
from translate.storage import xliff2
store = xliff2.Xliff2File.parsefile(sys.argv[1])
units = [[u.source, u.target] for u in store.units if not u.isheader()]
print(json.dumps({'languages': [store.getsourcelanguage(), store.gettargetlanguage()], 'units': units}, ensure_ascii=False))
`;

if (!PYTHON) console.warn('xliff-import.test.ts: skipped: Translate Toolkit (python3-translate) is not installed; .ci/validate-xliff installs it');
if (!PYTHON_XLIFF2) console.warn("xliff-import.test.ts: XLIFF 2.1 through Translate Toolkit skipped: its 2.x reader (translate.storage.xliff2, 3.17 or later) is not installed; Debian 12's python3-translate is 3.8");

describe.skipIf(!PYTHON)('Translate Toolkit imports the exports', () => {
  const dir = mkdtempSync(join(tmpdir(), 'satzpaar-import-'));
  const alignment = join(dir, 'kinvolk.json');
  writeFileSync(alignment, runCli(['align', fixture('en-zdnet-microsoft-buys-kinvolk.txt'), fixture('de-microsoft-announcement-kinvolk.txt')]).stdout);
  const read = (kind: 'xliff' | 'tmx', file: string) => JSON.parse(spawnSync(PYTHON!, ['-c', READ_UNITS, kind, file], { encoding: 'utf8' }).stdout) as Array<[string, string]>;

  it('XLIFF 1.2: every unit with its source and target, German as the source when asked', () => {
    const file = join(dir, 'kinvolk.xlf');
    const written = runCli(['export', alignment, '--format', 'xliff', '--xliff-version', '1.2', '--tmx-langs', 'de-DE,en-US', '-o', file]);
    expect(written.status).toBe(0);
    const expected = xliffPairs(runCli(['export', alignment, '--format', 'xliff', '--xliff-version', '1.2', '--tmx-langs', 'de-DE,en-US']).stdout);
    expect(expected.length).toBeGreaterThan(5);
    expect(read('xliff', file)).toEqual(expected);
  });

  it('TMX: the same units, source first', () => {
    const file = join(dir, 'kinvolk.tmx');
    expect(runCli(['export', alignment, '--format', 'tmx', '-o', file]).status).toBe(0);
    const units = read('tmx', file);
    expect(units).toEqual(xliffPairs(runCli(['export', alignment, '--format', 'xliff']).stdout));
  });
});

describe.skipIf(!PYTHON_XLIFF2)("Translate Toolkit's XLIFF 2 reader imports the 2.1 export", () => {
  it('every unit with its source and target, under the languages asked for', () => {
    const dir = mkdtempSync(join(tmpdir(), 'satzpaar-import-2-'));
    const file = join(dir, 'kinvolk.xlf');
    const pair = [fixture('en-zdnet-microsoft-buys-kinvolk.txt'), fixture('de-microsoft-announcement-kinvolk.txt')];
    expect(runCli(['align', ...pair, '--format', 'xliff', '--tmx-langs', 'de-DE,en-US', '-o', file]).status).toBe(0);
    const imported = JSON.parse(spawnSync(PYTHON_XLIFF2!, ['-c', READ_XLIFF2, file], { encoding: 'utf8' }).stdout) as { languages: string[]; units: Array<[string, string]> };
    expect(imported.languages).toEqual(['de-DE', 'en-US']);
    const expected = xliffPairs(readFileSync(file, 'utf8'));
    expect(expected.length).toBeGreaterThan(5);
    expect(imported.units).toEqual(expected);
  });
});
