import { describe, expect, it } from 'vitest';
import { hasNoLetters, isPageFurniture } from '../../../src/write/hygiene.js';
import { selectUnits } from '../../../src/write/units.js';
import { sampleAlignment } from './sampleAlignment.js';

describe('isPageFurniture', () => {
  const once = { repeats: 1, indexEntries: 0 };

  it('takes page numbers on both sides', () => {
    expect(isPageFurniture('21', '21', once)).toBe(true);
    expect(isPageFurniture('Page 3 of 40', 'Seite 3 von 40', once)).toBe(true);
    expect(isPageFurniture('xiv', 'xiv', once)).toBe(true);
  });

  it('takes index entries pointing to the same pages, not prose that ends in a number', () => {
    expect(isPageFurniture('release notes, 23', 'Hinweise zur Veröffentlichung, 23', once)).toBe(true);
    expect(isPageFurniture('dpkg, 22, 24–26', 'dpkg, 22, 24–26', once)).toBe(true);
    expect(isPageFurniture('dpkg, 22', 'dpkg, 23', once)).toBe(false);
    expect(isPageFurniture('Prices rose by 21', 'Die Preise stiegen um 12', once)).toBe(false);
    expect(isPageFurniture('The price rose to 21.', 'Der Preis stieg auf 21.', once)).toBe(false);
  });

  it('takes index entries pointing to other pages when the export holds an index (three or more)', () => {
    expect(isPageFurniture('apt, 37', 'apt, 41', { repeats: 1, indexEntries: 3 })).toBe(true);
    expect(isPageFurniture('debian-faq, 63', 'debian-faq, 67, 68', { repeats: 1, indexEntries: 46 })).toBe(true);
    expect(isPageFurniture('apt, 37', 'apt, 41', { repeats: 1, indexEntries: 2 })).toBe(false);
    // A date is no index line on the German side.
    expect(isPageFurniture('May 31, 2022', '31. Mai 2022', { repeats: 1, indexEntries: 46 })).toBe(false);
    expect(isPageFurniture('The price rose to 21.', 'Der Preis stieg auf 21.', { repeats: 1, indexEntries: 46 })).toBe(false);
  });

  it('takes a running header cut short with an ellipsis on both sides, which names its page\'s section and so seldom recurs', () => {
    expect(isPageFurniture('CHAPTER 15. CHANGES EXPECTED IN THE …', 'KAPITEL 15. ZU ERWARTENDE ÄNDERUNGEN …', once)).toBe(true);
    expect(isPageFurniture('2.3. WHERE/HOW CAN I GET THE DEBIAN …', '2.3. WOHER/WIE KANN ICH MIR DIE …', once)).toBe(true);
    expect(isPageFurniture('8.1.2 APT', '8.1.2 APT', once)).toBe(false);
    expect(isPageFurniture('And then …', 'Und dann …', once)).toBe(false);
    expect(isPageFurniture('CHAPTER 15. CHANGES EXPECTED IN THE …', 'Kapitel 15. Zu erwartende Änderungen', once)).toBe(false);
  });

  it('takes a short line without sentence punctuation only when it recurs (a running header)', () => {
    expect(isPageFurniture('The Debian FAQ', 'Die Debian-FAQ', { repeats: 3, indexEntries: 0 })).toBe(true);
    expect(isPageFurniture('The Debian FAQ', 'Die Debian-FAQ', { repeats: 2, indexEntries: 0 })).toBe(false);
    expect(isPageFurniture('Keep it up to date.', 'Halten Sie es aktuell.', { repeats: 5, indexEntries: 0 })).toBe(false);
  });
});

describe('hasNoLetters', () => {
  it('is true for numbers and punctuation only', () => {
    expect(hasNoLetters('2024 – 2025')).toBe(true);
    expect(hasNoLetters('21 €')).toBe(true);
    expect(hasNoLetters('21 km')).toBe(false);
    expect(hasNoLetters('Ä')).toBe(false);
  });
});

describe('selectUnits with filters', () => {
  const doc = sampleAlignment(['Tip', 'Use apt.', 'Tip', '42', 'ls -l', 'Tip'], ['Tipp', 'Nutzen Sie apt.', 'Tipp', '42', 'ls -l', 'Hinweis'], [0, 1, 2, 3, 4, 5].map((k) => ({ en: [k], de: [k], score: 0.9 })));

  it('removes nothing unless asked', () => {
    expect(selectUnits(doc, { bilingual: true }).units).toHaveLength(6);
  });

  it('counts each removal under the first filter that applies, and keeps the first of duplicates', () => {
    const { units, count } = selectUnits(doc, { bilingual: true, drop: { duplicates: true, numberOnly: true, identical: true } });
    expect(units.map((u) => u.index)).toEqual([0, 1, 5]);
    expect(count.dropped).toEqual({ pageFurniture: 0, numberOnly: 1, identical: 1, duplicates: 1 });
    expect(count.written).toBe(3);
  });

  it('applies --min-score before the filters', () => {
    const { count } = selectUnits(doc, { bilingual: true, minScore: 0.95, drop: { duplicates: true } });
    expect(count).toMatchObject({ written: 0, belowMinScore: 6, dropped: { duplicates: 0 } });
  });
});
