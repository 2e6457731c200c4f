import { describe, expect, it } from 'vitest';
import { paragraphStarts } from '../../../src/analyse/paragraphs.js';
import { cleanText } from '../../../src/segment/clean.js';
import { mergeRestructuredParagraphs, type Span } from '../../../src/align/holes.js';
import { alignDocuments } from '../../../src/pipeline/alignDocuments.js';
import { DEFAULT_ALIGN_SETTINGS } from '../../../src/core/settings.js';
import { segmentLines } from '../../../src/segment/lines.js';
import { segment } from '../../../src/segment/segment.js';
import { expectAlignmentInvariants } from '../../helpers/invariants.js';

describe('paragraphStarts', () => {
  it('marks the sentences after a blank line, and nothing when no paragraph is marked', () => {
    const text = 'One.\nTwo.\n\nThree.\n \nFour.';
    expect([...paragraphStarts(text, segmentLines(text))!]).toEqual([1, 0, 1, 1]);
    const plain = 'One.\nTwo.\nThree.';
    expect(paragraphStarts(plain, segmentLines(plain))).toBeUndefined();
  });

  it('in clean mode reads block tags between sentences as paragraph breaks, inline tags not', () => {
    const text = '<p>One. <em>Two.</em></p>\n<p>Three.</p><ul><li>Four.</li></ul>';
    const sentences = segment(text, 'en', { clean: true });
    expect(sentences.map((s) => s.clean)).toEqual(['One.', 'Two.', 'Three.', 'Four.']);
    expect([...paragraphStarts(text, sentences, cleanText(text, { page: false }))!]).toEqual([1, 0, 1, 1]);
    expect(paragraphStarts(text, sentences)).toBeUndefined();
    // In a page a line break is a space, and an entity or inline tag at a sentence's edge stays in its gap.
    const page = '<!DOCTYPE html><p>One &amp; one.\n<b>Two.</b></p>\n\n<p>Three.</p>';
    const pageSentences = segment(page, 'en', { clean: true });
    expect(pageSentences.map((s) => s.clean)).toEqual(['One & one.', 'Two.', 'Three.']);
    expect([...paragraphStarts(page, pageSentences, cleanText(page))!]).toEqual([1, 0, 1]);
  });

  it("reads hunalign's <p> lines as paragraph marks, like blank lines", () => {
    const text = '<p>\nOne.\nTwo.\n<p>\nThree.\r\n<P>\r\nFour.';
    expect([...paragraphStarts(text, segmentLines(text))!]).toEqual([1, 0, 1, 1]);
  });
});

describe('mergeRestructuredParagraphs', () => {
  // English paragraphs start at 0, 2, 5; German ones at 0, 2, 6.
  const paragraphs = { en: Uint8Array.of(1, 0, 1, 0, 0, 1, 0), de: Uint8Array.of(1, 0, 1, 0, 0, 0, 1, 0) };
  const found = () => 1;

  it('joins a paragraph with a split into one link and keeps 1-1 paragraphs', () => {
    const path: Span[] = [[0, 1, 0, 1], [1, 2, 1, 2], [2, 3, 2, 3], [3, 4, 3, 5], [4, 5, 5, 6], [5, 6, 6, 7], [6, 7, 7, 8]];
    expect(mergeRestructuredParagraphs(path, paragraphs, found)).toEqual([[0, 1, 0, 1], [1, 2, 1, 2], [2, 5, 2, 6], [5, 6, 6, 7], [6, 7, 7, 8]]);
  });

  it('keeps a sentence whose content is not in the paragraph as an omission', () => {
    const path: Span[] = [[0, 1, 0, 1], [1, 2, 1, 2], [2, 3, 2, 3], [3, 4, 3, 3], [4, 5, 3, 6], [5, 6, 6, 7], [6, 7, 7, 8]];
    expect(mergeRestructuredParagraphs(path, paragraphs, () => 0)).toEqual(path);
    // The same sentence with its content in the German paragraph was merged by the translator.
    expect(mergeRestructuredParagraphs(path, paragraphs, found)).toContainEqual([2, 5, 2, 6]);
  });

  it('merges a skipped sentence that shares a little of the paragraph (a split the lexicon hides), not one that shares next to nothing', () => {
    const path: Span[] = [[0, 1, 0, 1], [1, 2, 1, 2], [2, 3, 2, 3], [3, 4, 3, 3], [4, 5, 3, 6], [5, 6, 6, 7], [6, 7, 7, 8]];
    expect(mergeRestructuredParagraphs(path, paragraphs, () => 0.3)).toContainEqual([2, 5, 2, 6]);
    expect(mergeRestructuredParagraphs(path, paragraphs, () => 0.1)).toEqual(path);
  });

  it('merges a paragraph pair with a sentence left alone on each side, whatever their content', () => {
    const path: Span[] = [[0, 1, 0, 1], [1, 2, 1, 2], [2, 3, 2, 3], [3, 4, 3, 5], [4, 5, 5, 5], [5, 5, 5, 6], [5, 6, 6, 7], [6, 7, 7, 8]];
    expect(mergeRestructuredParagraphs(path, paragraphs, () => 0)).toContainEqual([2, 5, 2, 6]);
  });

  it('changes nothing without paragraph marks', () => {
    const path: Span[] = [[0, 1, 0, 2], [1, 2, 2, 3]];
    expect(mergeRestructuredParagraphs(path, undefined, found)).toEqual(path);
  });
});

describe('restructured paragraphs in a parallel alignment', () => {
  // Twelve paragraphs of three sentences. In paragraph 4 the translator split the middle
  // sentence in two; in paragraph 8 they dropped the middle sentence.
  const en: string[][] = [];
  const de: string[][] = [];
  for (let p = 0; p < 12; p++) {
    const e: string[] = [];
    const d: string[] = [];
    for (let s = 0; s < 3; s++) {
      const k = p * 3 + s;
      if (p === 4 && s === 1) {
        e.push(`Step ${k} configures Server${k} with Module${k} and then restarts Daemon${k} on Host${k}.`);
        d.push(`Schritt ${k} konfiguriert Server${k} mit Module${k}.`, `Danach startet er Daemon${k} auf Host${k} neu.`);
      } else if (p === 8 && s === 1) {
        e.push(`Step ${k} also removes Cache${k} from Volume${k} for safety.`);
      } else {
        e.push(`Step ${k} configures Server${k} with Module${k}.`);
        d.push(`Schritt ${k} konfiguriert Server${k} mit Module${k}.`);
      }
    }
    en.push(e);
    de.push(d);
  }
  const align = (separator: string) =>
    alignDocuments([
        { path: 'a.en', text: en.map((p) => p.join('\n')).join(separator), sha256: '', encoding: 'utf-8' },
        { path: 'a.de', text: de.map((p) => p.join('\n')).join(separator), sha256: '', encoding: 'utf-8' },
      ], { ...DEFAULT_ALIGN_SETTINGS, langs: ['en', 'de'], mode: 'parallel', presegmented: true, lexicon: { kind: 'none' } });

  it('links the restructured paragraph as one 3-4 link and keeps the omission 1-0', () => {
    const alignment = align('\n\n');
    expectAlignmentInvariants(alignment);
    expect(alignment.alignments).toContainEqual(expect.objectContaining({ en: [12, 13, 14], de: [12, 13, 14, 15] }));
    expect(alignment.alignments).toContainEqual({ en: [25], de: [], score: 0 });
    const merged = alignment.alignments.find((l) => l.en[0] === 12)!;
    expect(merged.score).toBeGreaterThan(0.5);
    expect(alignment.alignments.filter((l) => l.en.length > 1 || l.de.length > 1)).toHaveLength(1);
  });

  it('keeps sentence links when the documents mark no paragraphs', () => {
    const alignment = align('\n');
    expect(alignment.alignments).toContainEqual(expect.objectContaining({ en: [13], de: [13, 14] }));
    expect(alignment.alignments).toContainEqual({ en: [25], de: [], score: 0 });
  });
});
