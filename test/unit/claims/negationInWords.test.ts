import { describe, expect, it } from 'vitest';
import { diffPair } from './diffPair.js';

const negation = (en: string, de: string) => diffPair(en, de).filter((f) => f.type === 'negation');
const statuses = (en: string, de: string) => negation(en, de).map((f) => f.status);

describe('the word in the negated word’s place', () => {
  it('is a conflict where the lexicon has no pair for the two but every other word corresponds', () => {
    const [finding] = negation('The footpath is not open to cyclists.', 'Der Fußweg ist für Radfahrer freigegeben.');
    expect(finding?.status).toBe('conflict');
    // The finding shows the word that says the opposite, not the whole sentence.
    expect(finding?.de?.text).toBe('freigegeben');
    expect(statuses('The footpath is open to cyclists.', 'Der Fußweg ist für Radfahrer nicht freigegeben.')).toEqual(['conflict']);
  });

  it('is no conflict where that word is an antonym of the negated one: a negation said in one word', () => {
    expect(statuses('The museum is not open on Mondays.', 'Das Museum ist montags geschlossen.')).not.toContain('conflict');
    expect(statuses('The team did not win the final.', 'Das Team verlor das Finale.')).not.toContain('conflict');
    expect(statuses('The road is not safe for cyclists.', 'Die Straße ist für Radfahrer gefährlich.')).not.toContain('conflict');
  });

  it('is no conflict where the word negates inside ("missfällt", "dislike") or is a separable verb read apart', () => {
    expect(statuses('If you do not like the proposed name, you can change it.', 'Wenn Ihnen der vorgeschlagene Name missfällt, können Sie ihn ändern.')).toEqual(['match']);
    expect(statuses('Many users dislike the new menu.', 'Vielen Benutzern gefällt das neue Menü nicht.')).toEqual(['match']);
    expect(statuses('The company did not survive the crisis.', 'Die Firma ging in der Krise unter.')).not.toContain('conflict');
  });

  it('needs every other word to correspond: a freer rendering keeps the negation one-sided', () => {
    expect(statuses('The footpath along the old canal is not open to cyclists at weekends.', 'Am Wochenende dürfen Radler den Weg am alten Kanal benutzen.')).not.toContain('conflict');
  });
});

describe('an adjective negated by its prefix', () => {
  it('is a conflict against the adjective it negates, affirmed: "unavailable" / "verfügbar"', () => {
    expect(statuses('The east wing is unavailable for weddings.', 'Der Ostflügel ist für Hochzeiten verfügbar.')).toEqual(['conflict']);
    expect(statuses('The old quay remains unsafe for anglers.', 'Für Angler ist der alte Kai weiterhin sicher.')).toEqual(['conflict']);
    expect(statuses('It is unlikely that the ferry will run on Friday.', 'Es ist wahrscheinlich, dass die Fähre am Freitag fährt.')).toEqual(['conflict']);
    expect(statuses('The east wing is unavailable for weddings.', 'Der Ostflügel ist für Hochzeiten nicht verfügbar.')).toEqual(['match']);
  });

  it('is no conflict as an adverb, which translators render freely', () => {
    expect(statuses('The packages must be unambiguously identifiable.', 'Die Pakete müssen eindeutig erkennbar sein.')).not.toContain('conflict');
  });
});

describe('two negations that cancel', () => {
  it('affirm, as the other side does: "not uncommon" = "häufig", "not without risk" = "durchaus riskant"', () => {
    expect(statuses('Such delays are not uncommon in winter.', 'Solche Verspätungen kommen im Winter häufig vor.')).toEqual([]);
    expect(statuses('The firmware update is not without risk.', 'Das Firmware-Update ist durchaus riskant.')).toEqual([]);
  });

  it('do not cancel against the negative word itself, affirmed: "never been banned" / "bereits gesperrt"', () => {
    expect(statuses('The striker has never been banned.', 'Der Stürmer wurde bereits gesperrt.')).toEqual(['conflict']);
  });
});

describe('a negation said in one word', () => {
  it('matches an antonym of the negated word: "must not be opened" = "muss geschlossen bleiben"', () => {
    expect(statuses('The garage door must not be opened during the storm.', 'Während des Sturms muss das Garagentor geschlossen bleiben.')).toEqual(['match']);
  });

  it('matches words that negate inside: "stayed away", "außer Betrieb", "Misserfolg"', () => {
    expect(statuses('Two riders stayed away from the ceremony.', 'Zwei Fahrer nahmen an der Zeremonie nicht teil.')).toEqual(['match']);
    expect(statuses('The pump was not working on Tuesday.', 'Die Pumpe war am Dienstag außer Betrieb.')).toEqual(['match']);
    expect(statuses('The launch was not a success.', 'Der Start war ein Misserfolg.')).toEqual(['match']);
  });
});
