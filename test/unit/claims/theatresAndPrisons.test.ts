import { describe, expect, it } from 'vitest';
import { flaggedFindings } from './diffPair.js';

/**
 * Rules of the round whose blind sets were written on theatres, crime and prisons, ski resorts and container
 * shipping; each tested on sentences of other news, with a twin the diff must flag.
 */
describe('the fifth round of blind sets', () => {
  it('knows decibels', () => {
    expect(flaggedFindings('The new runway will add up to 65 decibels of noise.', 'Die neue Startbahn bringt bis zu 65 Dezibel Lärm.')).toEqual([]);
    expect(flaggedFindings('The new runway will add up to 65 decibels of noise.', 'Die neue Startbahn bringt bis zu 56 Dezibel Lärm.')).toEqual(['conflict quantity 65 decibels|56 Dezibel']);
  });

  it('reads "found not guilty" as the acquittal the other side says without a cue', () => {
    expect(flaggedFindings('The court found the mayor not guilty of fraud.', 'Das Gericht sprach den Bürgermeister vom Vorwurf des Betrugs frei.')).toEqual([]);
    expect(flaggedFindings('The court found the mayor guilty of fraud.', 'Das Gericht sprach den Bürgermeister vom Vorwurf des Betrugs frei.')).toContainEqual(expect.stringMatching(/^conflict negation /));
    // A cue between a verb and its particle still turns the verb round.
    expect(flaggedFindings('Police have ruled out arson.', 'Die Polizei schließt Brandstiftung nicht aus.')).toContainEqual(expect.stringMatching(/^conflict negation /));
  });

  it('reads a figure that rose against one that fell as a negation', () => {
    expect(flaggedFindings('Passenger numbers at the airport rose by 4 percent.', 'Die Passagierzahlen am Flughafen stiegen um 4 Prozent.')).toEqual([]);
    expect(flaggedFindings('Passenger numbers at the airport rose by 4 percent.', 'Die Passagierzahlen am Flughafen sanken um 4 Prozent.')).toEqual(['conflict negation rose|sanken']);
    // Both ways in each sentence is no conflict.
    expect(flaggedFindings('Exports fell 2% while imports rose 6%.', 'Die Exporte gingen um 2 % zurück, die Importe stiegen um 6 %.')).toEqual([]);
  });

  it('reads a German name with the common noun that describes it as the name alone', () => {
    expect(flaggedFindings('Kelheim, the Bavarian resort, expects 40,000 guests.', 'Der bayerische Ferienort Kelheim erwartet 40.000 Gäste.')).toEqual([]);
    expect(flaggedFindings('Kelheim, the Bavarian resort, expects 40,000 guests.', 'Der bayerische Ferienort Bodenmais erwartet 40.000 Gäste.')).toEqual(['de-only entity —|Ferienort Bodenmais']);
  });
});
