import { describe, expect, it } from 'vitest';
import { cleanSegmentText, removeUnwritable } from '../../../src/core/unitText.js';
import { joinedText, selectUnits } from '../../../src/write/units.js';
import { mixedAlignment, NASTY_EN, NASTY_EN_CLEAN } from './sampleAlignment.js';

describe('cleanSegmentText', () => {
  it('removes control characters, lone surrogates and U+FFFE/U+FFFF and collapses whitespace', () => {
    expect(cleanSegmentText(NASTY_EN)).toBe(NASTY_EN_CLEAN);
  });

  it('turns tabs, line breaks and the Unicode line separators into single spaces', () => {
    expect(cleanSegmentText(' a\tb\r\nc\u2028d\u2029e\u0085f\v\fg ')).toBe('a b c d e f g');
  });

  it('keeps no-break spaces, surrogate pairs and the XML specials (escaping is the writer’s job)', () => {
    expect(cleanSegmentText('10\u00a0% \u202f \uD83D\uDE00 & <>"\'')).toBe('10\u00a0% \u202f \uD83D\uDE00 & <>"\'');
  });

  it('removes DEL and C1 controls, which XML discourages and CAT tools reject', () => {
    expect(cleanSegmentText('a\u007fb\u0080c\u009fd')).toBe('abcd');
  });

  it('removeUnwritable keeps whitespace as it is', () => {
    expect(removeUnwritable('a  b\tc\u0000')).toBe('a  b\tc');
  });
});

describe('joinedText', () => {
  it('joins the sentences of an n-m link with single spaces', () => {
    const doc = mixedAlignment();
    expect(joinedText(doc.sentences.de, [1, 2])).toBe('Zweiter Satz, geteilt.');
  });
});

const NONE_DROPPED = { pageFurniture: 0, numberOnly: 0, identical: 0, duplicates: 0 };

describe('selectUnits', () => {
  it('bilingual: only links with text on both sides, in alignment order, with their link index', () => {
    const { units, count } = selectUnits(mixedAlignment(), { bilingual: true });
    expect(units.map((u) => u.index)).toEqual([0, 1]);
    expect(units[1]).toMatchObject({ en: 'Second sentence.', de: 'Zweiter Satz, geteilt.' });
    expect(count).toEqual({ written: 2, belowMinScore: 0, oneSided: 3, emptyAfterCleaning: 1, deletedInReview: 0, dropped: NONE_DROPPED });
  });

  it('applies --min-score as score >= minScore', () => {
    const { units, count } = selectUnits(mixedAlignment(), { bilingual: true, minScore: 0.6 });
    expect(units.map((u) => u.index)).toEqual([0]);
    expect(count).toEqual({ written: 1, belowMinScore: 1, oneSided: 3, emptyAfterCleaning: 1, deletedInReview: 0, dropped: NONE_DROPPED });
    expect(selectUnits(mixedAlignment(), { bilingual: true, minScore: 0.9 }).units).toHaveLength(1);
  });

  it('not bilingual: keeps omissions with an empty side, and drops them once --min-score is above 0', () => {
    const all = selectUnits(mixedAlignment(), { bilingual: false });
    expect(all.units.map((u) => u.index)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(all.units[2]).toMatchObject({ en: 'Only in English.', de: '' });
    expect(all.units[3]).toMatchObject({ en: '', de: 'Steuerzeichen.' });
    const filtered = selectUnits(mixedAlignment(), { bilingual: false, minScore: 0.01 });
    expect(filtered.units.map((u) => u.index)).toEqual([0, 1, 3]);
    expect(filtered.count.belowMinScore).toBe(3);
  });
});
