import { describe, expect, it } from 'vitest';
import { Analyser } from '../../../src/analyse/features.js';
import { contradicts, numbersContradict, sideOf, type LinkSide } from '../../../src/score/contradiction.js';

/** Sentences analysed one after another, as one side of a link. */
function side(analyser: Analyser, texts: string[], lang: 'en' | 'de'): LinkSide {
  return sideOf(analyser.analyseAll(texts, lang), 0, texts.length);
}

describe('numbersContradict', () => {
  const analyser = new Analyser(null);
  const en = (...texts: string[]) => side(analyser, texts, 'en');
  const de = (text: string) => side(analyser, [text], 'de');

  it('holds when each side states a number the other lacks', () => {
    expect(numbersContradict(en('"/dev/sr0" has the major device number 11 and the minor device number 0.'), de('"/dev/sda" hat die major-Gerätenummer 8 und die minor-Gerätenummer 0.'))).toBe(true);
  });

  it('does not hold when the numbers agree, written in either language\'s way', () => {
    expect(numbersContradict(en('Large Text will scale the text by 1.2 times.'), de('Großer Text skaliert den Text um den Faktor 1,2.'))).toBe(false);
    expect(numbersContradict(en('It costs 1,500 euros.'), de('Es kostet 1.500 Euro.'))).toBe(false);
  });

  it('does not hold when only one side has a number the other lacks: a translator may drop or add one', () => {
    expect(numbersContradict(en('Chapter 16 describes the future.'), de('Das letzte Kapitel beschreibt die Zukunft.'))).toBe(false);
    expect(numbersContradict(en('Wait a moment.'), de('Warten Sie 5 Sekunden.'))).toBe(false);
  });

  it('reads a group of sentences as one side', () => {
    expect(numbersContradict(en('Release 11 is old.', 'Release 12 is new.'), de('Die Versionen 11 und 12.'))).toBe(false);
  });
});

describe('contradicts', () => {
  const analyser = new Analyser(null);
  const en = (text: string) => side(analyser, [text], 'en');
  const de = (text: string) => side(analyser, [text], 'de');
  const sr0 = en('"/dev/sr0" has the major device number 11 and the minor device number 0.');
  const sda = de('"/dev/sda" hat die major-Gerätenummer 8 und die minor-Gerätenummer 0. Es ist lesbar/schreibbar für Benutzer, die der Gruppe disk angehören.');

  it('holds for two statements whose numbers differ and whose words mostly do not match', () => {
    expect(contradicts(sr0, sda, () => 0.36)).toBe(true);
  });

  it('does not hold where the rest of the words agree: a localised example', () => {
    expect(contradicts(sr0, sda, () => 0.7)).toBe(false);
  });

  it('does not hold for an index entry, too short for its overlap to mean anything', () => {
    let asked = false;
    expect(contradicts(en('release notes, 23'), de('Hinweise zur Veröffentlichung, 25'), () => ((asked = true), 0))).toBe(false);
    expect(asked).toBe(false);
  });
});
