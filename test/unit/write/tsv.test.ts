import { describe, expect, it } from 'vitest';
import { formatTsv } from '../../../src/write/tsv.js';
import { mixedAlignment, NASTY_EN_CLEAN } from './sampleAlignment.js';

describe('formatTsv', () => {
  it('writes en, de, score, en indices, de indices; no header; one line per two-sided link', () => {
    const lines = formatTsv(mixedAlignment()).split('\n');
    expect(lines.pop()).toBe('');
    expect(lines.map((line) => line.split('\t'))).toEqual([
      [NASTY_EN_CLEAN, 'Fisch & Pommes \'fett\' <i>kostet</i> 5\u00a0€.', '0.9', '0', '0'],
      ['Second sentence.', 'Zweiter Satz, geteilt.', '0.4', '1', '1,2'],
    ]);
  });

  it('filters by --min-score and writes nothing at all when nothing is left', () => {
    expect(formatTsv(mixedAlignment(), { minScore: 0.5 }).split('\n')).toHaveLength(2);
    expect(formatTsv(mixedAlignment(), { minScore: 1 })).toBe('');
  });
});
