import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/claims/extract/index.js';
import { datesCompatible } from '../../../src/claims/extract/dates.js';

const dates = (lang: 'en' | 'de', text: string) => extractClaims(text, lang).filter((c) => c.type === 'date').map((c) => `${text.slice(c.start, c.end)}=${c.value}`);

describe('halves and quarters of a year', () => {
  it('reads the English forms', () => {
    expect(dates('en', 'Profits should recover in the first half of 2025.')).toEqual(['first half of 2025=2025-H1']);
    expect(dates('en', 'Sales fell in the third quarter of the year.')).toEqual(['third quarter of the year=--Q3']);
    expect(dates('en', 'Revenue in Q4 2023 and in H1 rose.')).toEqual(['Q4 2023=2023-Q4', 'H1=--H1']);
    expect(dates('en', 'in the second-quarter results')).toEqual(['second-quarter=--Q2']);
  });

  it('reads the German forms', () => {
    expect(dates('de', 'Die Gewinne sollen sich im zweiten Halbjahr 2025 erholen.')).toEqual(['zweiten Halbjahr 2025=2025-H2']);
    expect(dates('de', 'In der ersten Jahreshälfte stieg der Umsatz.')).toEqual(['ersten Jahreshälfte=--H1']);
    expect(dates('de', 'Im 3. Quartal 2022 und im vierten Quartal')).toEqual(['3. Quartal 2022=2022-Q3', 'vierten Quartal=--Q4']);
  });

  it('leaves ordinals of other things alone', () => {
    expect(dates('en', 'On the third day, a quarter of the staff left.')).toEqual([]);
    expect(dates('de', 'Am dritten Tag ging ein Viertel der Belegschaft.')).toEqual([]);
  });

  it('agree with the same period and a date of their year, not with another period', () => {
    expect(datesCompatible('2025-H1', '2025-H1')).toBe(true);
    expect(datesCompatible('2025-H1', '2025-H2')).toBe(false);
    expect(datesCompatible('--Q3', '--Q2')).toBe(false);
    expect(datesCompatible('2025-H1', '2025')).toBe(true);
    expect(datesCompatible('2025-H1', '2026')).toBe(false);
    // A quarter and a half are each said exactly ("the first quarter" is no "das erste Halbjahr"); a season
    // could hold either's months.
    expect(datesCompatible('2025-Q1', '2025-H1')).toBe(false);
    expect(datesCompatible('2025-S1', '2025-H1')).toBe(true);
  });
});
