import { expect } from 'vitest';
import type { AlignmentDocument, Sentence } from '../../src/core/types.js';
import { linkProblem, nothingLostProblem } from './problems.js';

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
  expect(nothingLostProblem(sentences, text)).toBeUndefined();
}

/** Every sentence of both documents is in exactly one alignment entry; no entry is empty. */
export function expectAlignmentInvariants(doc: AlignmentDocument): void {
  expect(doc.format).toBe('satzpaar-alignment');
  expect(doc.version).toBe(1);
  expect(['parallel', 'comparable']).toContain(doc.mode);
  expect(linkProblem(doc)).toBeUndefined();
}
