import { describe, expect, it } from 'vitest';
import { flaggedFindings as flagged, pairFindings as findings } from './diffPair.js';

/** Rules found by the aviation, pharmaceuticals, sports and energy sets (heldout54–57) and written before them; each with a twin the diff must still flag. */
describe('stances said with a verb of their own', () => {
  it('reads a decision set aside against one let stand', () => {
    const en = 'The court upheld the fine of 9.5 million euros.';
    expect(flagged(en, 'Das Gericht hob das Bußgeld von 9,5 Millionen Euro auf.')).toContainEqual(expect.stringMatching(/conflict negation/));
    expect(flagged(en, 'Das Gericht bestätigte das Bußgeld von 9,5 Millionen Euro.')).toEqual([]);
    // "The police confirmed" is no ruling.
    expect(flagged('The police confirmed that the curfew was lifted.', 'Die Polizei bestätigte die Aufhebung der Ausgangssperre.')).toEqual([]);
  });

  it('reads free against charged, and a road closed against one open', () => {
    const en = 'Taking a bicycle on regional trains will remain free of charge.';
    expect(flagged(en, 'Die Fahrradmitnahme in Regionalzügen bleibt kostenpflichtig.')).toContainEqual(expect.stringMatching(/conflict negation/));
    expect(flagged(en, 'Die Fahrradmitnahme in Regionalzügen bleibt kostenlos.')).toEqual([]);
    expect(flagged('The software is free and open source.', 'Die Software ist kostenlos und quelloffen.')).toEqual([]);
    expect(flagged('The A8 motorway near Rosenheim remains closed.', 'Die A8 bei Rosenheim ist wieder freigegeben.')).toContainEqual(expect.stringMatching(/conflict negation/));
    expect(flagged('The A8 motorway near Rosenheim remains closed.', 'Die A8 bei Rosenheim bleibt gesperrt.')).toEqual([]);
  });

  it('reads a target met against one missed', () => {
    const en = 'The trial met its primary endpoint, the company said.';
    expect(flagged(en, 'Die Studie habe ihren primären Endpunkt verfehlt, teilte das Unternehmen mit.')).toContainEqual(expect.stringMatching(/conflict negation/));
    expect(flagged(en, 'Die Studie habe ihren primären Endpunkt erreicht, teilte das Unternehmen mit.')).toEqual([]);
  });

  it('reads a refusal past the point of a German ordinal, and an offer accepted in the perfect', () => {
    const en = 'STIKO recommends the vaccination from the 32nd week of pregnancy.';
    expect(flagged(en, 'Die STIKO rät ab der 32. Schwangerschaftswoche von der Impfung ab.')).toContainEqual(expect.stringMatching(/conflict negation/));
    expect(flagged(en, 'Die STIKO empfiehlt ab der 32. Schwangerschaftswoche die Impfung.')).toEqual([]);
    expect(flagged('The union has rejected the latest offer.', 'Die Gewerkschaft hat das jüngste Angebot angenommen.')).toContainEqual(expect.stringMatching(/conflict negation/));
    expect(flagged('The union has rejected the latest offer.', 'Die Gewerkschaft hat das jüngste Angebot abgelehnt.')).toEqual([]);
  });

  it('takes "wie in keinem Monat zuvor" for "more than in any previous month"', () => {
    expect(flagged('Ryanair carried 18.2 million passengers in July, more than in any previous month.', 'Ryanair beförderte im Juli 18,2 Millionen Fluggäste – so viele wie in keinem Monat zuvor.')).toEqual([]);
    expect(flagged('Ryanair carried 18.2 million passengers in July.', 'Ryanair beförderte im Juli keine 18,2 Millionen Fluggäste.')).toContainEqual(expect.stringMatching(/conflict negation/));
  });

  it('reads a contest "bestritten" past a date\'s ordinal point', () => {
    expect(flagged('The team will play a friendly in Aachen on 1 December.', 'Die Mannschaft bestreitet am 1. Dezember in Aachen ein Testspiel.')).toEqual([]);
    expect(flagged('The club accepts the accusations.', 'Der Verein bestreitet die Vorwürfe.')).not.toEqual([]);
  });
});

describe('figures said otherwise', () => {
  it('reads a race time after "a time of" as a duration', () => {
    const en = 'Kipchoge won the marathon in a world record time of 2:01:09.';
    expect(flagged(en, 'Kipchoge gewann den Marathon in der Weltrekordzeit von 2:01:09 Stunden.')).toEqual([]);
    expect(flagged(en, 'Kipchoge gewann den Marathon in der Weltrekordzeit von 2:01:39 Stunden.')).toContainEqual(expect.stringMatching(/conflict quantity/));
  });

  it('reads "doppelt" before "und" as twice, not "doppelt und dreifach"', () => {
    expect(flagged('The midfielder scored twice and was named man of the match.', 'Der Mittelfeldspieler traf doppelt und wurde zum Spieler des Spiels gewählt.')).toEqual([]);
    expect(flagged('The midfielder scored three times and was named man of the match.', 'Der Mittelfeldspieler traf doppelt und wurde zum Spieler des Spiels gewählt.')).toContainEqual(expect.stringMatching(/conflict number/));
  });

  it('reads noon before a zone as a time', () => {
    expect(flagged('The auction closes at noon Brussels time.', 'Die Auktion endet um 12 Uhr Brüsseler Zeit.')).toEqual([]);
    expect(flagged('The auction closes at noon Brussels time.', 'Die Auktion endet um 14 Uhr Brüsseler Zeit.')).toContainEqual(expect.stringMatching(/conflict time/));
    expect(findings('They met at the High Noon Saloon.', 'Sie trafen sich im High Noon Saloon.')).not.toContainEqual(expect.stringMatching(/time/));
  });

  it('reads a fraction before "next year" as a change', () => {
    const en = 'Tariffs could rise by up to a fifth next year.';
    expect(flagged(en, 'Die Tarife könnten im kommenden Jahr um bis zu ein Fünftel steigen.')).toEqual([]);
    expect(flagged(en, 'Die Tarife könnten im kommenden Jahr um bis zu ein Viertel steigen.')).toContainEqual(expect.stringMatching(/conflict number/));
  });
});

describe('names written with a little more or less', () => {
  it('finds a club without its prefix, and reads no name in "FC St." alone', () => {
    expect(flagged('Chelsea spent more than £400 million on new players.', 'Der FC Chelsea gab mehr als 400 Millionen Pfund für neue Spieler aus.')).toEqual([]);
    expect(flagged('Arsenal spent more than £400 million on new players.', 'Der FC Chelsea gab mehr als 400 Millionen Pfund für neue Spieler aus.')).toContainEqual(expect.stringMatching(/Chelsea/));
    expect(flagged("The stadium is in Hamburg's St. Pauli district.", 'Das Stadion des FC St. Pauli liegt im Hamburger Stadtteil St. Pauli.')).toEqual([]);
  });

  it('finds a model number written in the plural', () => {
    expect(flagged('The airline will fly twelve A320s.', 'Die Airline wird zwölf A320 fliegen.')).toEqual([]);
    expect(flagged('The airline will fly twelve A320s.', 'Die Airline wird zwölf A321 fliegen.')).not.toEqual([]);
  });
});
