import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/analyse/tokens.js';
import { tokenizeClauses } from './clauseMarks.js';

/** The regular expression the scan replaces, the definition of a word. */
const TOKEN = /\d+(?:[.,]\d+)*|[\p{L}\p{N}][\p{L}\p{N}'’\-.]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu;
const byExpression = (text: string) => text.match(TOKEN) ?? [];

/** Characters where the two could part: digits and separators, marks inside words, letters of other scripts, astral letters and digits, lone surrogates. */
const PIECES = ['1', '7', '0', '.', ',', '-', "'", '’', ' ', 'a', 'Z', 'ß', 'ä', 'É', '²', '٣', 'ж', '中', 'x', '(', ':', '–', '\u0301', '𝐀', '𝟗', '😀', '\ud800', '\udc00', '\t', '\n', '_'];
const texts = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((pieces) => pieces.join(''));

describe('the word scan', () => {
  it('finds the words of the regular expression, on any mix of tricky characters', () => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(tokenize(text)).toEqual(byExpression(text));
      }),
      { numRuns: 5000 },
    );
  });

  it('on sentences of both languages', () => {
    for (const text of [
      'Version 1.2.3 costs 7,50 € (3rd try) — e-mail: a.b@c.de, v2-beta…',
      'Die 2½-stündige Fahrt kostete 1.000,50 Euro; „Straßenbahn“ fährt um 7.30 Uhr.',
      "It's the users' ‘best’ one-to-one -- at 3.5x, 10,000 or .5 and 5. Done-",
    ]) {
      expect(tokenize(text)).toEqual(byExpression(text));
    }
  });

  it('marks the words after clause punctuation as before', () => {
    const { words, opensClause } = tokenizeClauses('First, the tool - then (in brackets) the rest: done');
    expect(words.filter((_, k) => opensClause[k])).toEqual(['the', 'then', 'in', 'the', 'done']);
  });
});
