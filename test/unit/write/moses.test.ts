import { describe, expect, it } from 'vitest';
import { formatMoses } from '../../../src/write/moses.js';
import { mixedAlignment, NASTY_EN_CLEAN } from './sampleAlignment.js';

describe('formatMoses', () => {
  it('writes line N of the English file as the counterpart of line N of the German file', () => {
    const content = formatMoses(mixedAlignment());
    expect(content.en).toBe(`${NASTY_EN_CLEAN}\nSecond sentence.\n`);
    expect(content.de).toBe('Fisch & Pommes \'fett\' <i>kostet</i> 5\u00a0€.\nZweiter Satz, geteilt.\n');
  });

  it('filters by --min-score, keeping the files line-aligned', () => {
    const content = formatMoses(mixedAlignment(), { minScore: 0.5 });
    expect(content.en.split('\n')).toHaveLength(2);
    expect(content.de.split('\n')).toHaveLength(2);
  });
});
