import { describe, expect, it } from 'vitest';
import { flaggedFindings } from './diffPair.js';

/**
 * Rules of the round whose blind sets were written on wildfires and water, pharmacies, chip factories and zoos; each
 * tested on sentences of other news, with a twin the diff must flag.
 */
describe('times, periods and magnitudes said in fewer words', () => {
  it('gives one German "Uhr" to both of two times said as alternatives or a correction', () => {
    const en = 'In summer the museum opens at 9 a.m. instead of 10 a.m.';
    expect(flaggedFindings(en, 'Im Sommer öffnet das Museum um 9 statt um 10 Uhr.')).toEqual([]);
    expect(flaggedFindings(en, 'Im Sommer öffnet das Museum um 8 statt um 10 Uhr.')).toEqual(['conflict time 9 a.m.|8']);
    expect(flaggedFindings('Guided tours start at 11:30 and 3 p.m.', 'Führungen beginnen um 11.30 und um 15 Uhr.')).toEqual([]);
  });

  it('reads a quarter or half of a business year as a period', () => {
    expect(flaggedFindings('Sales rose 12% in the fiscal third quarter.', 'Im dritten Geschäftsquartal stieg der Umsatz um 12 Prozent.')).toEqual([]);
    expect(flaggedFindings('Sales rose 12% in the fiscal third quarter.', 'Im zweiten Geschäftsquartal stieg der Umsatz um 12 Prozent.')).toEqual(['conflict date third quarter|zweiten Geschäftsquartal']);
  });

  it('reads "dozens" before an auxiliary as a magnitude', () => {
    expect(flaggedFindings('Dozens were evacuated after the gas leak.', 'Nach dem Gasleck wurden Dutzende in Sicherheit gebracht.')).toEqual([]);
    expect(flaggedFindings('Dozens were evacuated after the gas leak.', 'Nach dem Gasleck wurden Hunderte in Sicherheit gebracht.')).toEqual(['conflict number Dozens|Hunderte']);
  });

  it('reads "March" and "May" as months between each other', () => {
    expect(flaggedFindings('The bridge will be closed between March and May.', 'Die Brücke wird zwischen März und Mai gesperrt.')).toEqual([]);
    expect(flaggedFindings('The bridge will be closed between March and May.', 'Die Brücke wird zwischen März und Juni gesperrt.')).toEqual(['conflict date May|Juni']);
  });

  it('knows square feet, and converts them', () => {
    expect(flaggedFindings('The warehouse covers 50,000 square feet.', 'Das Lager umfasst 50.000 Quadratfuß.')).toEqual([]);
    expect(flaggedFindings('The warehouse covers 50,000 square feet.', 'Das Lager umfasst 50.000 Quadratmeter.')).toEqual(['conflict quantity 50,000 square feet|50.000 Quadratmeter']);
  });
});

describe('refuting and the lawful', () => {
  it('reads refuting as denying', () => {
    expect(flaggedFindings('The study refuted claims that the drug works.', 'Die Studie widerlegte, dass das Mittel wirkt.')).toEqual([]);
    expect(flaggedFindings('The study confirmed that the drug works.', 'Die Studie widerlegte, dass das Mittel wirkt.')).toEqual(['de-only negation —|widerlegte']);
  });

  it('reads lawful against unlawful as a negation', () => {
    expect(flaggedFindings('The court found that the eviction was lawful.', 'Das Gericht befand, dass die Räumung rechtmäßig war.')).toEqual([]);
    expect(flaggedFindings('The court found that the eviction was lawful.', 'Das Gericht befand, dass die Räumung rechtswidrig war.')).toEqual(['conflict negation lawful|rechtswidrig']);
  });

  it('knows the Federal Administrative Court as the Bundesverwaltungsgericht, not another court', () => {
    expect(flaggedFindings('The Federal Administrative Court in Leipzig will rule on Tuesday.', 'Das Bundesverwaltungsgericht in Leipzig entscheidet am Dienstag.')).toEqual([]);
  });
});
