import { describe, expect, it } from 'vitest';
import { clauseStart } from '../../../src/claims/extract/changes.js';

/** The clause marks as one pattern over the text before `start`: what clauseStart searched before it went backwards. */
const CLAUSE_MARK = /[,;!?:](?!\d)|(?<!\d)[,.]/gu;
const byPattern = (text: string, start: number) => {
  const marks = [...text.slice(0, start).matchAll(CLAUSE_MARK)];
  return marks.length > 0 ? marks[marks.length - 1]!.index + 1 : 0;
};

describe('clauseStart', () => {
  it('finds the clause start the pattern over the text before it finds, on 20,000 random strings of marks, digits and letters', () => {
    // A fixed linear congruential generator: the same strings on every run.
    let seed = 20261206;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const alphabet = 'ab 1,2.;:!?x9 ';
    for (let n = 0; n < 20_000; n++) {
      const length = 1 + next(20);
      let text = '';
      for (let i = 0; i < length; i++) text += alphabet[next(alphabet.length)];
      const start = next(length + 1);
      expect(clauseStart(text, start), `${JSON.stringify(text)} at ${start}`).toBe(byPattern(text, start));
    }
  });

  it('takes a German ordinal\'s point and a figure\'s comma as no boundary', () => {
    const text = 'Die Stadt erhöht zum 1. Januar den Satz von 2,5 auf 3';
    expect(clauseStart(text, text.indexOf('von'))).toBe(0);
    expect(clauseStart('Es stieg, und zwar von 2', 'Es stieg, und zwar von 2'.indexOf('von'))).toBe('Es stieg,'.length);
  });
});
