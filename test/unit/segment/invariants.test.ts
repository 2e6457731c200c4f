import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/core/types.js';
import { segment } from '../../../src/segment/segment.js';
import { expectExactOffsets, expectNothingLost } from '../../helpers/invariants.js';
import { random } from '../../helpers/random.js';


const PIECES = [
  'Word', 'word', 'U.S.', 'z. B.', 'Dr.', '12.', '3,5', '1.000', 'a.m.', '...', '. . .', '!', '?', '.', ',', '"', '“', '”', '„', '“',
  "'", '’', '(', ')', '[1]', '•', '-', '1.)', 'b)', 'e-mail@x.de', 'http://a.b/C.d', 'Yahoo!', '．', '\n', '\n\n', '\r\n', ' ', '  ', '\t',
];

function messyText(next: () => number, length: number): string {
  const parts: string[] = [];
  for (let i = 0; i < length; i++) {
    parts.push(PIECES[Math.floor(next() * PIECES.length)]!);
    if (next() < 0.6) parts.push(' ');
  }
  return parts.join('');
}

describe('segment: invariants on messy input', () => {
  it('every sentence is its exact slice, trimmed, in order, and every non-whitespace character is in exactly one sentence', () => {
    const next = random(20260422);
    for (let round = 0; round < 300; round++) {
      const text = messyText(next, 5 + Math.floor(next() * 80));
      for (const lang of ['en', 'de'] as Lang[]) {
        const sentences = segment(text, lang);
        expectExactOffsets(sentences, text);
        expectNothingLost(sentences, text);
      }
    }
  });

  it('is deterministic', () => {
    const text = 'One. Two! „Drei?“ 4. Mai. U.S. Army. \n\nFünf';
    expect(segment(text, 'de')).toEqual(segment(text, 'de'));
  });
});
