import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/errors.js';
import { parseAlignmentJson } from '../../src/read/readAlignment.js';

const valid = {
  format: 'satzpaar-alignment',
  version: 1,
  sentences: { en: [{ text: 'A.', start: 0, end: 2 }], de: [{ text: 'B.', start: 0, end: 2 }] },
  alignments: [{ en: [0], de: [0], score: 1 }],
};

function parse(doc: unknown): unknown {
  return parseAlignmentJson(typeof doc === 'string' ? doc : JSON.stringify(doc), 'a.json');
}

describe('parseAlignmentJson', () => {
  it('accepts an alignment', () => {
    expect(parse(valid)).toMatchObject({ format: 'satzpaar-alignment', version: 1 });
  });

  it.each([
    ['not JSON', 'hello', /a\.json: not a satzpaar alignment/],
    ['another format', { ...valid, format: 'satzpaar-claims' }, /a\.json: not a satzpaar alignment/],
    ['another version', { ...valid, version: 2 }, /a\.json: alignment format version 2 is not supported/],
    ['no sentences', { ...valid, sentences: undefined }, /a\.json: damaged alignment/],
    ['a link to a missing sentence', { ...valid, alignments: [{ en: [3], de: [0], score: 1 }] }, /a\.json: damaged alignment: a link refers/],
  ])('rejects %s with a one-line user error', (_, doc, message) => {
    expect(() => parse(doc)).toThrow(UserError);
    expect(() => parse(doc)).toThrow(message);
  });
});
