import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AlignmentDocument } from '../../src/core/types.js';
import { runCli, testFixture } from '../helpers/cli.js';
import { expectAlignmentInvariants, expectExactOffsets } from '../helpers/invariants.js';

// GNOME's help pages are Mallard XML; the English sources have no XML declaration, the translations do.
const EN_PAGE = testFixture('mallard/printer.en.page');
const DE_PAGE = testFixture('mallard/printer.de.page');

describe('satzpaar align on Mallard help pages', () => {
  const result = runCli(['align', DE_PAGE, EN_PAGE]);
  const doc = JSON.parse(result.stdout) as AlignmentDocument;

  it('reads both as XML documents, with or without a declaration, and tells their languages', () => {
    expect(result.status).toBe(0);
    expect(doc.documents.en.path).toBe(EN_PAGE);
    expect(doc.documents.en.segmentation).toBe('clean');
    expect(doc.documents.de.segmentation).toBe('clean');
    expectAlignmentInvariants(doc);
    expectExactOffsets(doc.sentences.en, readFileSync(EN_PAGE, 'utf8'));
  });

  it('leaves out what the page does not show (credits, revisions, editorial comments) and keeps inline markup inline', () => {
    const text = (lang: 'en' | 'de') => doc.sentences[lang].map((s) => s.clean!).join(' | ');
    expect(text('en')).not.toMatch(/Ada Example|ada@example\.org|screenshot of the queue/);
    expect(text('de')).not.toMatch(/Berta Beispiel|2026/);
    expect(text('en')).toContain('Press Ctrl+P to open the queue of the report.pdf document.');
    expect(text('de')).toContain('Drücken Sie Strg+P, um die Warteschlange des Dokuments bericht.pdf zu öffnen.');
  });

  it('aligns the translation sentence by sentence', () => {
    expect(doc.mode).toBe('parallel');
    expect(doc.alignments.map((l) => [l.en, l.de])).toEqual(doc.sentences.en.map((_, k) => [[k], [k]]));
    expect(doc.sentences.en).toHaveLength(8);
  });
});
