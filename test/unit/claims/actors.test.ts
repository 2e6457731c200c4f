import { describe, expect, it } from 'vitest';
import { diffPair } from './diffPair.js';
import { titleLength } from '../../../src/claims/extract/titles.js';
import { sameName } from '../../../src/claims/substitution.js';
import { related } from '../../../src/claims/unreadNames.js';

const entities = (en: string, de: string) =>
  diffPair(en, de)
    .filter((f) => f.type === 'entity')
    .map((f) => `${f.status} ${f.en?.text ?? '—'}|${f.de?.text ?? '—'}`);

describe('titles before a name', () => {
  it('takes English words up to the office, and a German compound ending in one', () => {
    expect(titleLength(['Deputy', 'Foreign', 'Minister', 'Ana', 'Silva'], 'en')).toBe(3);
    expect(titleLength(['Government', 'Spokesperson', 'Ana', 'Silva'], 'en')).toBe(2);
    expect(titleLength(['Foreign', 'Ana', 'Silva'], 'en')).toBe(0);
    expect(titleLength(['Wirtschaftsministerin', 'Ana', 'Silva'], 'de')).toBe(1);
    expect(titleLength(['Vorstandschefs', 'Ana', 'Silva'], 'de')).toBe(1);
    expect(titleLength(['Minister'], 'de')).toBe(0);
  });

  it('names the same person with and without the title', () => {
    expect(entities('Economy Minister Ana Silva opened the fair.', 'Wirtschaftsministerin Ana Silva eröffnete die Messe.')).toEqual(['match Ana Silva|Ana Silva']);
    expect(entities('Economy Minister Ana Silva opened the fair.', 'Wirtschaftsministerin Ana Sylva eröffnete die Messe.')).toEqual(['conflict Ana Silva|Ana Sylva']);
    // After a title a surname that is a German word is a name all the same.
    expect(entities('Mayor Tom Lee opened the fair.', 'Bürgermeister Tom Koch eröffnete die Messe.')).toEqual(['conflict Tom Lee|Tom Koch']);
    // The office in apposition makes a German sentence's first words a name; "Carlos" is no "-los"
    // adjective, "Fischer" no "-ischer" one, "Jan" no month before a surname, "Sofia" no city.
    expect(entities('Mayor Carlos Fischer opened the fair.', 'Carlos Fiscber, der Bürgermeister, eröffnete die Messe.')).toEqual(['conflict Carlos Fischer|Carlos Fiscber']);
    expect(entities('Jan Weber, a professor, opened the fair.', 'Professor Jan Weber eröffnete die Messe.')).toEqual(['match Jan Weber|Jan Weber']);
    expect(entities('Health Minister Sofia Berg opened the fair.', 'Sofia Borg, die Gesundheitsministerin, eröffnete die Messe.')).toEqual(['conflict Sofia Berg|Sofia Borg']);
    // Two people, each with an office, are in one place even where the words around them part.
    expect(entities('According to Mayor Yuki Sato, the talks go on.', 'Nach Angaben der Bürgermeisterin Yuki Saito gehen die Gespräche weiter.')).toEqual(['conflict Yuki Sato|Yuki Saito']);
  });
});

describe('names in the same place', () => {
  it('compares surnames as spelt, cognate words by their consonants', () => {
    const words = (w: string, lang: string) => (lang === 'en' ? ['project', 'institute'] : ['projekten', 'lange', 'instituts']).includes(w.toLowerCase());
    expect(sameName('Nina Petersen', 'Nina Peterson', words)).toBe(false);
    expect(sameName('Debian Project', 'Debian-Projekten', words)).toBe(true);
    expect(sameName('Lars Lang', 'Lars Lange', words)).toBe(false);
    expect(sameName('Kiel Institute', 'Kieler Instituts', words)).toBe(true);
    expect(sameName('Nina Petersen', 'Nina Petersens', () => false)).toBe(true);
  });

  it('finds two organisations by their initials, but not initials against their expansion', () => {
    expect(entities('The ZDV rejected the plan.', 'Der ZVD lehnte den Plan ab.')).toEqual(['conflict ZDV|ZVD']);
    expect(entities('The Internet Protocol carries it.', 'Das IP überträgt es.').some((f) => f.startsWith('conflict'))).toBe(false);
  });

  it('finds a company where the other side has a word no lexicon knows, without an article', () => {
    expect(entities('The study was paid for by Zalando.', 'Die Studie wurde von Tchibo bezahlt.')).toEqual(['conflict Zalando|Tchibo']);
    expect(entities('Zalando rejected the offer.', 'Vinted lehnte das Angebot ab.')).toEqual(['conflict Zalando|Vinted']);
    // Once the link's other names have met theirs, the one left over may still have its unread counterpart.
    expect(entities('The study was paid for by Zalando, and the ZDV warned of costs.', 'Die Studie wurde von Tchibo bezahlt, und der ZVD warnte vor Kosten.').sort()).toEqual(['conflict ZDV|ZVD', 'conflict Zalando|Tchibo']);
    // A noun the lexicon may not know takes an article; one name in two forms is no substitution.
    expect(entities('The firm Zalando rejected the offer.', 'Den Vorschlag lehnte die Firmenleitung ab.')).toEqual(['en-only Zalando|—']);
    expect(entities('Zalando rejected the offer.', 'Zalando lehnte das Angebot ab.')).toEqual(['match Zalando|Zalando']);
    // An English sentence's first word that only German would read as a compound of words is a name
    // ("Euro" + "wings"), met where the German sentence writes it, or against the German unread name.
    expect(entities('Streetwings rejected the offer.', 'Streetwings lehnte das Angebot ab.')).toEqual(['match Streetwings|Streetwings']);
    expect(entities('Streetwings rejected the offer.', 'Vinted lehnte das Angebot ab.')).toEqual(['conflict Streetwings|Vinted']);
    // Keys pressed together are no names.
    expect(entities('Ctrl-D ends the input.', 'Strg-D beendet die Eingabe.')).toEqual([]);
    expect(related('Unices', 'Unix')).toBe(true);
    expect(related('AppArmor', 'AppAmor')).toBe(true);
    expect(related('Zalando', 'Vinted')).toBe(false);
  });
});
