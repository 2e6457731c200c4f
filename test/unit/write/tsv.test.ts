import { describe, expect, it } from 'vitest';
import { formatTsv } from '../../../src/write/tsv.js';
import { mixedAlignment, NASTY_EN_CLEAN } from './sampleAlignment.js';

describe('formatTsv', () => {
  it('writes a header, then en, de, score, en indices, de indices; one line per two-sided link', () => {
    const lines = formatTsv(mixedAlignment()).split('\n');
    expect(lines.pop()).toBe('');
    expect(lines.shift()).toBe('en_text\tde_text\tscore\ten_indices\tde_indices');
    expect(lines.map((line) => line.split('\t'))).toEqual([
      [NASTY_EN_CLEAN, 'Fisch & Pommes \'fett\' <i>kostet</i> 5\u00a0€.', '0.9', '0', '0'],
      ['Second sentence.', 'Zweiter Satz, geteilt.', '0.4', '1', '1,2'],
    ]);
  });

  it('filters by --min-score and writes only the header when nothing is left', () => {
    expect(formatTsv(mixedAlignment(), { minScore: 0.5 }).split('\n')).toHaveLength(3);
    expect(formatTsv(mixedAlignment(), { minScore: 1 })).toBe('en_text\tde_text\tscore\ten_indices\tde_indices\n');
  });

  it('names the columns after the languages of another pair', () => {
    const doc = { ...mixedAlignment(), languages: ['de', 'fr'] as const };
    expect(formatTsv(doc).split('\n')[0]).toBe('de_text\tfr_text\tscore\tde_indices\tfr_indices');
  });
});
