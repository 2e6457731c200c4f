import { describe, expect, it } from 'vitest';
import { segmentLines } from '../../../src/segment/lines.js';
import { expectExactOffsets } from '../../helpers/invariants.js';

describe('segmentLines', () => {
  it('returns each non-blank line, trimmed, with offsets into the text', () => {
    const text = '  First line. \r\n\r\nSecond line\rThird\n\n\t\n';
    const sentences = segmentLines(text);
    expect(sentences.map((s) => s.text)).toEqual(['First line.', 'Second line', 'Third']);
    expectExactOffsets(sentences, text);
  });

  it("skips hunalign's <p> paragraph-mark lines: they are not sentences", () => {
    const text = '<p>\nOne.\n <P> \nTwo.\n<p>.\n';
    const sentences = segmentLines(text);
    expect(sentences.map((s) => s.text)).toEqual(['One.', 'Two.', '<p>.']);
    expectExactOffsets(sentences, text);
  });

  it('returns nothing for blank text', () => {
    expect(segmentLines(' \n\n ')).toEqual([]);
  });
});
