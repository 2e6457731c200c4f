import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, fixture } from '../helpers/cli.js';

const ALIGNMENT = fixture('align/manual-alignment.json');
const GOLD = fixture('align/manual.gold');

describe('satzpaar eval', () => {
  it('prints strict and lax precision/recall/F1 as text', () => {
    const result = runCli(['eval', ALIGNMENT, '--gold', GOLD]);
    expect(result.status).toBe(0);
    // 10 proposed links (two 1-0/0-1), 8 gold 1-1/1-2 links: 8 proposed are gold (the 1-0 [5]:[] among them), 7 gold
    // ones are proposed; [7]:[6] overlaps gold [7]:[6, 7] (lax), the 0-1 []:[7] cannot be right laxly.
    expect(result.stdout).toMatch(/^strict\s+0\.800\s+0\.875\s+0\.836$/m);
    expect(result.stdout).toMatch(/^lax\s+0\.900\s+1\.000\s+0\.947$/m);
    expect(result.stdout).toMatch(/^1-0\/0-1 links: precision 0\.500 {2}recall 1\.000$/m);
    expect(result.stdout).not.toMatch(/ignore-coarse/);
    expect(result.stdout).toMatch(/omitted sentences found: 1\.000/);
    expect(result.stderr).toBe('');
  });

  it('prints the same scores as JSON', () => {
    const result = runCli(['eval', ALIGNMENT, '--gold', GOLD, '--format', 'json']);
    expect(result.status).toBe(0);
    const scores = JSON.parse(result.stdout);
    expect(scores.strict.f1).toBeCloseTo(0.836, 3);
    expect(scores.lax.precision).toBeCloseTo(0.9);
    expect(scores.testLinks).toBe(10);
    expect(scores.ignoreCoarse).toBe(false);
  });

  it('scores a real alignment of the hand-made translation', () => {
    const dir = mkdtempSync(join(tmpdir(), 'satzpaar-eval-'));
    const out = join(dir, 'alignment.json');
    const aligned = runCli(['align', '--presegmented', fixture('align/manual.en'), fixture('align/manual.de'), '--langs', 'en,de', '-o', out]);
    expect(aligned.status).toBe(0);
    const scores = JSON.parse(runCli(['eval', out, '--gold', GOLD, '--format', 'json']).stdout);
    // As the hand-made alignment: only "Das ist Absicht." is left 0-1 beside the sentence it belongs to.
    expect(scores.strict.f1).toBeGreaterThanOrEqual(0.83);
    expect(scores.omissionRecall).toBe(1);
  });

  it('scores ignore-coarse with the NAME.types beside NAME.gold, or the --types file given', () => {
    const alignment = fixture('eval/restructured-alignment.json');
    const beside = runCli(['eval', alignment, '--gold', fixture('eval/restructured.gold')]);
    expect(beside.status).toBe(0);
    expect(beside.stdout).toMatch(/^strict\s+0\.800\s+0\.750\s+0\.774$/m);
    expect(beside.stdout).toMatch(/^ignore-coarse \(types from .*restructured\.types\): 1 coarse gold links left out, with the 2 proposed links inside them$/m);

    const dir = mkdtempSync(join(tmpdir(), 'satzpaar-eval-types-'));
    const gold = join(dir, 'elsewhere.gold');
    writeFileSync(gold, readFileSync(fixture('eval/restructured.gold'), 'utf8'));
    const every = JSON.parse(runCli(['eval', alignment, '--gold', gold, '--format', 'json']).stdout);
    expect(every.ignoreCoarse).toBe(false);
    expect(every.strict.precision).toBeCloseTo(4 / 7);
    const given = JSON.parse(runCli(['eval', alignment, '--gold', gold, '--types', fixture('eval/restructured.types'), '--format', 'json']).stdout);
    expect(given.ignoreCoarse).toBe(true);
    expect(given.strict.precision).toBeCloseTo(0.8);

    const short = join(dir, 'short.types');
    writeFileSync(short, 'exact\ncoarse\n');
    const mismatch = runCli(['eval', alignment, '--gold', gold, '--types', short]);
    expect(mismatch.status).toBe(2);
    expect(mismatch.stderr).toMatch(/short\.types: has 2 link types but .*elsewhere\.gold has 7 links/);
    const wrongWord = join(dir, 'word.types');
    writeFileSync(wrongWord, 'exact\nfuzzy\n');
    expect(runCli(['eval', alignment, '--gold', gold, '--types', wrongWord]).stderr).toMatch(/word\.types:2: "fuzzy" is no link type/);
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

describe('satzpaar eval with comparable gold (links.json)', () => {
  const story = (name: string) => fixture(`comparable/${name}`);

  it('maps the sentences of an alignment of the raw texts onto the gold segments by their offsets', () => {
    const dir = mkdtempSync(join(tmpdir(), 'satzpaar-eval-comparable-'));
    const out = join(dir, 'alignment.json');
    expect(runCli(['align', story('en.txt'), story('de.txt'), '--mode', 'comparable', '-o', out]).status).toBe(0);
    const result = runCli(['eval', out, '--gold', story('links.json'), '--segments', story('segments'), '--format', 'json']);
    expect(result.status).toBe(0);
    const scores = JSON.parse(result.stdout);
    expect(scores.strongSentences).toBe(6);
    // A plain made-up story: headline and lead, the closing date and the founding year have counterparts.
    expect(scores.f1).toBeGreaterThanOrEqual(0.8);
    const text = runCli(['eval', out, '--gold', story('links.json'), '--segments', story('segments')]);
    expect(text.stdout).toMatch(/^precision \d\.\d{3} {2}\(\d+ of \d+ proposed sentence pairs are gold links, strong or weak\)$/m);
    expect(text.stdout).toMatch(/^recall {4}\d\.\d{3} {2}\(\d+ of 6 sentences with a strong gold link are linked to a gold counterpart\)$/m);
  });

  it('reads an alignment of the segment files themselves one to one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'satzpaar-eval-comparable-'));
    const alignment = join(dir, 'hand.json');
    // A hand-made alignment of the segment lines: 0-0/0-1 and 2-3 strong, 3-2 weak, 4-4 wrong; English line 2 unlinked.
    writeFileSync(
      alignment,
      JSON.stringify({
        format: 'satzpaar-alignment',
        version: 1,
        languages: ['en', 'de'],
        documents: { en: { path: 'en', segmentation: 'lines' }, de: { path: 'de', segmentation: 'lines' } },
        sentences: { en: [0, 1, 2, 3, 4].map(() => ({ text: 'x', start: 0, end: 1 })), de: [0, 1, 2, 3, 4].map(() => ({ text: 'x', start: 0, end: 1 })) },
        alignments: [
          { en: [0], de: [0, 1], score: 1 },
          { en: [2], de: [3], score: 1 },
          { en: [3], de: [2], score: 1 },
          { en: [4], de: [4], score: 1 },
          { en: [1], de: [], score: 0 },
        ],
      }),
    );
    const scores = JSON.parse(runCli(['eval', alignment, '--gold', story('links.json'), '--format', 'json']).stdout);
    expect(scores).toMatchObject({ proposedPairs: 5, correctPairs: 4, strongSentences: 6, coveredSentences: 5 });
  });

  it('exits 2 when the pair, the segments or the sentences do not fit', () => {
    const dir = mkdtempSync(join(tmpdir(), 'satzpaar-eval-comparable-'));
    const out = join(dir, 'alignment.json');
    expect(runCli(['align', story('en.txt'), story('de.txt'), '--mode', 'comparable', '-o', out]).status).toBe(0);
    const raw = runCli(['eval', out, '--gold', story('links.json')]);
    expect(raw.status).toBe(2);
    expect(raw.stderr).toMatch(/split its documents into sentences itself; give the gold's segment files with --segments DIR/);
    const wrongPair = runCli(['eval', out, '--gold', story('links.json'), '--pair', '000-004', '--segments', story('segments')]);
    expect(wrongPair.status).toBe(2);
    expect(wrongPair.stderr).toMatch(/--pair 000-004: not in .*links\.json, which holds en-de/);
    const twoPairs = join(dir, 'two.json');
    writeFileSync(twoPairs, JSON.stringify({ pairs: [{ en: 'en', de: 'de', links: [] }, { en: 'a', de: 'b', links: [] }] }));
    expect(runCli(['eval', out, '--gold', twoPairs, '--segments', story('segments')]).stderr).toMatch(/holds 2 article pairs \(en-de, a-b\); choose one with --pair/);
    const vecalign = runCli(['eval', ALIGNMENT, '--gold', GOLD, '--pair', 'en-de']);
    expect(vecalign.status).toBe(2);
    expect(vecalign.stderr).toMatch(/--pair and --segments are for comparable gold/);
  });
});

describe('satzpaar align --lexicon / --no-lexicon', () => {
  it('accepts a user lexicon in both formats and rejects a malformed one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'satzpaar-lex-'));
    const lexicon = join(dir, 'terms.txt');
    writeFileSync(lexicon, 'runtime\tLaufzeitumgebung\nKiste @ box\n');
    const args = ['align', '--presegmented', fixture('align/manual.en'), fixture('align/manual.de'), '--langs', 'en,de'];
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
    const result = runCli(['align', '--presegmented', '--no-lexicon', fixture('align/manual.en'), fixture('align/manual.de'), '--langs', 'en,de']);
    expect(result.status).toBe(0);
    const doc = JSON.parse(result.stdout);
    expect(doc.alignments.find((l: { en: number[] }) => l.en[0] === 8).de).toEqual([8]);
  });
});
