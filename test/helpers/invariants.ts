import { expect } from 'vitest';
import type { AlignmentDocument, Lang, Sentence } from '../../src/core/types.js';

/** Every sentence is the exact slice its offsets name, with no surrounding whitespace. */
export function expectExactOffsets(sentences: Sentence[], text: string): void {
  let previousEnd = 0;
  for (const s of sentences) {
    expect(s.text).toBe(text.slice(s.start, s.end));
    expect(s.text).toBe(s.text.trim());
    expect(s.text.length).toBeGreaterThan(0);
    expect(s.start).toBeGreaterThanOrEqual(previousEnd);
    previousEnd = s.end;
  }
}

/** Nothing but whitespace lies outside the sentences: no text is dropped. */
export function expectNothingLost(sentences: Sentence[], text: string): void {
  let cursor = 0;
  for (const s of sentences) {
    expect(text.slice(cursor, s.start).trim()).toBe('');
    cursor = s.end;
  }
  expect(text.slice(cursor).trim()).toBe('');
}

/** Every sentence of both documents is in exactly one alignment entry; no entry is empty. */
export function expectAlignmentInvariants(doc: AlignmentDocument): void {
  expect(doc.format).toBe('satzpaar-alignment');
  expect(doc.version).toBe(1);
  expect(['parallel', 'comparable']).toContain(doc.mode);
  for (const lang of ['en', 'de'] as Lang[]) {
    const seen = new Array<number>(doc.sentences[lang].length).fill(0);
    for (const link of doc.alignments) {
      for (const index of link[lang]) {
        expect(Number.isInteger(index)).toBe(true);
        expect(index).toBeGreaterThanOrEqual(0);
        expect(index).toBeLessThan(seen.length);
        seen[index]!++;
      }
    }
    expect(seen.every((count) => count === 1)).toBe(true);
  }
  for (const link of doc.alignments) {
    expect(link.en.length + link.de.length).toBeGreaterThan(0);
    expect(link.score).toBeGreaterThanOrEqual(0);
    expect(link.score).toBeLessThanOrEqual(1);
  }
}
