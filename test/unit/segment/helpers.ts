import { expect } from 'vitest';
import type { Lang } from '../../../src/core/types.js';
import { segment, type SegmentOptions } from '../../../src/segment/segment.js';
import { expectExactOffsets, expectNothingLost } from '../../helpers/invariants.js';

/** Segments `text` and checks the offset invariants before returning the sentence texts. */
export function split(text: string, lang: Lang, options?: SegmentOptions): string[] {
  const sentences = segment(text, lang, options);
  expectExactOffsets(sentences, text);
  expectNothingLost(sentences, text);
  return sentences.map((s) => s.text);
}

/** Expects `text` to stay one sentence. */
export function expectWhole(text: string, lang: Lang): void {
  expect(split(text, lang)).toEqual([text]);
}
