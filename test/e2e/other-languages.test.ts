import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, fixture } from '../helpers/cli.js';
import { expectOneLineError, tempDir } from '../helpers/robustness.js';
import { parseTmx } from '../helpers/tmx.js';

// A German–French pair written for these tests: one French sentence split in two, one German sentence left out.
const DE = fixture('defr/zermatt.de');
const FR = fixture('defr/zermatt.fr');
const GOLD = fixture('defr/zermatt.gold');
const OTHER_PAIR = ['--presegmented', '--no-lexicon', '--langs', 'de,fr'];

function alignDeFr(dir: string): string {
  const path = join(dir, 'defr.json');
  const result = runCli(['align', ...OTHER_PAIR, DE, FR, '-o', path]);
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return path;
}

describe('another language pair (--presegmented --no-lexicon --langs de,fr)', () => {
  it('aligns it as a translation and names the JSON keys after the languages', () => {
    const doc = JSON.parse(readFileSync(alignDeFr(tempDir()), 'utf8'));
    expect(doc.languages).toEqual(['de', 'fr']);
    expect(doc.mode).toBe('parallel');
    expect(doc.modeReason).toMatch(/--mode comparable for independent texts/);
    expect(Object.keys(doc.documents)).toEqual(['de', 'fr']);
    expect(doc.documents.fr.language).toEqual({ detected: 'fr', confidence: 1, source: 'stated' });
    expect(doc.sentences.fr).toHaveLength(9);
    expect(doc.alignments.map((l: Record<string, number[]>) => [l.de, l.fr])).toEqual([
      [[0], [0]],
      [[1], [1, 2]],
      [[2], [3]],
      [[3], [4]],
      [[4], [5]],
      [[5], [6]],
      [[6], []],
      [[7], [7]],
      [[8], [8]],
    ]);
  });

  it('scores against gold, exports with the pair\'s language codes, and refuses the English–German claims diff', () => {
    const dir = tempDir();
    const alignment = alignDeFr(dir);
    const scores = runCli(['eval', alignment, '--gold', GOLD, '--format', 'json']);
    expect(scores.status).toBe(0);
    expect(JSON.parse(scores.stdout).strict.f1).toBe(1);

    expect(runCli(['export', alignment, '--format', 'moses', '-o', join(dir, 'corpus')]).status).toBe(0);
    expect(readFileSync(join(dir, 'corpus.fr'), 'utf8').split('\n')[1]).toBe("Aujourd'hui, plus de 5800 personnes y vivent. En hiver, jusqu'à 30000 visiteurs s'y ajoutent chaque jour.");
    expect(readFileSync(join(dir, 'corpus.de'), 'utf8').split('\n')).toHaveLength(9);

    const tmx = parseTmx(runCli(['export', alignment, '--format', 'tmx']).stdout);
    expect(tmx.header.srclang).toBe('de');
    expect(new Set(tmx.tus.flatMap((tu) => tu.tuvs.map((tuv) => tuv.lang)))).toEqual(new Set(['de', 'fr']));
    // Named relative to the current folder (the CLI runs in the repository's root).
    expect(tmx.tus[0]!.props['x-fr-file']).toBe(relative(ROOT, FR));
    expectOneLineError(runCli(['export', alignment, '--format', 'tmx', '--tmx-langs', 'en,de']), /--tmx-langs en,de: the codes must name German \(de…\) and fr…, the source language first/);

    const jsonl = JSON.parse(runCli(['export', alignment, '--format', 'jsonl']).stdout.split('\n')[0]!);
    expect(jsonl).toMatchObject({ de: [0], fr: [0], fr_text: 'En 1950, la commune de Zermatt comptait encore 1200 habitants.' });

    expectOneLineError(runCli(['diff', alignment]), /claims diff and the HTML report read English and German only, and this alignment is de–fr/);
    expectOneLineError(runCli(['export', alignment, '--format', 'html']), /read English and German only/);
  });

  it('needs one sentence per line and no lexicon, and says so', () => {
    expectOneLineError(runCli(['align', '--langs', 'de,fr', DE, FR]), /--langs de,fr: satzpaar segments and translates only English and German; .*--presegmented --no-lexicon/);
    expectOneLineError(runCli(['align', '--presegmented', '--langs', 'de,fr', DE, FR]), /--presegmented --no-lexicon/);
    expectOneLineError(runCli(['align', ...OTHER_PAIR.slice(0, 2), '--langs', 'de,de', DE, FR]), /the two documents must be in two different languages/);
    // Undetected, a French document is refused with the way to align it anyway.
    expectOneLineError(runCli(['align', '--presegmented', '--no-lexicon', DE, FR]), /zermatt\.fr: looks like neither English nor German .*French.*--langs \(e\.g\. de,fr\) and give --presegmented --no-lexicon/);
  });
});
