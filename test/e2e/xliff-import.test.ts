import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, runCli } from '../helpers/cli.js';
import { xliffPairs } from '../helpers/xliff.js';

/**
 * Translate Toolkit's readers (Debian's python3-translate) as a CAT tool's import: the units they
 * find must be the units satzpaar wrote. Its XLIFF reader is for 1.x; 2.1 is checked against the
 * schema (xliff.test.ts, office.test.ts). Skipped, saying so, where the toolkit is not installed.
 */
const PYTHON = ['/usr/bin/python3', 'python3'].find((python) => spawnSync(python, ['-c', 'import translate.storage.xliff, translate.storage.tmx']).status === 0);

const READ_UNITS = `
import json, sys
from translate.storage import tmx, xliff
kind, path = sys.argv[1], sys.argv[2]
store = (xliff.xlifffile if kind == 'xliff' else tmx.tmxfile).parsefile(path)
print(json.dumps([[u.source, u.target] for u in store.units if not u.isheader()], ensure_ascii=False))
`;

if (!PYTHON) console.warn('xliff-import.test.ts: skipped: Translate Toolkit (python3-translate) is not installed; .ci/validate-xliff installs it');

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
