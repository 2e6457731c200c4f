import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AlignmentDocument } from '../../src/core/types.js';
import { BIN, fixture, runCli } from '../helpers/cli.js';
import { expectAlignmentInvariants } from '../helpers/invariants.js';

const ZDNET = fixture('en-zdnet-microsoft-buys-kinvolk.txt');
const REGISTER = fixture('en-register-microsoft-kinvolk.txt');
const MS_DE = fixture('de-microsoft-announcement-kinvolk.txt');
const TRADE_DE = fixture('de-tradepress-microsoft-kinvolk.txt');

/** The outputs in a folder, without the hidden records of the options each was made with (for --resume). */
function outputs(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => !name.startsWith('.'))
    .sort();
}

function workspace(manifestLines: string[]): { dir: string; manifest: string; out: string } {
  const dir = mkdtempSync(join(tmpdir(), 'satzpaar-batch-'));
  const manifest = join(dir, 'manifest.tsv');
  writeFileSync(manifest, manifestLines.join('\n') + '\n');
  return { dir, manifest, out: join(dir, 'out') };
}

describe('satzpaar batch', () => {
  it('aligns every pair into --out-dir, the same as align does, on several threads', () => {
    const { manifest, out } = workspace([`${ZDNET}\t${MS_DE}`, `${REGISTER}\t${TRADE_DE}\tregister`]);
    const result = runCli(['batch', manifest, '--out-dir', out, '--jobs', '2']);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/2 of 2 pairs aligned/);
    expect(outputs(out)).toEqual(['en-zdnet-microsoft-buys-kinvolk.json', 'register.json']);
    const batchDoc = JSON.parse(readFileSync(join(out, 'register.json'), 'utf8')) as AlignmentDocument;
    expectAlignmentInvariants(batchDoc);
    const single = JSON.parse(runCli(['align', REGISTER, TRADE_DE]).stdout) as AlignmentDocument;
    expect(batchDoc.alignments).toEqual(single.alignments);
  });

  it('continues past failing pairs, names them at the end and exits 1; either column order is fine, as for align', () => {
    const { manifest, out } = workspace([`missing.txt\t${MS_DE}\tbroken`, `${ZDNET}\t${MS_DE}\tgood`, `${TRADE_DE}\t${REGISTER}\tswapped`]);
    const result = runCli(['batch', manifest, '--out-dir', out, '--jobs', '2']);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/2 of 3 pairs aligned, 1 failed/);
    expect(result.stderr).toMatch(/line 1 \(broken\): .*missing\.txt: no such file/);
    const swapped = JSON.parse(readFileSync(join(out, 'swapped.json'), 'utf8')) as AlignmentDocument;
    expect([swapped.documents.en.path, swapped.documents.de.path]).toEqual([REGISTER, TRADE_DE]);
    expect(outputs(out)).toEqual(['good.json', 'swapped.json']);
  });

  it('advises batch\'s own option when a document is in another language', () => {
    const { manifest, out } = workspace([`${fixture('defr/zermatt.de')}\t${fixture('defr/zermatt.fr')}\tfrench`]);
    const result = runCli(['batch', manifest, '--out-dir', out, '--presegmented', '--no-lexicon']);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/line 1 \(french\): .*zermatt\.fr: looks like neither English nor German .*French; .*--trust-columns/);
    // batch has no --langs: it must not advise one.
    expect(result.stderr).not.toMatch(/--langs/);
  });

  it('--trust-columns takes the manifest columns as stated', () => {
    const { manifest, out } = workspace([`${ZDNET}\t${MS_DE}\tz`]);
    const result = runCli(['batch', manifest, '--out-dir', out, '--trust-columns']);
    expect(result.status).toBe(0);
    const doc = JSON.parse(readFileSync(join(out, 'z.json'), 'utf8')) as AlignmentDocument;
    expect(doc.documents.en.language.source).toBe('stated');
  });

  it('--resume skips pairs whose output exists and does the rest', () => {
    const { manifest, out } = workspace([`${ZDNET}\t${MS_DE}\ta`, `${REGISTER}\t${TRADE_DE}\tb`]);
    expect(runCli(['batch', manifest, '--out-dir', out, '--jobs', '1']).status).toBe(0);
    const before = statSync(join(out, 'a.json')).mtimeMs;
    writeFileSync(manifest, `${ZDNET}\t${MS_DE}\ta\n${REGISTER}\t${TRADE_DE}\tb\n${ZDNET}\t${TRADE_DE}\tc\n`);
    const result = runCli(['batch', manifest, '--out-dir', out, '--resume', '--jobs', '1']);
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/1 of 3 pairs aligned, 2 already done/);
    expect(statSync(join(out, 'a.json')).mtimeMs).toBe(before);
    expect(outputs(out)).toEqual(['a.json', 'b.json', 'c.json']);
  });

  it('--resume recomputes a pair whose options differ from those recorded with its output', () => {
    const { manifest, out } = workspace([`${ZDNET}\t${MS_DE}\ta`]);
    expect(runCli(['batch', manifest, '--out-dir', out, '--format', 'tsv', '--jobs', '1']).status).toBe(0);
    const all = readFileSync(join(out, 'a.tsv'), 'utf8');
    const rerun = runCli(['batch', manifest, '--out-dir', out, '--format', 'tsv', '--min-score', '0.9', '--resume', '--jobs', '1']);
    expect(rerun.stderr).toMatch(/1 of 1 pairs aligned/);
    const strict = readFileSync(join(out, 'a.tsv'), 'utf8');
    expect(strict.split('\n').length).toBeLessThan(all.split('\n').length);
    const again = runCli(['batch', manifest, '--out-dir', out, '--format', 'tsv', '--min-score', '0.9', '--resume', '--jobs', '1']);
    expect(again.stderr).toMatch(/0 of 1 pairs aligned, 1 already done/);
  });

  it('--resume recomputes a pair whose document changed since its output was made', () => {
    const { dir, manifest, out } = workspace(['en.txt\tde.txt\tp']);
    writeFileSync(join(dir, 'en.txt'), 'The house is red. The garden is green.\n');
    writeFileSync(join(dir, 'de.txt'), 'Das Haus ist rot. Der Garten ist grün.\n');
    expect(runCli(['batch', manifest, '--out-dir', out, '--format', 'tsv', '--jobs', '1']).status).toBe(0);
    expect(runCli(['batch', manifest, '--out-dir', out, '--format', 'tsv', '--resume', '--jobs', '1']).stderr).toMatch(/0 of 1 pairs aligned, 1 already done/);
    writeFileSync(join(dir, 'de.txt'), 'Das Haus ist blau. Der Garten ist grün.\n');
    const rerun = runCli(['batch', manifest, '--out-dir', out, '--format', 'tsv', '--resume', '--jobs', '1']);
    expect(rerun.stderr).toMatch(/1 of 1 pairs aligned/);
    expect(readFileSync(join(out, 'p.tsv'), 'utf8')).toContain('Das Haus ist blau.');
  });

  it('--encoding and --abbreviations apply to every pair, as for align', () => {
    const { dir, manifest, out } = workspace(['en.txt\tde.txt\tlatin']);
    writeFileSync(join(dir, 'en.txt'), 'The results of the Wkshp. Berlin were good. It treats children from the whole region, also from Munich.\n');
    writeFileSync(join(dir, 'de.txt'), Buffer.from('Die Ergebnisse des Workshops in Berlin waren gut. Er behandelt Kinder aus der ganzen Region, auch aus München.\n', 'latin1'));
    writeFileSync(join(dir, 'abbreviations.txt'), 'Wkshp.\n');
    const refused = runCli(['batch', manifest, '--out-dir', out, '--jobs', '1']);
    expect(refused.stderr).toMatch(/de\.txt: .*UTF-8/);
    const result = runCli(['batch', manifest, '--out-dir', out, '--encoding', 'latin1', '--abbreviations', join(dir, 'abbreviations.txt'), '--jobs', '1']);
    expect(result.status).toBe(0);
    const doc = JSON.parse(readFileSync(join(out, 'latin.json'), 'utf8')) as AlignmentDocument;
    expect(doc.sentences.de[1]!.text).toBe('Er behandelt Kinder aus der ganzen Region, auch aus München.');
    expect(doc.sentences.en[0]!.text).toBe('The results of the Wkshp. Berlin were good.');
  });

  it('reads the manifest from stdin with -', () => {
    const { dir, out } = workspace([]);
    const result = runCli(['batch', '-', '--out-dir', out, '--jobs', '1'], { cwd: dir, input: `${ZDNET}\t${MS_DE}\tfromstdin\n` });
    expect(result.status).toBe(0);
    expect(outputs(out)).toEqual(['fromstdin.json']);
  });

  it('exits 2 on a bad manifest or a missing --out-dir, writing nothing', () => {
    const duplicate = workspace([`${ZDNET}\t${MS_DE}\tx`, `${REGISTER}\t${TRADE_DE}\tx`]);
    const result = runCli(['batch', duplicate.manifest, '--out-dir', duplicate.out]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/line 2: name "x" already used on line 1/);
    expect(readdirSync(duplicate.dir)).toEqual(['manifest.tsv']);
    const noOut = runCli(['batch', duplicate.manifest]);
    expect(noOut.status).toBe(2);
    expect(noOut.stderr).toMatch(/--out-dir is required/);
    expect(runCli(['batch', 'no-such-manifest.tsv', '--out-dir', duplicate.out]).status).toBe(2);
    expect(runCli(['batch', duplicate.manifest, '--out-dir', duplicate.out, '--jobs', '0']).status).toBe(2);
  });

  it('reads the manifest like a document: a BOM is fine, binary and folders are one-line errors', () => {
    const bom = workspace([`\uFEFF${ZDNET}\t${MS_DE}`]);
    const withBom = runCli(['batch', bom.manifest, '--out-dir', bom.out]);
    expect(withBom.stderr).toMatch(/1 of 1 pairs aligned/);
    expect(withBom.status).toBe(0);
    const binary = join(bom.dir, 'manifest.gz');
    writeFileSync(binary, Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00]));
    const fromBinary = runCli(['batch', binary, '--out-dir', bom.out]);
    expect(fromBinary.status).toBe(2);
    expect(fromBinary.stderr.trim().split('\n')).toHaveLength(1);
    expect(fromBinary.stderr).toMatch(/manifest\.gz: .*binary/);
    const folder = runCli(['batch', bom.dir, '--out-dir', bom.out]);
    expect(folder.status).toBe(2);
    expect(folder.stderr).toMatch(/is a directory, not a file/);
  });
});

describe('satzpaar batch export formats', () => {
  it('--format jsonl without --out-dir streams every pair to stdout in manifest order, the same on any number of threads', () => {
    const { manifest } = workspace([`${REGISTER}\t${TRADE_DE}\tr`, `${ZDNET}\t${MS_DE}\tz`]);
    const many = runCli(['batch', manifest, '--format', 'jsonl', '--jobs', '2']);
    const one = runCli(['batch', manifest, '--format', 'jsonl', '--jobs', '1']);
    expect(many.status).toBe(0);
    expect(many.stdout).toBe(one.stdout);
    const records = many.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as { en: { file: string } });
    const separate = [runCli(['align', REGISTER, TRADE_DE, '--format', 'jsonl']).stdout, runCli(['align', ZDNET, MS_DE, '--format', 'jsonl']).stdout].join('');
    expect(many.stdout).toBe(separate);
    expect(records.length).toBeGreaterThan(2);
  });

  it('moses writes NAME.en and NAME.de per pair, and --resume needs both', () => {
    const { manifest, out } = workspace([`${ZDNET}\t${MS_DE}\tz`]);
    expect(runCli(['batch', manifest, '--out-dir', out, '--format', 'moses']).status).toBe(0);
    expect(outputs(out)).toEqual(['z.de', 'z.en']);
    rmSync(join(out, 'z.de'));
    const resumed = runCli(['batch', manifest, '--out-dir', out, '--format', 'moses', '--resume']);
    expect(resumed.stderr).toMatch(/1 of 1 pairs aligned/);
    expect(outputs(out)).toEqual(['z.de', 'z.en']);
  });

  it('tmx honours --tmx-langs and --creation-date like align does', () => {
    const { manifest, out } = workspace([`${ZDNET}\t${MS_DE}\tz`]);
    expect(runCli(['batch', manifest, '--out-dir', out, '--format', 'tmx', '--tmx-langs', 'en-GB,de-AT', '--creation-date', '20240131T120000Z']).status).toBe(0);
    const tmx = readFileSync(join(out, 'z.tmx'), 'utf8');
    const direct = runCli(['align', ZDNET, MS_DE, '--format', 'tmx', '--tmx-langs', 'en-GB,de-AT', '--creation-date', '20240131T120000Z']).stdout;
    expect(tmx).toBe(direct);
    expect(tmx).toMatch(/srclang="en-GB"/);
  });
});

describe('satzpaar batch lexicon options', () => {
  it('--no-lexicon aligns every pair as align --no-lexicon does; a bad --lexicon file stops the batch before any work', () => {
    const { dir, manifest, out } = workspace([`${ZDNET}\t${MS_DE}\tz`]);
    expect(runCli(['batch', manifest, '--out-dir', out, '--no-lexicon', '--jobs', '1']).status).toBe(0);
    const single = JSON.parse(runCli(['align', ZDNET, MS_DE, '--no-lexicon']).stdout) as AlignmentDocument;
    expect((JSON.parse(readFileSync(join(out, 'z.json'), 'utf8')) as AlignmentDocument).alignments).toEqual(single.alignments);
    const badLexicon = join(dir, 'bad.tsv');
    writeFileSync(badLexicon, 'just one column\n');
    const result = runCli(['batch', manifest, '--out-dir', join(dir, 'other'), '--lexicon', badLexicon]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/--lexicon .*bad\.tsv:1: expected/);
  });
});

describe('satzpaar batch interrupted', () => {
  it('Ctrl-C stops the batch by the signal and leaves no temp file', async () => {
    const lines = Array.from({ length: 400 }, (_, k) => `${k % 2 ? REGISTER : ZDNET}\t${k % 3 ? MS_DE : TRADE_DE}\tpair-${k}`);
    const { out, manifest } = workspace(lines);
    const child = spawn(process.execPath, [BIN, 'batch', manifest, '--out-dir', out, '--jobs', '2'], { stdio: 'ignore' });
    const deadline = Date.now() + 20_000;
    while ((!existsSync(out) || readdirSync(out).length < 3) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    child.kill('SIGINT');
    const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.on('exit', (c, s) => resolve([c, s])));
    expect(signal).toBe('SIGINT');
    expect(code).toBeNull();
    const left = readdirSync(out);
    expect(left.filter((name) => name.endsWith('.tmp'))).toEqual([]);
    expect(left.length).toBeLessThan(400);
  });
});
