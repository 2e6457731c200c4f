import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, testFixture } from '../helpers/cli.js';

const ALIGNMENT = testFixture('align/manual-alignment.json');
const GOLD = testFixture('align/manual.gold');

describe('satzpaar eval', () => {
  it('prints strict and lax precision/recall/F1 as text', () => {
    const result = runCli(['eval', ALIGNMENT, '--gold', GOLD]);
    expect(result.status).toBe(0);
    // 8 proposed links, 8 gold links, 7 in common; [7]:[6] overlaps gold [7]:[6, 7] (lax).
    expect(result.stdout).toMatch(/^strict\s+0\.875\s+0\.875\s+0\.875$/m);
    expect(result.stdout).toMatch(/^lax\s+1\.000\s+1\.000\s+1\.000$/m);
    expect(result.stdout).toMatch(/omitted sentences found: 1\.000/);
    expect(result.stderr).toBe('');
  });

  it('prints the same scores as JSON', () => {
    const result = runCli(['eval', ALIGNMENT, '--gold', GOLD, '--format', 'json']);
    expect(result.status).toBe(0);
    const scores = JSON.parse(result.stdout);
    expect(scores.strict.f1).toBeCloseTo(0.875);
    expect(scores.lax.precision).toBe(1);
    expect(scores.testLinks).toBe(8);
  });

  it('scores a real alignment of the hand-made translation', () => {
    const dir = mkdtempSync(join(tmpdir(), 'satzpaar-eval-'));
    const out = join(dir, 'alignment.json');
    const aligned = runCli(['align', '--presegmented', testFixture('align/manual.en'), testFixture('align/manual.de'), '--langs', 'en,de', '-o', out]);
    expect(aligned.status).toBe(0);
    const scores = JSON.parse(runCli(['eval', out, '--gold', GOLD, '--format', 'json']).stdout);
    expect(scores.strict.f1).toBeGreaterThanOrEqual(0.85);
    expect(scores.omissionRecall).toBe(1);
  });

  it('exits 2 for an unreadable alignment, a bad gold line, or gold that does not fit', () => {
    const dir = mkdtempSync(join(tmpdir(), 'satzpaar-eval-'));
    const missing = runCli(['eval', join(dir, 'none.json'), '--gold', GOLD]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/none\.json: cannot read/);

    const notJson = join(dir, 'a.json');
    writeFileSync(notJson, 'hello');
    expect(runCli(['eval', notJson, '--gold', GOLD]).status).toBe(2);

    const badGold = join(dir, 'bad.gold');
    writeFileSync(badGold, '[0]:[0]\n0 - 0\n');
    const bad = runCli(['eval', ALIGNMENT, '--gold', badGold]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/bad\.gold:2/);

    const tooLong = join(dir, 'long.gold');
    writeFileSync(tooLong, readFileSync(GOLD, 'utf8') + '[9]:[9]\n');
    const mismatch = runCli(['eval', ALIGNMENT, '--gold', tooLong]);
    expect(mismatch.status).toBe(2);
    expect(mismatch.stderr).toMatch(/refers to sentence en 9/);
    expect(mismatch.stderr).not.toMatch(/at .*\.js/);
  });
});

describe('satzpaar align --lexicon / --no-lexicon', () => {
  it('accepts a user lexicon in both formats and rejects a malformed one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'satzpaar-lex-'));
    const lexicon = join(dir, 'terms.txt');
    writeFileSync(lexicon, 'runtime\tLaufzeitumgebung\nKiste @ box\n');
    const args = ['align', '--presegmented', testFixture('align/manual.en'), testFixture('align/manual.de'), '--langs', 'en,de'];
    expect(runCli([...args, '--lexicon', lexicon]).status).toBe(0);
    const bad = join(dir, 'bad.txt');
    writeFileSync(bad, 'no separator here\n');
    const result = runCli([...args, '--lexicon', bad]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/--lexicon .*bad\.txt:1/);
  });

  it('--lexicon-mode replace aligns with the file\'s pairs alone, add with them and the shipped lexicon', () => {
    const dir = mkdtempSync(join(tmpdir(), 'satzpaar-lex-'));
    const en = join(dir, 'pets.en');
    const de = join(dir, 'pets.de');
    const lexicon = join(dir, 'pets.tsv');
    writeFileSync(en, 'The cat sleeps on the mat.\nThe dog barks.\n');
    writeFileSync(de, 'Die Katze schläft auf der Matte.\nDer Hund bellt.\n');
    writeFileSync(lexicon, 'dog\tHund\n');
    const lexical = (mode: string) => {
      const result = runCli(['align', '--presegmented', '--mode', 'parallel', '--langs', 'en,de', '--lexicon', lexicon, '--lexicon-mode', mode, en, de]);
      expect(result.status).toBe(0);
      return (JSON.parse(result.stdout) as { alignments: Array<{ lexical: number }> }).alignments.map((l) => l.lexical);
    };
    // "cat" ↔ "Katze", "sleeps" ↔ "schläft" (through its headword "schlafen") and "barks" ↔ "bellt" come
    // from the shipped lexicon, "dog" ↔ "Hund" from the file.
    expect(lexical('add')).toEqual([1, 1]);
    expect(lexical('replace')).toEqual([0, 0.5]);
    const alone = runCli(['align', '--lexicon-mode', 'replace', en, de]);
    expect(alone.status).toBe(2);
    expect(alone.stderr.trim()).toBe('satzpaar: --lexicon-mode replace needs --lexicon FILE: the pairs that replace the shipped lexicon');
  });

  it('aligns without any lexicon', () => {
    const result = runCli(['align', '--presegmented', '--no-lexicon', testFixture('align/manual.en'), testFixture('align/manual.de'), '--langs', 'en,de']);
    expect(result.status).toBe(0);
    const doc = JSON.parse(result.stdout);
    expect(doc.alignments.find((l: { en: number[] }) => l.en[0] === 8).de).toEqual([8]);
  });
});
