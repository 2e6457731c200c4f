import { describe, expect, it } from 'vitest';
import { briefly, diffPair } from './diffPair.js';

const findings = (en: string, de: string) => diffPair(en, de).map(briefly);

/** Forms of sport, culture, market and disaster reports, each with a perturbed twin the diff must still find. */
describe('sport, culture, markets and disasters', () => {
  it('reads "so viele wie nie" and "frühestens" as no denial', () => {
    expect(findings('It was the highest figure since it opened.', 'Es waren so viele wie nie seit der Eröffnung.')).not.toContainEqual(expect.stringMatching(/negation/));
    expect(findings('He almost never comes.', 'Er kommt so gut wie nie.')).toContain('match negation never|nie');
    expect(findings('The opera house will not reopen before 2027.', 'Das Opernhaus wird frühestens 2027 wieder öffnen.')).toEqual(['match negation not|frühestens', 'match date 2027|2027']);
    expect(findings('The airline does not expect demand to recover before 2025.', 'Die Fluggesellschaft erwartet, dass sich die Nachfrage vor 2025 erholt.')).toContainEqual(expect.stringMatching(/^conflict negation/));
  });

  it('compares two times with zones in UTC', () => {
    expect(findings('The quake struck at 0432 GMT.', 'Das Beben ereignete sich um 5.32 Uhr MEZ.')).toEqual(['match time 0432|5.32 Uhr']);
    expect(findings('The quake struck at 0432 GMT.', 'Das Beben ereignete sich um 6.32 Uhr MEZ.')).toEqual(['conflict time 0432|6.32 Uhr']);
    expect(findings('It burned up shortly after midnight GMT.', 'Er verglühte kurz nach Mitternacht (GMT).')).toContain('match time midnight|Mitternacht');
  });

  it('takes a name written as one word or with a word more for the same name, but not a letter more', () => {
    expect(findings('Dozens died in the province of West Java.', 'In der Provinz Westjava starben Dutzende.')).toContainEqual(expect.stringMatching(/^match entity West Java\|(?:Provinz )?Westjava$/));
    expect(findings('Dozens died in the province of West Java.', 'In der Provinz Ostjava starben Dutzende.')).toContainEqual(expect.stringMatching(/-only entity|conflict entity/));
    expect(findings('Spokesperson Lars Schmidt spoke.', 'Sprecher Lars Schmid sprach.')).toEqual(['conflict entity Lars Schmidt|Lars Schmid']);
  });

  it('reads changes said with a German separable verb, and the verb\'s object before "by"', () => {
    expect(findings('Bayer shares slumped by almost a third.', 'Die Bayer-Aktie brach um fast ein Drittel ein.')).toContain('match number a third|ein Drittel');
    expect(findings('The drug reduced the risk of heart attack by a third in a trial of 17,600 patients.', 'Das Medikament senkte in einer Studie mit 17.600 Patienten das Herzinfarktrisiko um ein Drittel.')).toContain('match number a third|ein Drittel');
    expect(findings('The drug reduced the risk of heart attack by a third in a trial of 17,600 patients.', 'Das Medikament senkte in einer Studie mit 17.600 Patienten das Herzinfarktrisiko um ein Viertel.')).toContain('conflict number a third|ein Viertel');
  });

  it('reads an acronym German writes as a word, a transliterated surname and an inhabitant', () => {
    expect(findings('NASA said the rover took its 25th sample.', 'Nach Angaben der Nasa nahm der Rover seine 25. Probe.')).toContain('match entity NASA|Nasa');
    expect(findings('They performed Tchaikovsky’s Fifth Symphony.', 'Sie spielten Tschaikowskys fünfte Sinfonie.')).toContain('match entity Tchaikovsky|Tschaikowsky');
    expect(findings('The 19-year-old from Oberstdorf won.', 'Der 19-jährige Oberstdorfer gewann.')).toContain('match entity Oberstdorf|Oberstdorfer');
    expect(findings('The 19-year-old from Oberstdorf won.', 'Der 19-jährige Garmischer gewann.')).toContain('en-only entity Oberstdorf|—');
  });

  it('reads cubic kilometres, a full percentage point, "eine bis zehn Milliarden" and a relay', () => {
    expect(findings('The glacier has lost 2.5 cubic kilometres of ice.', 'Der Gletscher hat 2,5 Kubikkilometer Eis verloren.')).toEqual(['match quantity 2.5 cubic kilometres|2,5 Kubikkilometer']);
    expect(findings('The glacier has lost 2.5 cubic kilometres of ice.', 'Der Gletscher hat 2,5 Kubikmeter Eis verloren.')).toEqual(['conflict quantity 2.5 cubic kilometres|2,5 Kubikmeter']);
    expect(findings('The bank raised the rate by 100 basis points.', 'Die Bank erhöhte den Zins um einen vollen Prozentpunkt.')).toEqual(['match percentage 100 basis points|einen vollen Prozentpunkt']);
    expect(findings('Liabilities are between $1 billion and $10 billion.', 'Die Verbindlichkeiten liegen bei eine bis zehn Milliarden Dollar.')).toEqual(['match amount $1 billion and $10 billion|eine bis zehn Milliarden Dollar']);
    expect(findings('Germany won no medal in the 4x100 metres.', 'Deutschland gewann über 4 x 100 Meter keine Medaille.')).toContain('match quantity 100 metres|100 Meter');
  });

  it('reads "1. FC Köln" as a name and "started third" as a place', () => {
    expect(findings('Cologne were relegated for the seventh time.', 'Der 1. FC Köln stieg zum siebten Mal ab.')).not.toContainEqual(expect.stringMatching(/ordinal —\|1\./));
    expect(findings('Russell started third on the grid.', 'Russell ging von Startplatz drei ins Rennen.')).toContain('match ordinal third|drei');
  });

  it('finds a place named by its adjective in a longer name, a Briton, and "doppelt" for "twice"', () => {
    expect(findings('The Hungarian Grand Prix on 3 August was the 14th race.', 'Der Große Preis von Ungarn am 3. August war das 14. Rennen.')).toContain('match entity Hungarian Grand Prix|Ungarn');
    expect(findings('The Hungarian Grand Prix on 3 August was the 14th race.', 'Der Große Preis von Österreich am 3. August war das 14. Rennen.')).toContain('de-only entity —|Österreich');
    expect(findings("Britain's Emma Raducanu lost.", 'Die Britin Emma Raducanu verlor.')).toContain('match entity Britain|Britin');
    expect(findings('Kane scored twice in the second half.', 'Kane traf in der zweiten Halbzeit doppelt.')).toContain('match number twice|doppelt');
    expect(findings('Kane scored three times in the second half.', 'Kane traf in der zweiten Halbzeit doppelt.')).toContain('conflict number three times|doppelt');
  });

  it('reads "the previous three months" as a period, and "verpassen" as a miss', () => {
    expect(findings('The economy shrank by 0.3 percent compared with the previous three months.', 'Die Wirtschaft schrumpfte im Vergleich zum Vorquartal um 0,3 Prozent.')).toEqual(['match percentage 0.3 percent|0,3 Prozent']);
    expect(findings('The club failed to reach the semi-finals.', 'Der Club verpasste das Halbfinale.')).toEqual(['match negation failed|verpasste']);
  });
});
