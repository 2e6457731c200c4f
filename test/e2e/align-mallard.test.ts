import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AlignmentDocument } from '../../src/core/types.js';
import { runCli, fixture } from '../helpers/cli.js';
import { expectAlignmentInvariants, expectExactOffsets } from '../helpers/invariants.js';

// GNOME's help pages are Mallard XML; the English sources have no XML declaration, the translations do.
const EN_PAGE = fixture('mallard/printer.en.page');
const DE_PAGE = fixture('mallard/printer.de.page');

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

describe('satzpaar align on Mallard pages with empty cross-references', () => {
  // `<link xref="printing-setup"/>` shows the linked page's title in Yelp; the pages sit beside each other.
  const EN = fixture('mallard/links/C/queue.page');
  const DE = fixture('mallard/links/de/queue.page');
  const result = runCli(['align', EN, DE]);
  const doc = JSON.parse(result.stdout) as AlignmentDocument;
  const clean = (lang: 'en' | 'de') => doc.sentences[lang].map((s) => s.clean!);

  it('reads a link to another page as that page\'s link title, and a link to a section as its title', () => {
    expect(result.status).toBe(0);
    expect(clean('en')).toContain('See Set up a printer for more information.');
    expect(clean('de')).toContain('Siehe Einen Drucker einrichten für weitere Informationen.');
    expect(clean('en')).toContain('Read Cancel a job before you delete anything, and if nothing helps.');
    expect(clean('de')).toContain('Lesen Sie Einen Auftrag abbrechen, bevor Sie etwas löschen, und , wenn nichts hilft.');
  });

  it('keeps the offsets exact: the title is in the reader text only', () => {
    expectAlignmentInvariants(doc);
    expectExactOffsets(doc.sentences.en, readFileSync(EN, 'utf8'));
    expect(doc.sentences.en[2]!.text).toBe('See <link xref="printing-setup"/> for more information.');
    expect(doc.alignments.map((l) => [l.en, l.de])).toEqual(doc.sentences.en.map((_, k) => [[k], [k]]));
  });
});
