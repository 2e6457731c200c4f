import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AlignmentDocument, AlignmentLink, Lang } from '../../src/core/types.js';
import { DE_FIXTURES, EN_FIXTURES, fixture, ROOT, runCli } from '../helpers/cli.js';
import { parseTmx } from '../helpers/tmx.js';

const NASTY = fixture('tmx/nasty-alignment.json');
const DTD = fixture('tmx/tmx14.dtd');
const hasXmllint = spawnSync('xmllint', ['--version']).status === 0;

/** The contract, computed from the alignment JSON alone: which links a bilingual export holds. */
function twoSided(doc: AlignmentDocument, minScore = 0): Array<[number, AlignmentLink]> {
  return doc.alignments.map((link, i) => [i, link] as [number, AlignmentLink]).filter(([, l]) => l.en.length > 0 && l.de.length > 0 && l.score >= minScore);
}

function sideText(doc: AlignmentDocument, lang: Lang, link: AlignmentLink): string {
  return link[lang].map((i) => doc.sentences[lang][i]!.text).join(' ').replace(/[\t\n\v\f\r \u0085\u2028\u2029]+/g, ' ').trim();
}

function ok(args: string[], env?: NodeJS.ProcessEnv) {
  const result = runCli(args, { env });
  expect(result.stderr).not.toMatch(/internal error/);
  expect(result.status).toBe(0);
  return result;
}

describe('satzpaar export on an alignment of the Kinvolk fixtures', () => {
  let dir: string;
  let alignmentPath: string;
  let doc: AlignmentDocument;
  const pair = [fixture(EN_FIXTURES[0]!), fixture(DE_FIXTURES[0]!)];

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'satzpaar-export-'));
    alignmentPath = join(dir, 'alignment.json');
    ok(['align', ...pair, '-o', alignmentPath]);
    doc = JSON.parse(readFileSync(alignmentPath, 'utf8')) as AlignmentDocument;
  });

  it('tmx: every two-sided link arrives as one tu with its tuid, texts and props; the count goes to stderr', () => {
    const result = ok(['export', alignmentPath, '--format', 'tmx']);
    const tmx = parseTmx(result.stdout);
    const expected = twoSided(doc);
    expect(expected.length).toBeGreaterThan(0);
    expect(tmx.tus.map((tu) => tu.attributes.tuid)).toEqual(expected.map(([i]) => String(i)));
    tmx.tus.forEach((tu, n) => {
      const link = expected[n]![1];
      expect(tu.tuvs).toEqual([
        { lang: 'en', seg: sideText(doc, 'en', link), segChildren: 0 },
        { lang: 'de', seg: sideText(doc, 'de', link), segChildren: 0 },
      ]);
      expect(tu.props).toMatchObject({ 'x-score': String(link.score), 'x-mode': doc.mode, 'x-en-file': relative(ROOT, pair[0]!), 'x-de-file': relative(ROOT, pair[1]!), 'x-en-sentences': link.en.join(','), 'x-de-sentences': link.de.join(',') });
    });
    expect(new Set(tmx.tus.map((tu) => tu.attributes.tuid)).size).toBe(tmx.tus.length);
    const oneSided = doc.alignments.length - expected.length;
    expect(result.stderr).toBe(`satzpaar: wrote ${expected.length} translation unit${expected.length === 1 ? '' : 's'} (${oneSided} one-sided (1-0/0-1) link${oneSided === 1 ? '' : 's'} left out)\n`);
  });

  it('align --format tmx writes exactly what export writes from the alignment JSON', () => {
    const direct = ok(['align', ...pair, '--format', 'tmx', '--min-score', '0.1']);
    const exported = ok(['export', alignmentPath, '--format', 'tmx', '--min-score', '0.1']);
    expect(direct.stdout).toBe(exported.stdout);
    expect(direct.stderr).toBe(exported.stderr);
  });

  it('--min-score leaves out the weaker links and says how many', () => {
    const minScore = 0.25;
    const result = ok(['export', alignmentPath, '--format', 'tmx', '--min-score', String(minScore)]);
    const tmx = parseTmx(result.stdout);
    expect(tmx.tus.map((tu) => tu.attributes.tuid)).toEqual(twoSided(doc, minScore).map(([i]) => String(i)));
    for (const tu of tmx.tus) expect(Number(tu.props['x-score'])).toBeGreaterThanOrEqual(minScore);
    const below = twoSided(doc).length - twoSided(doc, minScore).length;
    expect(result.stderr).toMatch(below > 0 ? new RegExp(`\\(${below} below --min-score 0\\.25, `) : /^satzpaar: wrote \d+ translation units? \(\d+ one-sided/);
  });

  it('--tmx-langs sets srclang and every tuv', () => {
    const tmx = parseTmx(ok(['export', alignmentPath, '--format', 'tmx', '--tmx-langs', 'en-US,de-DE']).stdout);
    expect(tmx.header).toMatchObject({ srclang: 'en-US', adminlang: 'en-US' });
    for (const tu of tmx.tus) expect(tu.tuvs.map((t) => t.lang)).toEqual(['en-US', 'de-DE']);
  });

  it('creationdate: the epoch by default (deterministic), SOURCE_DATE_EPOCH, and --creation-date before both', () => {
    const args = ['export', alignmentPath, '--format', 'tmx'];
    const first = ok(args, { SOURCE_DATE_EPOCH: '' }).stdout;
    expect(ok(args, { SOURCE_DATE_EPOCH: '' }).stdout).toBe(first);
    expect(parseTmx(first).header.creationdate).toBe('19700101T000000Z');
    expect(parseTmx(ok(args, { SOURCE_DATE_EPOCH: '1700000000' }).stdout).header.creationdate).toBe('20231114T221320Z');
    const explicit = ok([...args, '--creation-date', '2024-01-31T12:34:56Z'], { SOURCE_DATE_EPOCH: '1700000000' }).stdout;
    expect(parseTmx(explicit).header.creationdate).toBe('20240131T123456Z');
    expect(parseTmx(ok([...args, '--creation-date', 'now']).stdout).header.creationdate).toMatch(/^20\d{6}T\d{6}Z$/);
  });

  it('moses: two line-aligned files OUT.en and OUT.de, nothing on stdout', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'satzpaar-moses-')), 'corpus');
    const result = ok(['export', alignmentPath, '--format', 'moses', '-o', out]);
    expect(result.stdout).toBe('');
    const expected = twoSided(doc);
    expect(readFileSync(`${out}.en`, 'utf8')).toBe(expected.map(([, l]) => sideText(doc, 'en', l) + '\n').join(''));
    expect(readFileSync(`${out}.de`, 'utf8')).toBe(expected.map(([, l]) => sideText(doc, 'de', l) + '\n').join(''));
    expect(result.stderr).toMatch(new RegExp(`^satzpaar: wrote ${expected.length} line pairs? `));
  });

  it('moses without -o is an input error', () => {
    const result = runCli(['export', alignmentPath, '--format', 'moses']);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('satzpaar: --format moses writes several files; give their common prefix with -o\n');
    expect(runCli(['align', ...pair, '--format', 'moses']).status).toBe(2);
  });

  it('moses never overwrites an input through its .en/.de suffixes', () => {
    const inputs = mkdtempSync(join(tmpdir(), 'satzpaar-moses-'));
    const en = join(inputs, 'book.en');
    const de = join(inputs, 'book.de');
    writeFileSync(en, readFileSync(pair[0]!));
    writeFileSync(de, readFileSync(pair[1]!));
    const result = runCli(['align', en, de, '--format', 'moses', '-o', join(inputs, 'book')]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/-o .*book\.en: is the input file/);
    expect(readFileSync(en, 'utf8')).toBe(readFileSync(pair[0]!, 'utf8'));
  });

  it('tsv: a header, then en, de, score, indices; one line per two-sided link', () => {
    const lines = ok(['export', alignmentPath, '--format', 'tsv']).stdout.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines.shift()).toBe('en_text\tde_text\tscore\ten_indices\tde_indices');
    expect(lines.map((line) => line.split('\t'))).toEqual(
      twoSided(doc).map(([, l]) => [sideText(doc, 'en', l), sideText(doc, 'de', l), String(l.score), l.en.join(','), l.de.join(',')]),
    );
  });

  it('jsonl: one object per link, omissions included, and concatenable across pairs', () => {
    const other = ok(['align', fixture(EN_FIXTURES[1]!), pair[1]!, '--format', 'jsonl']).stdout;
    const mine = ok(['export', alignmentPath, '--format', 'jsonl']).stdout;
    const records = (mine + other).trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    const firstPair = records.filter((r) => r.en_file === pair[0]);
    expect(firstPair.map((r) => r.link)).toEqual(doc.alignments.map((_, i) => i));
    expect(firstPair.every((r) => r.de_file === pair[1] && r.mode === doc.mode)).toBe(true);
    expect(records.filter((r) => r.en_file === fixture(EN_FIXTURES[1]!)).length).toBeGreaterThan(0);
    const omission = firstPair.find((r) => (r.de as number[]).length === 0);
    expect(omission?.de_text).toBe('');
  });

  it('reads the alignment from stdin with "-"', () => {
    const result = runCli(['export', '-', '--format', 'tsv'], { input: readFileSync(alignmentPath, 'utf8') });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(ok(['export', alignmentPath, '--format', 'tsv']).stdout);
  });

  it('writes -o atomically and leaves no temp file', () => {
    const outDir = mkdtempSync(join(tmpdir(), 'satzpaar-tmx-'));
    ok(['export', alignmentPath, '--format', 'tmx', '-o', join(outDir, 'out.tmx')]);
    expect(readdirSync(outDir)).toEqual(['out.tmx']);
  });

  it.skipIf(!hasXmllint)('is valid against the TMX 1.4 DTD (xmllint --dtdvalid)', () => {
    const file = join(dir, 'kinvolk.tmx');
    ok(['export', alignmentPath, '--format', 'tmx', '-o', file, '--tmx-langs', 'en-GB,de-AT']);
    const check = spawnSync('xmllint', ['--noout', '--nonet', '--dtdvalid', DTD, file], { encoding: 'utf8' });
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
  });
});

describe('satzpaar export of the hand-written nasty alignment', () => {
  it('escapes & < > " \', removes control characters and lone surrogates, joins n-m links, writes no empty seg', () => {
    const result = ok(['export', NASTY, '--format', 'tmx']);
    const tmx = parseTmx(result.stdout);
    expect(tmx.tus.map((tu) => tu.tuvs.map((t) => t.seg))).toEqual([
      ['Fish & Chips <b>"bold"</b> costs €5 -- it\'s a deal!', 'Fisch & Pommes <b>"fett"</b> kostet 5\u00a0€ -- ein \'Schnäppchen\'!'],
      ['Second sentence with breaks and a bell here.', 'Zweiter Satz mit Umbrüchen. Dritter Satz.'],
      ['Lone surrogate, and , emoji \uD83D\uDE00 and 10\u00a0% kept.', 'Einzelner Surrogat, Emoji \uD83D\uDE00 und 10\u00a0% bleiben.'],
    ]);
    expect(tmx.tus[0]!.props['x-en-file']).toBe('fixtures/tmx/nasty "en" & <sample>.txt');
    expect(result.stderr).toBe('satzpaar: wrote 3 translation units (1 one-sided (1-0/0-1) link, 1 with no writable text left out)\n');
  });

  it.skipIf(!hasXmllint)('is valid against the TMX 1.4 DTD (xmllint --dtdvalid)', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'satzpaar-nasty-')), 'nasty.tmx');
    ok(['export', NASTY, '--format', 'tmx', '-o', file]);
    const check = spawnSync('xmllint', ['--noout', '--nonet', '--dtdvalid', DTD, file], { encoding: 'utf8' });
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
  });
});

describe('satzpaar export input errors (exit 2, one line)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'satzpaar-export-errors-'));
  const write = (name: string, content: string) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };

  it.each([
    ['a JSON file that is not an alignment', () => write('package.json', '{"name": "x"}'), /package\.json: not a satzpaar alignment/],
    ['a text file', () => write('notes.txt', 'hello'), /notes\.txt: not a satzpaar alignment \(not JSON\)/],
    ['another format version', () => write('v2.json', readFileSync(NASTY, 'utf8').replace('"version": 1', '"version": 2')), /v2\.json: alignment format version 2 is not supported/],
    ['a missing file', () => join(dir, 'missing.json'), /missing\.json: no such file/],
  ])('%s', (_what, path, message) => {
    const result = runCli(['export', path(), '--format', 'tmx']);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('a missing --format or a bad option value', () => {
    expect(runCli(['export', NASTY]).status).toBe(2);
    expect(runCli(['export', NASTY, '--format', 'xlsx']).status).toBe(2);
    expect(runCli(['export', NASTY, '--format', 'tmx', '--tmx-langs', 'de,fr']).stderr).toMatch(/--tmx-langs de,fr: the codes must name English \(en…\) and German \(de…\)/);
    expect(runCli(['export', NASTY, '--format', 'xliff', '--xliff-version', '2.0']).status).toBe(2);
    expect(runCli(['export', NASTY, '--format', 'tmx', '--min-score', '2']).status).toBe(2);
    expect(runCli(['export', NASTY, '--format', 'tmx', '--creation-date', 'yesterday']).status).toBe(2);
  });

  it('a bad SOURCE_DATE_EPOCH fails the TMX only, not formats without a date', () => {
    const tmx = runCli(['export', NASTY, '--format', 'tmx'], { env: { SOURCE_DATE_EPOCH: 'soon' } });
    expect(tmx.status).toBe(2);
    expect(tmx.stderr).toMatch(/^satzpaar: SOURCE_DATE_EPOCH=soon: expected whole seconds/);
    expect(runCli(['export', NASTY, '--format', 'tsv'], { env: { SOURCE_DATE_EPOCH: 'soon' } }).status).toBe(0);
  });
});
