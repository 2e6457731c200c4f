import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bandAroundAnchors } from '../../../src/align/band.js';
import { heaviestMonotoneChain } from '../../../src/align/candidates.js';
import { parseGold } from '../../../src/eval/gold.js';
import { scoreAlignment } from '../../../src/eval/score.js';
import { Lexicon } from '../../../src/lexicon/lexicon.js';
import { alignDocuments } from '../../../src/pipeline/alignDocuments.js';
import { DEFAULT_ALIGN_SETTINGS } from '../../../src/core/settings.js';
import { expectAlignmentInvariants } from '../../helpers/invariants.js';
import { fixture } from '../../helpers/cli.js';

const doc = (name: string) => ({ path: name, text: readFileSync(fixture(`align/${name}`), 'utf8'), sha256: '', encoding: 'utf-8' as const });

describe('heaviestMonotoneChain', () => {
  it('keeps the heaviest order-keeping subset of candidates', () => {
    const chain = heaviestMonotoneChain(
      [
        { en: 0, de: 0, score: 0.9 },
        { en: 1, de: 5, score: 0.95 },
        { en: 2, de: 2, score: 0.9 },
        { en: 3, de: 3, score: 0.9 },
        { en: 3, de: 4, score: 0.5 },
      ],
      6,
    );
    expect(chain.map((c) => [c.en, c.de])).toEqual([[0, 0], [2, 2], [3, 3]]);
  });
});

describe('bandAroundAnchors', () => {
  it('follows the anchors through a deleted block instead of the diagonal', () => {
    // English 0–99 ↔ German 0–99, then German 100–399 were deleted from the English side.
    const anchors = [];
    for (let i = 0; i < 200; i += 5) anchors.push({ en: i, de: i < 100 ? i : i + 300, score: 0.9 });
    const band = bandAroundAnchors(anchors, 200, 500);
    expect(band.lo[0]).toBe(0);
    expect(band.hi[200]).toBe(500);
    // Row 100 must reach from German 100 to German 400: the block lies between two anchors.
    expect(band.lo[100]).toBeLessThanOrEqual(100);
    expect(band.hi[100]).toBeGreaterThanOrEqual(400);
    // Far from the block the band stays narrow.
    expect(band.hi[50]! - band.lo[50]!).toBeLessThan(40);
  });
});

describe('parallel alignment of a small hand-made translation', () => {
  const lexicon = Lexicon.fromStemTable(
    ['packag\tpaket', 'manag\tverwalt', 'instal\tinstalli installiert', 'check\tpruf', 'step\tschritt', 'second\tsekund', 'slow\tlangsam', 'team\tteam', 'releas\tveroffentlicht', 'remov\tentfern', 'command\tbefehl', 'disk\tfestplatt', 'file\tdatei', 'configur\tkonfiguration', 'support\tunterstutz', 'network\tnetzwerk', 'everi\tjed', 'befor\tvor', 'comput\tcomput', 'take\tdauert', 'stai\tbleibt'].join('\n'),
  );
  const alignment = alignDocuments([doc('manual.en'), doc('manual.de')], { ...DEFAULT_ALIGN_SETTINGS, mode: 'auto', presegmented: true, langs: ['en', 'de'] }, { lexicon });

  it('recognises a translation and keeps the invariants', () => {
    expect(alignment.mode).toBe('parallel');
    expectAlignmentInvariants(alignment);
  });

  it('finds the omitted sentence and the other links', () => {
    const gold = parseGold(readFileSync(fixture('align/manual.gold'), 'utf8')).links;
    const scores = scoreAlignment(alignment.alignments, gold);
    expect(alignment.alignments).toContainEqual({ en: [5], de: [], score: 0 });
    // Precision counts 1-0/0-1 links too (vecalign): the one miss, "Das ist Absicht." left 0-1 beside its
    // sentence (no word of it translates anything there), costs a wrong link and a missed one (F1 0.836).
    expect(scores.strict.f1).toBeGreaterThanOrEqual(0.83);
  });

  it('forced comparable mode links only what matches, in any order', () => {
    const comparable = alignDocuments([doc('manual.en'), doc('manual.de')], { ...DEFAULT_ALIGN_SETTINGS, mode: 'comparable', presegmented: true, langs: ['en', 'de'] }, { lexicon });
    expectAlignmentInvariants(comparable);
    const linked = comparable.alignments.filter((l) => l.en.length && l.de.length);
    expect(linked.length).toBeGreaterThan(3);
    expect(comparable.alignments.find((l) => l.en[0] === 5)?.de).toEqual([]);
  });
});

describe('parallel alignment across a deleted block', () => {
  // 200 English sentences; the German translation lacks sentences 60–84 (a deleted block) and 150.
  const enText = Array.from({ length: 200 }, (_, k) => `Step ${k + 1} configures Server${k} with Module${k}.`).join('\n');
  const kept = Array.from({ length: 200 }, (_, k) => k).filter((k) => (k < 60 || k >= 85) && k !== 150);
  const deText = kept.map((k) => `Schritt ${k + 1} konfiguriert Server${k} mit Module${k}.`).join('\n');
  const alignment = alignDocuments([
      { path: 'a.en', text: enText, sha256: '', encoding: 'utf-8' },
      { path: 'a.de', text: deText, sha256: '', encoding: 'utf-8' },
    ], { ...DEFAULT_ALIGN_SETTINGS, langs: ['en', 'de'], mode: 'parallel', presegmented: true, lexicon: { kind: 'none' } });

  it('leaves exactly the deleted sentences unaligned and links the rest one to one', () => {
    expectAlignmentInvariants(alignment);
    const omitted = alignment.alignments.filter((l) => l.de.length === 0).flatMap((l) => l.en);
    expect(omitted).toEqual([...Array.from({ length: 25 }, (_, k) => 60 + k), 150]);
    for (const l of alignment.alignments.filter((x) => x.de.length > 0)) {
      expect(l.en).toHaveLength(1);
      expect(kept[l.de[0]!]).toBe(l.en[0]);
    }
  });
});
