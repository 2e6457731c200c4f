import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AlignmentDocument } from '../../src/core/types.js';
import { fixture, runCli } from '../helpers/cli.js';
import { englishDocument, germanDocument } from '../helpers/generate.js';

const ZDNET = fixture('en-zdnet-microsoft-buys-kinvolk.txt');
const MS_DE = fixture('de-microsoft-announcement-kinvolk.txt');

interface Result {
  id: string | null;
  ok: boolean;
  line?: number;
  alignment?: AlignmentDocument;
  error?: { code: string; message: string };
}

const parse = (stdout: string): Result[] => stdout.trimEnd().split('\n').filter(Boolean).map((line) => JSON.parse(line) as Result);

/** Small inline pairs, quick to align. */
function inlineRecords(count: number): string[] {
  return Array.from({ length: count }, (_, i) => JSON.stringify({ id: `doc-${i}`, en_text: englishDocument(2 + (i % 4)), de_text: germanDocument(2 + (i % 4)) }));
}

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'satzpaar-records-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

describe('satzpaar batch --records', () => {
  it('answers every record in input order with its id; a bad record is an error record and the others go on', () => {
    const lines = [
      JSON.stringify({ id: 'kinvolk', en_path: ZDNET, de_path: MS_DE }),
      '{"id": "cut off',
      JSON.stringify({ id: 'missing', en_path: 'nowhere.txt', de_text: 'Hallo Welt. Wie geht es dir?' }),
      inlineRecords(1)[0]!,
      JSON.stringify({ id: 'kinvolk', en_text: 'Again.', de_text: 'Nochmal.' }),
    ];
    const dir = workspace({ 'pairs.jsonl': lines.join('\n') + '\n' });
    const result = runCli(['batch', '--records', join(dir, 'pairs.jsonl'), '--jobs', '2', '--trust-columns']);
    expect(result.status).toBe(0);
    const records = parse(result.stdout);
    expect(records.map((r) => [r.id, r.ok, r.error?.code])).toEqual([
      ['kinvolk', true, undefined],
      [null, false, 'invalid-json'],
      ['missing', false, 'unreadable-document'],
      ['doc-0', true, undefined],
      ['kinvolk', false, 'duplicate-id'],
    ]);
    expect(records[1]!.line).toBe(2);
    expect(records[2]!.error!.message).toBe(`${join(dir, 'nowhere.txt')}: no such file; check the path`);
    // The alignment is what `align` writes for the same pair.
    const single = JSON.parse(runCli(['align', ZDNET, MS_DE, '--langs', 'en,de']).stdout) as AlignmentDocument;
    expect(records[0]!.alignment).toEqual(single);
    expect(records[3]!.alignment!.documents.en.path).toBe('doc-0#en_text');
    expect(result.stderr).toMatch(/2 of 5 pairs aligned, 3 failed/);
  });

  it('reads stdin without a file or with -, and --unordered gives the same records in any order', () => {
    const input = inlineRecords(6).join('\n');
    const ordered = runCli(['batch', '--records', '--jobs', '1'], { input });
    expect(ordered.status).toBe(0);
    expect(parse(ordered.stdout).map((r) => r.id)).toEqual(['doc-0', 'doc-1', 'doc-2', 'doc-3', 'doc-4', 'doc-5']);
    expect(runCli(['batch', '--records', '-', '--jobs', '2'], { input }).stdout).toBe(ordered.stdout);
    const unordered = runCli(['batch', '--records', '--unordered', '--jobs', '3'], { input });
    const byId = (results: Result[]) => [...results].sort((a, b) => a.id!.localeCompare(b.id!));
    expect(byId(parse(unordered.stdout))).toEqual(byId(parse(ordered.stdout)));
  });

  it('with a manifest, answers for its pairs under their names', () => {
    const dir = workspace({ 'manifest.tsv': `${ZDNET}\t${MS_DE}\tz\nmissing.txt\t${MS_DE}\tm\n` });
    const result = runCli(['batch', join(dir, 'manifest.tsv'), '--records', '--jobs', '1']);
    expect(result.status).toBe(0);
    expect(parse(result.stdout).map((r) => [r.id, r.ok])).toEqual([
      ['z', true],
      ['m', false],
    ]);
  });

  it('refuses what records mode cannot do, with one line and exit 2', () => {
    const dir = workspace({ 'pairs.jsonl': inlineRecords(1)[0]!, 'manifest.tsv': `${ZDNET}\t${MS_DE}\n` });
    const cases = [
      ['batch', '--records', join(dir, 'pairs.jsonl'), '--out-dir', join(dir, 'out')],
      ['batch', '--records', join(dir, 'pairs.jsonl'), '--format', 'tmx'],
      ['batch', join(dir, 'manifest.tsv'), '--records', join(dir, 'pairs.jsonl')],
      ['batch'],
      ['batch', '--records', join(dir, 'pairs.jsonl'), '--shard', '4/3'],
    ];
    for (const args of cases) {
      const result = runCli(args, { input: '' });
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
    }
    expect(readdirSync(dir).sort()).toEqual(['manifest.tsv', 'pairs.jsonl']);
  });
});

describe('satzpaar batch --shard and --merge', () => {
  const records = [...inlineRecords(12), 'not a record'];
  const dir = workspace({ 'pairs.jsonl': records.join('\n') + '\n' });
  const file = join(dir, 'pairs.jsonl');

  it('N shards answer for every record exactly once, and their merge is the unsharded output (N = 2..7)', () => {
    const whole = runCli(['batch', '--records', file, '--jobs', '2']).stdout;
    for (let count = 2; count <= 7; count++) {
      const outputs = Array.from({ length: count }, (_, k) => {
        const path = join(dir, `shard-${count}-${k + 1}.jsonl`);
        const shard = runCli(['batch', '--records', file, '--shard', `${k + 1}/${count}`, '--jobs', '1']);
        expect(shard.status).toBe(0);
        writeFileSync(path, shard.stdout);
        return { path, results: parse(shard.stdout) };
      });
      const ids = outputs.flatMap((o) => o.results.filter((r) => r.id !== null).map((r) => r.id));
      expect(ids.sort()).toEqual(Array.from({ length: 12 }, (_, i) => `doc-${i}`).sort());
      // The line that is not a record has no id to hash: shard 1 alone answers for it.
      expect(outputs.map((o) => o.results.filter((r) => r.id === null).length)).toEqual([1, ...Array(count - 1).fill(0)]);
      const merged = runCli(['batch', '--records', file, '--merge', ...outputs.map((o) => o.path)]);
      expect(merged.status).toBe(0);
      expect(merged.stdout).toBe(whole);
    }
  });

  it('--merge fails with one line, exit 2 and no output when a shard is missing or merged twice', () => {
    const shard = (k: number) => {
      const path = join(dir, `part-${k}.jsonl`);
      writeFileSync(path, runCli(['batch', '--records', file, '--shard', `${k}/2`, '--jobs', '1']).stdout);
      return path;
    };
    const [one, two] = [shard(1), shard(2)];
    const missing = runCli(['batch', '--records', file, '--merge', one]);
    expect(missing.status).toBe(2);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toMatch(/^satzpaar: \d+ of 12 ids have no result in the shards \("doc-\d+"/);
    const twice = runCli(['batch', '--records', file, '--merge', one, two, one]);
    expect(twice.status).toBe(2);
    expect(twice.stderr).toMatch(/id "doc-\d+" is also in .*part-1\.jsonl line \d+; a shard was merged twice/);
    expect(twice.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('shards a manifest into --out-dir folders that together hold every pair once, and merges them as batch writes them', () => {
    const lines = Array.from({ length: 8 }, (_, i) => {
      writeFileSync(join(dir, `en-${i}.txt`), englishDocument(3 + i));
      writeFileSync(join(dir, `de-${i}.txt`), germanDocument(3 + i));
      return `en-${i}.txt\tde-${i}.txt\tp${i}`;
    });
    writeFileSync(join(dir, 'manifest.tsv'), lines.join('\n') + '\n');
    const manifest = join(dir, 'manifest.tsv');
    const names = [1, 2, 3].flatMap((k) => {
      expect(runCli(['batch', manifest, '--shard', `${k}/3`, '--format', 'tsv', '--out-dir', join(dir, `tsv-${k}`), '--jobs', '1']).status).toBe(0);
      // Hidden files beside the outputs record their options for --resume.
      return readdirSync(join(dir, `tsv-${k}`)).filter((name) => !name.startsWith('.'));
    });
    expect(names.sort()).toEqual(Array.from({ length: 8 }, (_, i) => `p${i}.tsv`));
    const results = [1, 2, 3].map((k) => {
      const path = join(dir, `manifest-${k}.jsonl`);
      writeFileSync(path, runCli(['batch', manifest, '--records', '--shard', `${k}/3`, '--jobs', '1']).stdout);
      return path;
    });
    const merged = runCli(['batch', manifest, '--merge', ...results, '--format', 'jsonl']);
    expect(merged.status).toBe(0);
    expect(merged.stdout).toBe(runCli(['batch', manifest, '--format', 'jsonl', '--jobs', '2']).stdout);
  });
});
