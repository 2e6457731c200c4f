import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/types.js';
import { segmentLines } from '../../src/segment/lines.js';
import { segment } from '../../src/segment/segment.js';
import { nothingLostProblem } from '../helpers/problems.js';
import { documentText, PROPERTY_SEED } from './arbitraries.js';

describe.each(['en', 'de'] as Lang[])('property (%s): segmentation loses nothing', (lang) => {
  it('segment: every non-whitespace character in exactly one sentence; text === slice(start, end)', () => {
    fc.assert(
      fc.property(documentText(lang), (text) => {
        expect(nothingLostProblem(segment(text, lang), text)).toBeUndefined();
      }),
      { seed: PROPERTY_SEED, numRuns: 400 },
    );
  });

  it('segmentLines (--presegmented): the same, one sentence per non-blank line', () => {
    fc.assert(
      fc.property(documentText(lang), (text) => {
        const sentences = segmentLines(text);
        expect(nothingLostProblem(sentences, text)).toBeUndefined();
        for (const s of sentences) expect(s.text).not.toMatch(/[\r\n]/);
      }),
      { seed: PROPERTY_SEED, numRuns: 200 },
    );
  });
});
