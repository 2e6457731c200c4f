import { describe, expect, it } from 'vitest';
import { placesOfWord, placeWordsOf } from '../../../src/claims/placeWords.js';

describe('the "-er" words of places', () => {
  it('makes the German word of a place, dropping the "e" or "en" of a name in "-en" and doubling a final n', () => {
    expect(placeWordsOf('Regensburg')).toEqual(['Regensburger']);
    expect(placeWordsOf('München')).toContain('Münchner');
    expect(placeWordsOf('Bremen')).toContain('Bremer');
    expect(placeWordsOf('Lissabon')).toContain('Lissabonner');
    expect(placeWordsOf('Köln')).toContain('Kölner');
  });

  it('reads each such word back to its place, by the same rules', () => {
    for (const place of ['Regensburg', 'München', 'Dresden', 'Bremen', 'Lissabon', 'Köln', 'Ulm', 'Wien', 'Oberstdorf']) {
      for (const word of placeWordsOf(place)) expect(placesOfWord(word)).toContain(place);
    }
    // Not a word without the ending, nor one in lower case.
    expect(placesOfWord('Regensburg')).toEqual([]);
    expect(placesOfWord('münchner')).toEqual([]);
  });
});
