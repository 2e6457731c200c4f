import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/claims/extract/index.js';
import { flaggedFindings, pairFindings } from './diffPair.js';

/**
 * Rules of the round whose blind sets were written on wine, space flight, insurance losses and hospitals; each
 * tested on sentences of other news, with a twin the diff must flag.
 */
describe('years, ordinals and months', () => {
  it('reads a number before 1800 as a year after a word of time, and as a count before its noun', () => {
    expect(flaggedFindings('The abbey has brewed beer since 1627.', 'Die Abtei braut seit 1627 Bier.')).toEqual([]);
    expect(flaggedFindings('The abbey has brewed beer since 1627.', 'Die Abtei braut seit 1672 Bier.')).toEqual(['conflict date 1627|1672']);
    expect(flaggedFindings('The fire of 1666 destroyed the old town.', 'Der Brand im Jahr 1666 zerstörte die Altstadt.')).toEqual([]);
    expect(flaggedFindings('The fire of 1666 destroyed the old town.', 'Der Brand von 1668 zerstörte die Altstadt.')).toEqual(['conflict date 1666|1668']);
    expect(extractClaims('Since 1500 people signed, the vote goes ahead.', 'en').map((c) => c.type)).toEqual(['number']);
    expect(extractClaims('Ein Anstieg von 1500 Mitgliedern wurde gemeldet.', 'de').map((c) => c.type)).toEqual(['number']);
    // "about 2000 people" counts people in either case.
    expect(extractClaims('About 2000 people attended.', 'en').map((c) => c.type)).toEqual(['number']);
  });

  it('reads an ordinal written with thousands separators', () => {
    expect(flaggedFindings('The zoo welcomed its 1,000,000th visitor on Sunday.', 'Der Zoo begrüßte am Sonntag seinen 1.000.000. Besucher.')).toEqual([]);
    expect(flaggedFindings('The zoo welcomed its 100,000th visitor on Sunday.', 'Der Zoo begrüßte am Sonntag seinen 10.000. Besucher.')).toEqual(['conflict ordinal 100,000th|10.000.']);
  });

  it('reads a number and a half at a sentence\'s start as the number, not an ordinal compound', () => {
    expect(flaggedFindings('Three and a half hours later the ferry docked.', 'Dreieinhalb Stunden später legte die Fähre an.')).toEqual([]);
    expect(flaggedFindings('Eight and a half months after the flood the bridge reopened.', 'Achteinhalb Monate nach dem Hochwasser wurde die Brücke wieder freigegeben.')).toEqual([]);
    expect(flaggedFindings('Eight and a half months after the flood the bridge reopened.', 'Sechseinhalb Monate nach dem Hochwasser wurde die Brücke wieder freigegeben.')).toEqual(['conflict quantity Eight and a half months|Sechseinhalb Monate']);
  });

  it('reads "May" and "March" as months before and after at a clause\'s end, but not a person after "after"', () => {
    expect(flaggedFindings('The museum will not reopen before March.', 'Das Museum öffnet nicht vor März wieder.')).toEqual([]);
    expect(flaggedFindings('The museum will not reopen before March.', 'Das Museum öffnet nicht vor April wieder.')).toEqual(['conflict date March|April']);
    expect(extractClaims('The cabinet met again after May resigned.', 'en').filter((c) => c.type === 'date')).toEqual([]);
  });

  it('reads the place before the last as an ordinal counted from the end', () => {
    expect(flaggedFindings('The club finished second to last in the league.', 'Der Verein beendete die Saison auf dem vorletzten Platz der Liga.')).toEqual([]);
    expect(flaggedFindings('The club finished last in the league.', 'Der Verein beendete die Saison auf dem vorletzten Platz der Liga.')).toEqual(['de-only ordinal —|vorletzten']);
    // The week before last is a date.
    expect(extractClaims('Das Treffen fand vorletzte Woche statt.', 'de').filter((c) => c.type === 'ordinal')).toEqual([]);
  });

  it('reads a season after a German article of direction, and before a clause\'s conjunction', () => {
    expect(flaggedFindings('The opening was moved to the spring.', 'Die Eröffnung wurde auf das Frühjahr verschoben.')).toEqual([]);
    expect(flaggedFindings('The opening was moved to the autumn.', 'Die Eröffnung wurde auf das Frühjahr verschoben.')).toEqual(['conflict date autumn|Frühjahr']);
    // A clause going on with "because" leaves the season a time.
    expect(flaggedFindings('The opening was moved to the autumn because of delays.', 'Die Eröffnung wurde wegen Verzögerungen auf das Frühjahr verschoben.')).toEqual(['conflict date autumn|Frühjahr']);
  });

  it('does not read "midday" before a noun as a clock time', () => {
    expect(flaggedFindings('Builders stop work during the midday heat.', 'Die Bauarbeiter unterbrechen die Arbeit während der Mittagshitze.')).toEqual([]);
    expect(flaggedFindings('The shop closes at midday.', 'Das Geschäft schließt um 13 Uhr.')).toEqual(['conflict time midday|13 Uhr']);
  });
});

describe('verbs that say whether something came off', () => {
  it('reads failing against succeeding as a negation', () => {
    expect(flaggedFindings('The rescue attempt failed.', 'Der Rettungsversuch scheiterte.')).toEqual([]);
    // A bare "failed" is no negative word: "did not fail" is a German "fiel nicht aus".
    expect(flaggedFindings('The backup pumps failed during the drill.', 'Die Reservepumpen fielen bei der Übung nicht aus.')).toContainEqual(expect.stringMatching(/^conflict negation .*\|nicht$/));
    expect(flaggedFindings('The rescue attempt failed.', 'Der Rettungsversuch gelang.')).toEqual(['conflict negation failed|gelang']);
    expect(flaggedFindings('The merger talks were successful.', 'Die Fusionsgespräche sind gescheitert.')).toContainEqual(expect.stringMatching(/^conflict negation /));
  });

  it('reads ruling out against considering as a negation', () => {
    expect(flaggedFindings('The council has ruled out a tram line.', 'Der Stadtrat hat eine Straßenbahnlinie ausgeschlossen.')).toEqual([]);
    expect(flaggedFindings('The council has ruled out a tram line.', 'Der Stadtrat hat eine Straßenbahnlinie in Erwägung gezogen.')).toEqual(['conflict negation ruled out|in Erwägung gezogen']);
  });

  it('reads dropping a target against confirming it as a negation', () => {
    expect(flaggedFindings('The carmaker confirmed its sales forecast.', 'Der Autobauer bestätigte seine Absatzprognose.')).toEqual([]);
    expect(flaggedFindings('The carmaker confirmed its sales forecast.', 'Der Autobauer gab seine Absatzprognose auf.')).toContainEqual(expect.stringMatching(/^conflict negation confirmed its sales forecast\|/));
  });

  it('reads a comparative before what it compares in "in no other country … than" as a superlative', () => {
    expect(flaggedFindings('Trains in Switzerland are more punctual than anywhere else in Europe.', 'In keinem anderen Land Europas sind die Züge pünktlicher unterwegs als in der Schweiz.')).toEqual([]);
  });
});

describe('names written otherwise', () => {
  it('knows MRI as MRT and England by its adjective', () => {
    expect(flaggedFindings('The clinic bought a second MRI scanner.', 'Die Klinik kaufte einen zweiten MRT-Scanner.')).toEqual([]);
    expect(flaggedFindings('Rents in England rose by 6 percent.', 'Die englischen Mieten stiegen um 6 Prozent.')).toEqual([]);
    expect(pairFindings('Rents in England rose by 6 percent.', 'Die schottischen Mieten stiegen um 6 Prozent.')).toContain('en-only entity England|—');
  });

  it('declines any German adjective that opens a name English keeps as written', () => {
    expect(flaggedFindings('The Blauer Portugieser sold out in a week.', 'Der Blaue Portugieser war in einer Woche ausverkauft.')).toEqual([]);
    expect(flaggedFindings('Prices of Blauer Portugieser rose.', 'Die Preise für Blauen Portugieser stiegen.')).toEqual([]);
  });

  it('reads a spa town\'s people\'s word without its "Bad"', () => {
    expect(flaggedFindings('The spa gardens in Bad Homburg reopen in April.', 'Der Homburger Kurpark öffnet im April wieder.')).toEqual([]);
    expect(pairFindings('The spa gardens in Bad Homburg reopen in April.', 'Der Kasseler Kurpark öffnet im April wieder.')).toContain('en-only entity Bad Homburg|—');
  });

  it('sees an unknown name said inside the other side\'s longer name, not a substitution', () => {
    const en = 'The Association of German Prädikat Wine Estates meets at 10 a.m. on 3 May in Mainz.';
    expect(flaggedFindings(en, 'Der Verband Deutscher Prädikatsweingüter tagt am 3. Mai um 10 Uhr in Mainz.')).toEqual([]);
  });
});
