import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, fixture } from '../helpers/cli.js';
import { parseTmx } from '../helpers/tmx.js';

// A FAQ as pdftotext writes it: pages separated by form feeds, a running header and a page number
// on each, "Tip" boxes, and an index whose entries align across the languages but point to other
// pages, since the German edition runs longer (as in the Debian FAQ's PDFs: "apt, 37" ↔ "apt, 41").
const FAQ_EN = fixture('pdftext/faq.en.txt');
const FAQ_DE = fixture('pdftext/faq.de.txt');

const segs = (stdout: string) => parseTmx(stdout).tus.map((tu) => tu.tuvs.map((tuv) => tuv.seg));

describe('translation-memory hygiene on text extracted from PDFs', () => {
  it('leaves out index entries by default and says so on stderr', () => {
    const result = runCli(['align', FAQ_EN, FAQ_DE, '--format', 'tmx']);
    expect(result.status).toBe(0);
    const units = segs(result.stdout);
    expect(units).not.toContainEqual(['apt, 22', 'apt, 24']);
    expect(units).not.toContainEqual(['dpkg, 22, 24', 'dpkg, 24, 26']);
    expect(units).not.toContainEqual(['release notes, 23', 'Hinweise zur Veröffentlichung, 25']);
    expect(units).toContainEqual(['Keep your system up to date.', 'Halten Sie Ihr System aktuell.']);
    expect(result.stderr).toBe(`satzpaar: wrote ${units.length} translation units (3 page furniture (page numbers, index entries, running headers) left out)\n`);
  });

  it('--keep-page-furniture keeps them', () => {
    const units = segs(runCli(['align', FAQ_EN, FAQ_DE, '--format', 'tmx', '--keep-page-furniture']).stdout);
    expect(units).toContainEqual(['dpkg, 22, 24', 'dpkg, 24, 26']);
  });

  it('--drop-duplicates keeps the first "Tip" ↔ "Tipp" only; --drop-identical drops "Index" ↔ "Index"', () => {
    const result = runCli(['align', FAQ_EN, FAQ_DE, '--format', 'tmx', '--drop-duplicates', '--drop-identical']);
    const units = segs(result.stdout);
    expect(units.filter(([en]) => en === 'Tip')).toEqual([['Tip', 'Tipp']]);
    expect(units).not.toContainEqual(['Index', 'Index']);
    expect(result.stderr).toMatch(/\(3 page furniture \(page numbers, index entries, running headers\), 1 identical on both sides, 1 duplicate left out\)/);
  });
});

describe('translation-memory hygiene in batch', () => {
  it('applies the filters to every pair and sums what they left out in the summary', () => {
    const dir = mkdtempSync(join(tmpdir(), 'satzpaar-batch-hygiene-'));
    writeFileSync(join(dir, 'manifest.tsv'), `${FAQ_EN}\t${FAQ_DE}\tfaq\n`);
    const result = runCli(['batch', join(dir, 'manifest.tsv'), '--out-dir', join(dir, 'out'), '--format', 'tmx', '--drop-duplicates', '--jobs', '1']);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('satzpaar batch: 1 of 1 pairs aligned, left out by the translation-memory filters: 3 page furniture (page numbers, index entries, running headers), 1 duplicate\n');
    const units = segs(readFileSync(join(dir, 'out', 'faq.tmx'), 'utf8'));
    expect(units.filter(([en]) => en === 'Tip')).toHaveLength(1);
  });
});

describe('--drop-number-only', () => {
  const dir = mkdtempSync(join(tmpdir(), 'satzpaar-numbers-'));
  const en = join(dir, 'en.txt');
  const de = join(dir, 'de.txt');
  // One sentence a line with bare numbers between, as tables and page numbers leave them in plain text.
  writeFileSync(en, 'The results are shown below.\n21\nThe first column gives the year.\n2024 – 2025\nEvery value was measured twice.\n');
  writeFileSync(de, 'Die Ergebnisse stehen unten.\n21\nDie erste Spalte nennt das Jahr.\n2024 – 2025\nJeder Wert wurde zweimal gemessen.\n');

  it('keeps number-only units unless asked, then counts them on stderr', () => {
    const all = segs(runCli(['align', en, de, '--presegmented', '--format', 'tmx']).stdout);
    expect(all).toContainEqual(['21', '21']);
    const result = runCli(['align', en, de, '--presegmented', '--format', 'tmx', '--drop-number-only']);
    const kept = segs(result.stdout);
    expect(kept).toEqual(all.filter(([text]) => /\p{L}/u.test(text!)));
    expect(kept).toHaveLength(3);
    expect(result.stderr).toBe('satzpaar: wrote 3 translation units (2 number-only left out)\n');
  });
});
