import { describe, expect, it } from 'vitest';
import { formatJsonl } from '../../../src/write/jsonl.js';
import { mixedAlignment, NASTY_EN_CLEAN } from './sampleAlignment.js';

function records(content: string): Array<Record<string, unknown>> {
  expect(content.endsWith('\n')).toBe(true);
  return content.trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe('formatJsonl', () => {
  it('writes one object per link, omissions included, each naming both files and the mode', () => {
    const all = records(formatJsonl(mixedAlignment()));
    expect(all.map((r) => r.link)).toEqual([0, 1, 2, 3, 4, 5]);
    for (const r of all) expect(r).toMatchObject({ en_file: 'a/en.txt', de_file: 'b/de.txt', mode: 'parallel' });
  });

  it('carries texts, indices, offsets, score and evidence', () => {
    const [first, second, omission] = records(formatJsonl(mixedAlignment()));
    expect(first).toEqual({
      en_file: 'a/en.txt',
      de_file: 'b/de.txt',
      mode: 'parallel',
      link: 0,
      en: [0],
      de: [0],
      score: 0.9,
      lexical: 0.8,
      length: 0.9,
      shared: ['5'],
      en_text: NASTY_EN_CLEAN,
      de_text: 'Fisch & Pommes \'fett\' <i>kostet</i> 5\u00a0€.',
      en_offsets: [[0, mixedAlignment().sentences.en[0]!.end]],
      de_offsets: [[0, mixedAlignment().sentences.de[0]!.end]],
    });
    expect(second).toMatchObject({ de: [1, 2], de_text: 'Zweiter Satz, geteilt.' });
    expect(omission).toMatchObject({ en: [2], de: [], score: 0, en_text: 'Only in English.', de_text: '', de_offsets: [] });
    expect(omission).not.toHaveProperty('lexical');
    expect(first).not.toHaveProperty('moved');
    const moved = mixedAlignment();
    moved.alignments[1] = { ...moved.alignments[1]!, moved: true };
    expect(records(formatJsonl(moved))[1]).toMatchObject({ link: 1, moved: true });
  });

  it('applies --min-score like every other format, which drops the score-0 omissions', () => {
    expect(records(formatJsonl(mixedAlignment(), { minScore: 0.5 })).map((r) => r.link)).toEqual([0, 3]);
  });

  it('keeps each object on one line whatever the text contains', () => {
    const content = formatJsonl(mixedAlignment());
    expect(content.split('\n')).toHaveLength(7);
  });
});
