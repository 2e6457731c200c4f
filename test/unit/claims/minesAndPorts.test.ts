import { describe, expect, it } from 'vitest';
import { flaggedFindings, pairFindings } from './diffPair.js';

/**
 * Rules of the round whose blind sets were written on mining, road construction, dairy farming and ports; each
 * tested on sentences of other news, with a twin the diff must flag.
 */
describe('currencies written in one word or by their letters', () => {
  it('reads a country\'s dollar by its letters and a cent of the euro in one word', () => {
    expect(flaggedFindings('A flat white costs HK$42 in Central.', 'Ein Flat White kostet in Central 42 HK-Dollar.')).toEqual([]);
    expect(flaggedFindings('A flat white costs HK$42 in Central.', 'Ein Flat White kostet in Central 42 US-Dollar.')).toEqual(['conflict amount HK$42|42 US-Dollar']);
    expect(flaggedFindings('The toll rises by 5 euro cents per kilometre.', 'Die Maut steigt um 5 Eurocent je Kilometer.')).toEqual([]);
    expect(flaggedFindings('The toll rises by 5 euro cents per kilometre.', 'Die Maut steigt um 5 Euro je Kilometer.')).toContainEqual(expect.stringMatching(/^conflict amount 5 euro cents\|5 Euro$/));
  });
});

describe('names of places and people written otherwise', () => {
  it('reads a German region\'s adjective at a sentence\'s start as the region', () => {
    expect(flaggedFindings('Hospitals in Saxony treated 14 patients.', 'Sächsische Kliniken behandelten 14 Patienten.')).toEqual([]);
    expect(pairFindings('Hospitals in Saxony treated 14 patients.', 'Bayerische Kliniken behandelten 14 Patienten.')).toContain('en-only entity Saxony|—');
    // Inside a sentence a capitalised adjective opens a name, which is not the place.
    expect(pairFindings("The Swiss People's Party (SVP) gained four seats in the National Council.", 'Die Schweizerische Volkspartei (SVP) gewann im Nationalrat vier Sitze hinzu.').filter((f) => !f.startsWith('match'))).toEqual([]);
  });

  it('finds a name no list knows said by its "-er" word before its translated kind', () => {
    expect(flaggedFindings('The Kaiserlei Roundabout was rebuilt in 2019.', 'Der Kaiserleier Kreisel wurde 2019 umgebaut.')).toEqual([]);
    expect(flaggedFindings('The Kaiserlei Roundabout was rebuilt in 2019.', 'Der Offenbacher Kreisel wurde 2019 umgebaut.')).toEqual(['en-only entity Kaiserlei Roundabout|—']);
  });

  it('reads "St" and "St." as "Saint" and "Sankt"', () => {
    expect(flaggedFindings('The night train to St Moritz leaves at 9 p.m.', 'Der Nachtzug nach Sankt Moritz fährt um 21 Uhr ab.')).toEqual([]);
    expect(flaggedFindings('The night train to St Moritz leaves at 9 p.m.', 'Der Nachtzug nach Davos fährt um 21 Uhr ab.')).toEqual(['en-only entity St Moritz|—']);
  });

  it('sees no substitution where the other sentence says the name in its own words elsewhere', () => {
    const en = "The Austrian People's Party (ÖVP) gained four seats in the National Council.";
    expect(flaggedFindings(en, 'Die Österreichische Volkspartei (ÖVP) gewann im Nationalrat vier Sitze hinzu.')).toEqual([]);
    expect(flaggedFindings('Defence Minister Ingrid Lorenz travelled to Vilnius for talks.', 'Verteidigungsministerin Ingrid Lorentz reiste zu Gesprächen nach Wilna.')).toEqual(['conflict entity Ingrid Lorenz|Ingrid Lorentz']);
    // A person's name is not translated, though the lexicon knows "Schulze" as a village mayor.
    expect(flaggedFindings('Mayor Jana Nowak opened the bridge.', 'Bürgermeisterin Jana Schulze eröffnete die Brücke.')).toEqual(['conflict entity Jana Nowak|Jana Schulze']);
  });

  it('leaves a captain\'s, a bishop\'s or a colonel\'s office out of the name', () => {
    expect(flaggedFindings('Bishop Anna Kessler opened the synod on Friday.', 'Bischöfin Anna Kessler eröffnete am Freitag die Synode.')).toEqual([]);
    expect(flaggedFindings('Colonel Jan Wolters led the exercise.', 'Oberst Jan Wolters leitete die Übung.')).toEqual([]);
    expect(flaggedFindings('Colonel Jan Wolters led the exercise.', 'Oberst Jan Walters leitete die Übung.')).toEqual(['conflict entity Jan Wolters|Jan Walters']);
  });
});
