import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AlignmentDocument } from '../../src/core/types.js';
import { runCli, fixture } from '../helpers/cli.js';
import { expectAlignmentInvariants, expectExactOffsets } from '../helpers/invariants.js';

// Text as pdftotext writes it: a form feed between pages, a running header and a page footer on each.
const EN = fixture('pdftext/manual.en.txt');
const DE = fixture('pdftext/manual.de.txt');

describe('satzpaar align on text extracted from PDFs', () => {
  const result = runCli(['align', EN, DE]);
  const doc = JSON.parse(result.stdout) as AlignmentDocument;
  const text = (lang: 'en' | 'de') => doc.sentences[lang].map((s) => s.clean ?? s.text);

  it('reads paged text in clean mode without --clean, offsets exact', () => {
    expect(result.status).toBe(0);
    expect(doc.documents.en.segmentation).toBe('clean');
    expect(doc.documents.de.segmentation).toBe('clean');
    expectAlignmentInvariants(doc);
    expectExactOffsets(doc.sentences.en, readFileSync(EN, 'utf8'));
    expectExactOffsets(doc.sentences.de, readFileSync(DE, 'utf8'));
  });

  it('drops the running headers and page footers, and joins a sentence cut by a page break', () => {
    expect(text('en').join(' | ')).not.toMatch(/Administrator's Manual|Page \d of 4/);
    expect(text('de').join(' | ')).not.toMatch(/Handbuch für Administratoren|Seite \d von 4/);
    expect(text('en')).toContain('It allows you to restore a service when users report problems after the change.');
    expect(text('de')).toContain('Sie erlaubt es, einen Dienst wiederherzustellen, wenn Benutzer nach der Umstellung Probleme melden.');
  });

  it('aligns the translation sentence by sentence', () => {
    expect(doc.mode).toBe('parallel');
    expect(text('en')).toHaveLength(9);
    expect(doc.alignments.map((l) => [l.en, l.de])).toEqual(doc.sentences.en.map((_, k) => [[k], [k]]));
  });
});
