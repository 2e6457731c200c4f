import { describe, expect, it } from 'vitest';
import { briefly, diffPair } from './diffPair.js';

const findings = (en: string, de: string) => diffPair(en, de).map(briefly);

/** Forms of press releases and local news: institutions by their initials, sums, scores, feasts, days counted. */
describe('press releases and local news', () => {
  it('takes initials on one side for the name they abbreviate on the other', () => {
    expect(findings('The European Medicines Agency recommended the drug.', 'Die EMA empfahl das Medikament.')).toContain('match entity European Medicines Agency|EMA');
    expect(findings('The European Medicines Agency recommended the drug.', 'Die EMA empfahl das Medikament.')).not.toContainEqual(expect.stringMatching(/-only/));
    expect(findings('The DWD measured 38 degrees.', 'Der Deutsche Wetterdienst maß 38 Grad.')).toEqual(['match entity DWD|Deutsche Wetterdienst', 'match quantity 38 degrees|38 Grad']);
    expect(findings('The BfArM has not decided.', 'Das Bundesinstitut für Arzneimittel und Medizinprodukte hat nicht entschieden.')).toEqual(['match entity BfArM|Bundesinstitut für Arzneimittel und Medizinprodukte', 'match negation not|nicht']);
    expect(findings('The Robert Koch Institute recorded 3,412 cases.', 'Das RKI registrierte 3.412 Fälle.')).toContain('match entity Robert Koch Institute|RKI');
    // Initials the words do not spell stay one-sided, and a list is no name.
    expect(findings('The Paul Ehrlich Institute recorded 3,412 cases.', 'Das RKI registrierte 3.412 Fälle.')).not.toContain('match entity Paul Ehrlich Institute|RKI');
    expect(findings('Rome, Kiev and Istanbul were hit.', 'RKI meldete Fälle.')).not.toContainEqual(expect.stringMatching(/^match entity/));
  });

  it('keeps a sum in the currency the sentence gave it', () => {
    expect(findings('It will cost 7.8 million euros, 1.3 million more than planned.', 'Es kostet 7,8 Millionen Euro, 1,3 Millionen mehr als geplant.')).toEqual([
      'match amount 7.8 million euros|7,8 Millionen Euro',
      'match amount 1.3 million|1,3 Millionen',
    ]);
    expect(findings('It will cost 7.8 million euros, 1.3 million more than planned.', 'Es kostet 7,8 Millionen Euro, 1,5 Millionen mehr als geplant.')).toContain('conflict amount 1.3 million|1,5 Millionen');
    expect(findings('Orders reached €980 million, almost €1 billion.', 'Die Aufträge erreichten 980 Mio. Euro – fast eine Milliarde.')).toContain('match amount €1 billion|eine Milliarde');
    // What the figure counts is its own: "1.2 million residents" is no sum.
    expect(findings('It costs 7.8 million euros for 1.2 million residents.', 'Es kostet 7,8 Millionen Euro für 1,2 Millionen Einwohner.')).toContain('match number 1.2 million|1,2 Millionen');
  });

  it('reads a comparison with the years before as no negation', () => {
    expect(findings('It recorded 3,412 cases, the most since 2001.', 'Es registrierte 3.412 Fälle – so viele wie seit 2001 nicht mehr.')).not.toContainEqual(expect.stringMatching(/negation/));
    expect(findings('Prices rose faster than ever.', 'Die Preise stiegen so stark wie nie zuvor.')).not.toContainEqual(expect.stringMatching(/conflict negation/));
    // Recorded cases against none at all: a denial of what the English asserts.
    expect(findings('It recorded 3,412 cases.', 'Es registrierte seit 2001 keine Fälle mehr.')).toContain('conflict negation It recorded 3,412 cases.|keine');
  });

  it('reads "bestreiten" of a game or of costs as no denial', () => {
    expect(findings('The team will play its first home game on 7 September.', 'Ihr erstes Heimspiel bestreitet das Team am 7. September.')).not.toContainEqual(expect.stringMatching(/negation/));
    expect(findings('He admitted the charges.', 'Er bestreitet die Vorwürfe.')).toEqual(['conflict negation admitted|bestreitet']);
  });

  it('reads numbers in German adjectives of size and the runner-up', () => {
    expect(findings('The eight-member jury chose the design.', 'Die achtköpfige Jury wählte den Entwurf.')).toEqual(['match number eight|achtköpfige']);
    expect(findings('The seven-member jury chose the design.', 'Die achtköpfige Jury wählte den Entwurf.')).toEqual(['conflict number seven|achtköpfige']);
    expect(findings('He won two minutes ahead of the runner-up.', 'Er gewann zwei Minuten vor dem Zweitplatzierten.')).toEqual(['match quantity two minutes|zwei Minuten', 'match ordinal runner-up|Zweitplatzierten']);
    expect(findings('He won two minutes ahead of the runner-up.', 'Er gewann zwei Minuten vor dem Drittplatzierten.')).toContain('conflict ordinal runner-up|Drittplatzierten');
  });

  it('reads a fortnight as two weeks', () => {
    expect(findings('A fortnight after the flood, work goes on.', 'Zwei Wochen nach dem Hochwasser geht die Arbeit weiter.')).toEqual(['match quantity A fortnight|Zwei Wochen']);
    expect(findings('A fortnight after the flood, work goes on.', 'Drei Wochen nach dem Hochwasser geht die Arbeit weiter.')).toEqual(['conflict quantity A fortnight|Drei Wochen']);
  });

  it('reads a feast on a weekday in one German word as its weekday', () => {
    expect(findings('No incidents on Shrove Tuesday.', 'Keine Zwischenfälle am Fastnachtsdienstag.')).toContain('match date Tuesday|Fastnachtsdienstag');
    expect(findings('No incidents on Shrove Tuesday.', 'Keine Zwischenfälle am Rosenmontag.')).toContain('conflict date Tuesday|Rosenmontag');
  });

  it('reads feasts on a fixed day as their date, and as no name', () => {
    expect(findings('The New Year’s Eve run drew 640 runners.', 'Der Silvesterlauf lockte 640 Läufer an.')).toEqual(['match date New Year’s Eve|Silvesterlauf', 'match number 640|640']);
    expect(findings('The shops close early on Christmas Eve.', 'Die Geschäfte schließen am 24. Dezember früher.')).toEqual(['match date Christmas Eve|24. Dezember']);
  });

  it('reads ranges written with hyphens and ages of an age group', () => {
    expect(findings('In the 18-to-29 age group, smoking fell.', 'Bei den 18- bis 29-Jährigen ging das Rauchen zurück.')).toEqual(['match quantity 18-to-29|18- bis 29-Jährigen']);
    expect(findings('In the 18-to-29 age group, smoking fell.', 'Bei den 18- bis 25-Jährigen ging das Rauchen zurück.')).toEqual(['en-only quantity 18-to-29|—', 'de-only quantity —|18- bis 25-Jährigen']);
  });

  it('reads a change "by about" and its level as two figures', () => {
    expect(findings('The workforce grew by about 1,200 to 23,400.', 'Die Belegschaft wuchs um rund 1.200 auf 23.400.')).toEqual(['match number 1,200|1.200', 'match number 23,400|23.400']);
    expect(findings('The workforce grew by about 1,200 to 23,400.', 'Die Belegschaft wuchs um rund 1.200 auf 24.300.')).toContain('conflict number 23,400|24.300');
  });

  it('reads a score written with a hyphen as two figures', () => {
    expect(findings('The team lost 2-4 on Friday.', 'Das Team verlor am Freitag mit 2:4.')).toEqual(['match number 2|2', 'match number 4|4', 'match date Friday|Freitag']);
    expect(findings('The team lost 2-4 on Friday.', 'Das Team verlor am Freitag mit 2:5.')).toContain('conflict number 4|5');
    expect(findings('See pages 2-4.', 'Siehe Seiten 2 bis 4.')).toEqual(['match number 2-4|2 bis 4']);
  });

  it('reads a British time with a dot before a part of the day', () => {
    expect(findings('The tram crashed at 7.15 this morning.', 'Die Bahn verunglückte heute Morgen um 7.15 Uhr.')).toContain('match time 7.15|7.15 Uhr');
    expect(findings('The tram crashed at 7.15 this morning.', 'Die Bahn verunglückte heute Morgen um 7.45 Uhr.')).toContain('conflict time 7.15|7.45 Uhr');
    expect(findings('Shares closed at 1.25 on Monday.', 'Die Aktie schloss am Montag bei 1,25.')).toContain('match number 1.25|1,25');
  });

  it('reads a person named with a title as the person', () => {
    expect(findings('Lord Mayor Katrin Behrens opened the festival.', 'Oberbürgermeisterin Katrin Behrens eröffnete das Fest.')).not.toContainEqual(expect.stringMatching(/-only|conflict/));
    expect(findings('Lord Mayor Katrin Behrens opened the festival.', 'Oberbürgermeisterin Katrin Behrends eröffnete das Fest.')).toContainEqual(expect.stringMatching(/-only entity|conflict entity/));
  });

  it('reads a cut "by a quarter" with the verb\'s object between', () => {
    expect(findings('The city wants to cut its energy use by a quarter by 2030.', 'Bis 2030 will die Stadt ihren Energieverbrauch um ein Viertel senken.')).toEqual(['match number a quarter|ein Viertel', 'match date 2030|2030']);
    expect(findings('The city wants to cut its energy use by a third by 2030.', 'Bis 2030 will die Stadt ihren Energieverbrauch um ein Viertel senken.')).toContain('conflict number a third|ein Viertel');
  });

  it('names a party by its members or its initials (gazetteer, from Ding)', () => {
    expect(findings('The Social Democrats won 16.4 percent of the vote.', 'Die SPD kam auf 16,4 Prozent der Stimmen.')).toEqual(['match entity Social Democrats|SPD', 'match percentage 16.4 percent|16,4 Prozent']);
    expect(findings('The Social Democrats won 16.4 percent of the vote.', 'Die CDU kam auf 16,4 Prozent der Stimmen.')).toContain('conflict entity Social Democrats|CDU');
    expect(findings('The Green Party won 23 seats.', 'Die Grünen holten 23 Sitze.')).toEqual(['match entity Green Party|Grünen', 'match number 23|23']);
    expect(findings('The Greens won 23 seats.', 'Die Linke holte 23 Sitze.')).toContain('conflict entity Greens|Die Linke');
  });

  it('counts days back from today', () => {
    expect(findings('The home opened yesterday.', 'Das Heim wurde vorgestern eröffnet.')).toEqual(['conflict date yesterday|vorgestern']);
  });
});
