import { describe, expect, it } from 'vitest';
import { flaggedFindings as flagged, pairFindings as findings } from './diffPair.js';

/** Rules found by the railways, telecoms, wildlife, start-ups, strikes, disasters and EU sets (heldout46–53); each with a twin the diff must still flag. */
describe('a change from one value to another', () => {
  it('finds the verb of change anywhere in its clause, as German does, and gives the old value the new one\'s unit', () => {
    expect(flagged('The operator has increased the speed of its entry-level plan from 50 to 100 Mbit/s.', 'Der Betreiber hat die Geschwindigkeit seines Einstiegstarifs von 50 auf 100 Mbit/s erhöht.')).toEqual([]);
    expect(flagged('The bank cut its price target for the shares from 48 to 39 euros.', 'Die Bank senkte ihr Kursziel für die Aktie von 48 auf 39 Euro.')).toEqual([]);
    expect(flagged('The bank cut its price target for the shares from 48 to 39 euros.', 'Die Bank senkte ihr Kursziel für die Aktie von 46 auf 39 Euro.')).toContainEqual(expect.stringMatching(/conflict amount/));
  });

  it('reads a German clause past the point of an ordinal date', () => {
    const en = 'The town will raise the rate from 380 to 420 percent on January 1.';
    expect(flagged(en, 'Die Stadt erhöht zum 1. Januar den Satz von 380 auf 420 Prozent.')).toEqual([]);
    expect(flagged(en, 'Die Stadt erhöht zum 1. Januar den Satz von 380 auf 480 Prozent.')).toContainEqual(expect.stringMatching(/conflict percentage/));
  });

  it('gives a change the currency its new level is written with', () => {
    const en = 'The budget rises by €1.7 billion to €26.2 billion.';
    expect(flagged(en, 'Das Budget steigt um 1,7 Milliarden auf 26,2 Milliarden Euro.')).toEqual([]);
    expect(flagged(en, 'Das Budget steigt um 1,7 Milliarden auf 26,2 Milliarden Dollar.')).toContainEqual(expect.stringMatching(/conflict amount/));
    // A level far above its change keeps its own scale: no 850,000 million.
    expect(flagged('The population grew by 850,000 to 9.6 million.', 'Die Bevölkerung wuchs um 850.000 auf 9,6 Millionen.')).toEqual([]);
  });

  it('reads "to double" and "triple it" as factors, not "double digits"', () => {
    const en = 'The EU wants to double rail traffic by 2030 and triple it by 2050.';
    expect(flagged(en, 'Die EU will den Bahnverkehr bis 2030 verdoppeln und bis 2050 verdreifachen.')).toEqual([]);
    expect(flagged(en, 'Die EU will den Bahnverkehr bis 2030 verdoppeln und bis 2050 vervierfachen.')).not.toEqual([]);
    expect(flagged('Inflation rose to double digits.', 'Die Inflation stieg auf einen zweistelligen Wert.')).toEqual([]);
  });
});

describe('units and dates', () => {
  it('knows the data units past the terabyte', () => {
    expect(flagged('The attackers copied 2 petabytes of documents.', 'Die Angreifer kopierten 2 Petabyte an Dokumenten.')).toEqual([]);
    expect(flagged('The attackers copied 2 terabytes of documents.', 'Die Angreifer kopierten 2 Petabyte an Dokumenten.')).toContainEqual(expect.stringMatching(/conflict quantity/));
  });

  it('reads "7.8." at the end of an English sentence as a decimal, and "Beispiel 12.1." as no date', () => {
    expect(flagged('Seismologists measured a magnitude of 7.8.', 'Die Seismologen maßen eine Magnitude von 7,8.')).toEqual([]);
    expect(flagged('Seismologists measured a magnitude of 7.8.', 'Die Seismologen maßen eine Magnitude von 7,6.')).toContainEqual(expect.stringMatching(/conflict number/));
    expect(flagged('Example 12.1. The configuration file', 'Beispiel 12.1. Die Konfigurationsdatei')).toEqual([]);
    expect(flagged('The deadline ends on 1 August.', 'Die Frist endet am 1.8.')).toEqual([]);
    expect(flagged('The deadline ends on 1 August.', 'Die Frist endet am 2.8.')).toContainEqual(expect.stringMatching(/conflict date/));
  });

  it('takes "March" and "May" joined to another month as months, not a first name', () => {
    expect(flagged('Rangers found 14 carcasses between January and March.', 'Zwischen Januar und März fanden Ranger 14 Kadaver.')).toEqual([]);
    expect(flagged('Rangers found 14 carcasses between January and March.', 'Zwischen Januar und April fanden Ranger 14 Kadaver.')).toContainEqual(expect.stringMatching(/date/));
    expect(findings('Theresa May and Olaf Scholz met.', 'Theresa May und Olaf Scholz trafen sich.')).not.toContainEqual(expect.stringMatching(/date/));
  });

  it('gives the first day of "vom 3. auf den 4. Mai" the month', () => {
    const en = 'The twins were born on the night of 3 to 4 May.';
    expect(flagged(en, 'Die Zwillinge kamen in der Nacht vom 3. auf den 4. Mai zur Welt.')).toEqual([]);
    expect(flagged(en, 'Die Zwillinge kamen in der Nacht vom 2. auf den 4. Mai zur Welt.')).toContainEqual(expect.stringMatching(/date/));
  });
});

describe('names said otherwise', () => {
  it('reads every split of a compound, not only the first the lexicon allows', () => {
    const en = 'Activists protested outside the Federal Ministry of Agriculture in Berlin.';
    expect(flagged(en, 'Aktivisten protestierten vor dem Bundeslandwirtschaftsministerium in Berlin.')).toEqual([]);
    expect(flagged(en, 'Aktivisten protestierten vor dem Bundesverkehrsministerium in Berlin.')).toContainEqual(expect.stringMatching(/Agriculture/));
  });

  it('spells initials past a possessive', () => {
    const en = "Britain's Information Commissioner's Office fined the airline.";
    expect(flagged(en, 'Die britische Datenschutzbehörde ICO verhängte eine Strafe gegen die Fluggesellschaft.')).toEqual([]);
    expect(flagged(en, 'Die britische Datenschutzbehörde CMA verhängte eine Strafe gegen die Fluggesellschaft.')).not.toEqual([]);
  });

  it('finds "Rat" for "Council" among the German word\'s first twelve senses', () => {
    expect(flagged('The Council did not reach agreement before midnight.', 'Vor Mitternacht konnte sich der Rat nicht einigen.')).toEqual([]);
    expect(flagged('The Council did not reach agreement before midnight.', 'Vor Mitternacht konnte sich die Kommission nicht einigen.')).not.toEqual([]);
  });

  it('reads "NO WARRANTY" set in capitals as a negation', () => {
    expect(flagged('NO WARRANTY', 'KEINE GEWÄHRLEISTUNG')).toEqual([]);
  });
});

describe('what one side says without a word the other writes', () => {
  it('takes a countrywide word for the country the other side names, unless it names another', () => {
    expect(flagged('1,250 trains were cancelled across Germany.', 'Bundesweit fielen 1.250 Züge aus.')).toEqual([]);
    expect(flagged("Transport stopped in 14 of Germany's 16 federal states.", 'In 14 der 16 Bundesländer stand der Verkehr still.')).toEqual([]);
    expect(flagged('1,250 trains were cancelled across Germany.', 'In ganz Österreich fielen 1.250 Züge aus.')).toContainEqual(expect.stringMatching(/conflict entity/));
  });

  it('takes "zwischen zwei" for a "between" that counts nothing', () => {
    expect(flagged('Drivers get a rest of eleven hours between shifts.', 'Fahrer erhalten zwischen zwei Schichten elf Stunden Ruhe.')).toEqual([]);
    expect(flagged('Drivers get a rest of eleven hours between three shifts.', 'Fahrer erhalten zwischen zwei Schichten elf Stunden Ruhe.')).toContainEqual(expect.stringMatching(/conflict number/));
  });
});
