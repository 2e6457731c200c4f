import { describe, expect, it } from 'vitest';
import { diffPair } from './diffPair.js';

const negation = (en: string, de: string) => diffPair(en, de).filter((f) => f.type === 'negation').map((f) => f.status);

describe('a denial', () => {
  it('says what is denied is not so: "denied" = "bestritt", against "confirmed" / "bestätigte"', () => {
    expect(negation('The mayor denied that she had resigned.', 'Die Bürgermeisterin bestritt, zurückgetreten zu sein.')).toEqual(['match']);
    expect(negation('The firm confirmed that it had received an offer.', 'Die Firma dementierte, ein Angebot erhalten zu haben.')).toEqual(['conflict']);
  });
});

describe('a negation against the opposite of its idiom', () => {
  it('finds "never" / "not yet" / "has yet to" against "bereits", "schon"', () => {
    expect(negation('The band has never played in Vienna.', 'Die Band hat bereits in Wien gespielt.')).toEqual(['conflict']);
    expect(negation('The bill has not yet been signed.', 'Das Gesetz wurde schon unterzeichnet.')).toEqual(['conflict']);
    expect(negation('The team has yet to win a game.', 'Die Mannschaft hat bereits ein Spiel gewonnen.')).toEqual(['conflict']);
    expect(negation('The team has yet to win a game.', 'Die Mannschaft hat noch kein Spiel gewonnen.')).toEqual(['match']);
    // The finding shows what the other side says instead.
    expect(diffPair('The band has never played in Vienna.', 'Die Band hat bereits in Wien gespielt.').find((f) => f.type === 'negation')?.de).toMatchObject({ text: 'bereits', value: 'affirmative' });
  });

  it('finds "no longer" against "weiterhin", "noch", and "nicht mehr" against "still"', () => {
    expect(negation('The ferry no longer runs in winter.', 'Die Fähre fährt im Winter weiterhin.')).toEqual(['conflict']);
    expect(negation('The ferry still runs in winter.', 'Die Fähre fährt im Winter nicht mehr.')).toEqual(['conflict']);
    expect(negation('The ferry no longer runs in winter.', 'Die Fähre fährt im Winter nicht mehr.')).toEqual(['match']);
  });

  it('finds "without" against "mit" before corresponding words', () => {
    expect(negation('The plan passed without the votes of the Greens.', 'Der Plan wurde mit den Stimmen der Grünen angenommen.')).toEqual(['conflict']);
    // "mit" elsewhere, before other words, says nothing of what "without" negates.
    expect(negation('The plan passed without a debate.', 'Der Plan wurde mit großer Mehrheit angenommen.')).not.toEqual(['conflict']);
  });
});

describe('a negated quantifier against the universal one', () => {
  it('finds "not one of" / "none" / "nobody" against "alle", "jeder", and "keiner der" against "all"', () => {
    expect(negation('Not one of the runners finished the race.', 'Alle Läufer beendeten das Rennen.')).toEqual(['conflict']);
    expect(negation('Nobody in the village heard the shot.', 'Jeder im Dorf hörte den Schuss.')).toEqual(['conflict']);
    expect(negation('All of the runners finished the race.', 'Keiner der Läufer beendete das Rennen.')).toEqual(['conflict']);
    expect(negation('Not one of the runners finished the race.', 'Keiner der Läufer beendete das Rennen.')).toEqual(['match']);
  });
});

describe('main clauses a semicolon sets apart', () => {
  it('are compared part by part when both sentences have as many: a cue in the other clause is no agreement', () => {
    const en = 'The police found traces of a break-in; the owner was not at home.';
    expect(negation(en, 'Die Polizei fand keine Spuren eines Einbruchs; der Besitzer war nicht zu Hause.')).toEqual(['conflict', 'match']);
    expect(negation(en, 'Die Polizei fand Spuren eines Einbruchs; der Besitzer war nicht zu Hause.')).toEqual(['match']);
  });

  it('are not, when the translator joined or split them differently', () => {
    expect(negation('The police found traces of a break-in; the owner was not at home.', 'Die Polizei fand keine Spuren eines Einbruchs, und der Besitzer war nicht zu Hause.')).toEqual(['match']);
  });
});

describe('what a German cue negates', () => {
  it('is the verb before a separable particle at the clause end ("deckt … nicht ab")', () => {
    expect(negation('The insurance covers storm damage; it cannot be cancelled.', 'Die Versicherung deckt Sturmschäden nicht ab; sie kann nicht gekündigt werden.')).toEqual(['conflict', 'match']);
  });

  it('reads an inflected adjective the stemmer leaves whole as its headword ("freie" = "free")', () => {
    expect(negation('The hotel has no free rooms.', 'Das Hotel hat freie Zimmer.')).toEqual(['conflict']);
    expect(negation('The hotel has no free rooms.', 'Das Hotel hat keine freien Zimmer.')).toEqual(['match']);
  });
});
