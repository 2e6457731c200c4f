import { describe, expect, it } from 'vitest';
import { briefly, diffPair } from './diffPair.js';

const findings = (en: string, de: string) => diffPair(en, de).map(briefly);

/** German conventions a faithful translation follows, and the differences they must not hide. */
describe('conventions of German news and manuals', () => {
  it('gives rain in litres per square metre, which are millimetres', () => {
    expect(findings('Up to 25 mm of rain fell.', 'Es fielen bis zu 25 Liter Regen pro Quadratmeter.')).toEqual(['match quantity 25 mm|25 Liter Regen pro Quadratmeter']);
    expect(findings('Up to 25 mm of rain fell.', 'Es fielen bis zu 35 Liter pro Quadratmeter.')).toEqual(['conflict quantity 25 mm|35 Liter pro Quadratmeter']);
  });

  it('reads rain in litres per square metre as millimetres in English too', () => {
    expect(findings('Up to 60 litres per square metre are expected.', 'Bis zu 60 Liter pro Quadratmeter werden erwartet.')).toEqual(['match quantity 60 litres per square metre|60 Liter pro Quadratmeter']);
    expect(findings('Up to 60 mm of rain are expected.', 'Bis zu 70 Liter pro Quadratmeter werden erwartet.')).toEqual(['conflict quantity 60 mm|70 Liter pro Quadratmeter']);
    expect(findings('The tank holds 60 litres.', 'Der Tank fasst 60 Liter.')).toEqual(['match quantity 60 litres|60 Liter']);
  });

  it('reads "zweieinhalbstündig" as two and a half hours, and a range whose ends have different units', () => {
    expect(findings('The concert lasts about two and a half hours.', 'Das rund zweieinhalbstündige Konzert beginnt.')).toEqual(['match quantity two and a half hours|zweieinhalbstündige']);
    expect(findings('The concert lasts about three hours.', 'Das rund zweieinhalbstündige Konzert beginnt.')).toEqual(['conflict quantity three hours|zweieinhalbstündige']);
    expect(findings('Waits were between 90 minutes and two hours.', 'Man wartete zwischen anderthalb und zwei Stunden.')).toEqual(['match quantity 90 minutes and two hours|anderthalb und zwei Stunden']);
    expect(findings('Waits were between 60 minutes and two hours.', 'Man wartete zwischen anderthalb und zwei Stunden.')).toEqual(['conflict quantity 60 minutes and two hours|anderthalb und zwei Stunden']);
  });

  it('reads "half as many" and "halb so viele" as a half', () => {
    expect(findings('The flat is half as large.', 'Die Wohnung ist halb so groß.')).toEqual(['match number half|halb']);
    expect(findings('A third as many people came as last year.', 'Es kamen halb so viele Menschen wie im Vorjahr.')).toEqual(['conflict number A third|halb']);
  });

  it('tells milligrams from grams, and half an hour from an hour', () => {
    expect(findings('Take 10 mg daily.', 'Nehmen Sie täglich 10 g.')).toEqual(['conflict quantity 10 mg|10 g']);
    expect(findings('It takes 30 minutes.', 'Es dauert eine halbe Stunde.')).toEqual(['match quantity 30 minutes|eine halbe Stunde']);
  });

  it('names the night before a day by that day', () => {
    expect(findings('The storm hit on Sunday night.', 'Der Sturm kam in der Nacht zum Montag.')).toEqual(['match date Sunday|Nacht zum Montag']);
    expect(findings('The storm hit on Friday night.', 'Der Sturm kam in der Nacht zum Montag.')).toEqual(['conflict date Friday|Nacht zum Montag']);
    expect(findings('It will rain by Friday morning.', 'Bis Freitagfrüh regnet es.')).toEqual(['match date Friday|Freitagfrüh']);
    // English names that night by the day it ends on too, so Sunday night is no longer a reading.
    expect(findings('The storm hit overnight into Monday.', 'Der Sturm kam in der Nacht zum Montag.')).toEqual(['match date overnight into Monday|Nacht zum Montag']);
    expect(findings('The storm hit in the early hours of Sunday.', 'Der Sturm kam in der Nacht zum Montag.')).toEqual(['conflict date early hours of Sunday|Nacht zum Montag']);
    expect(findings('The storm hit in the small hours of Monday.', 'Der Sturm kam am Montag.')).toEqual(['match date small hours of Monday|Montag']);
  });

  it('says "not more than" with an upper bound', () => {
    expect(findings('The load must not exceed 20 kg.', 'Die Last darf höchstens 20 kg betragen.').filter((f) => f.includes('negation'))).toEqual(['match negation not|höchstens']);
  });

  it('reads a chart position, a decade of any century and a city adjective', () => {
    expect(findings('The song reached number one.', 'Das Lied erreichte Platz eins.')).toEqual(['match ordinal number one|Platz eins']);
    expect(findings('It was built in the 1760s.', 'Es wurde in den 1770er-Jahren gebaut.')).toEqual(['conflict date 1760s|1770er-Jahren']);
    expect(findings('The Milan opera cancelled the show.', 'Die Mailänder Oper sagte die Vorstellung ab.')).toEqual(['match entity Milan|Mailänder']);
  });

  it('finds a share said as a fraction and in percent equal', () => {
    expect(findings('A quarter of the staff left.', '25 Prozent der Belegschaft gingen.')).toEqual(['match number A quarter|25 Prozent']);
  });

  it('reads a duration said in two units as one', () => {
    expect(findings('The line cuts the journey to 75 minutes.', 'Die Strecke verkürzt die Fahrt auf eine Stunde und 15 Minuten.')).toEqual(['match quantity 75 minutes|eine Stunde und 15 Minuten']);
    expect(findings('The line cuts the journey to 85 minutes.', 'Die Strecke verkürzt die Fahrt auf eine Stunde und 15 Minuten.')).toEqual(['conflict quantity 85 minutes|eine Stunde und 15 Minuten']);
    expect(findings('It takes 2 hours 30 minutes.', 'Es dauert 150 Minuten.')).toEqual(['match quantity 2 hours 30 minutes|150 Minuten']);
    // Abbreviated program output copied into the translation stays as written.
    expect(findings('Transfer Completed (2 hr 28 min 7 sec).', 'Transfer Completed (2 hr 28 min 7 sec).').every((f) => f.startsWith('match'))).toBe(true);
  });

  it('reads parts of an hour or a litre said in one word or as a fraction of the unit', () => {
    expect(findings('Trains run every 30 minutes.', 'Die Züge fahren im Halbstundentakt.')).toEqual(['match quantity 30 minutes|Halbstundentakt']);
    expect(findings('Trains run every 20 minutes.', 'Die Züge fahren im Viertelstundentakt.')).toEqual(['conflict quantity 20 minutes|Viertelstundentakt']);
    expect(findings('It checks every half-hour.', 'Er sieht jede halbe Stunde nach.')).toEqual(['match quantity every half-hour|jede halbe Stunde']);
    expect(findings('Add a quarter of a litre of milk.', 'Geben Sie 250 Milliliter Milch hinzu.')).toEqual(['match quantity a quarter of a litre|250 Milliliter']);
    expect(findings('Add a quarter of a litre of milk.', 'Geben Sie einen Achtelliter Milch hinzu.')).toEqual(['conflict quantity a quarter of a litre|Achtelliter']);
    expect(findings('It took an hour and a half.', 'Es dauerte 90 Minuten.')).toEqual(['match quantity an hour and a half|90 Minuten']);
    expect(findings('It took three quarters of an hour.', 'Es dauerte eine Dreiviertelstunde.')).toEqual(['match quantity three quarters of an hour|Dreiviertelstunde']);
  });

  it('reads "vorgestern" and "übermorgen" as days counted from today', () => {
    expect(findings('The app, released two days ago, is available.', 'Die vorgestern veröffentlichte App ist verfügbar.')).toEqual(['match date two days ago|vorgestern']);
    expect(findings('The app, released three days ago, is available.', 'Die vorgestern veröffentlichte App ist verfügbar.')).toEqual(['conflict date three days ago|vorgestern']);
    expect(findings('The home opened yesterday.', 'Das Heim wurde vorgestern eröffnet.')).toEqual(['conflict date yesterday|vorgestern']);
    expect(findings('The home opened the day before yesterday.', 'Das Heim wurde vor zwei Tagen eröffnet.')).toEqual(['match date the day before yesterday|vor zwei Tagen']);
    expect(findings('The vote is the day after tomorrow.', 'Die Abstimmung ist übermorgen.')).toEqual(['match date the day after tomorrow|übermorgen']);
    expect(findings('The vote is the day after tomorrow.', 'Die Abstimmung ist vorgestern gewesen.')).toEqual(['conflict date the day after tomorrow|vorgestern']);
  });

  it('reads the night from one day to the next as the night ending on the second', () => {
    expect(findings('It happened in the night from Friday to Saturday.', 'Es geschah in der Nacht zu Samstag.')).toEqual(['match date Friday to Saturday|Nacht zu Samstag']);
    expect(findings('It happened in the night from Friday to Saturday.', 'Es geschah in der Nacht von Freitag auf Samstag.')).toEqual(['match date Friday to Saturday|Freitag auf Samstag']);
    expect(findings('It happened in the night from Friday to Saturday.', 'Es geschah in der Nacht zu Sonntag.')).toEqual(['conflict date Friday to Saturday|Nacht zu Sonntag']);
  });

  it('takes points beside a percentage for percentage points', () => {
    expect(findings('Turnout was 68.4 percent, five points higher.', 'Die Beteiligung lag bei 68,4 Prozent, fünf Prozentpunkte höher.')).toEqual([
      'match percentage 68.4 percent|68,4 Prozent',
      'match percentage five points|fünf Prozentpunkte',
    ]);
    expect(findings('Turnout was 68.4 percent, five points higher.', 'Die Beteiligung lag bei 68,4 Prozent, vier Prozentpunkte höher.')).toContain('conflict percentage five points|vier Prozentpunkte');
    expect(findings('The team scored five points.', 'Das Team holte fünf Punkte.')).toEqual(['match number five|fünf']);
  });

  it('reads a German proportion with "von" as a share, but not a place in a series', () => {
    expect(findings('Nine in ten patients improved.', 'Neun von zehn Patienten ging es besser.')).toEqual(['match number Nine in ten|Neun von zehn']);
    expect(findings('Nine in ten patients improved.', 'Acht von zehn Patienten ging es besser.')).toEqual(['conflict number Nine in ten|Acht von zehn']);
    expect(findings('Read page 3 of 10.', 'Lesen Sie Seite 3 von 10.')).toEqual(['match number 3|3', 'match number 10|10']);
  });

  it('tells a half of a match or a month from a half-year', () => {
    expect(findings('He scored twice in the second half.', 'Er traf in der zweiten Halbzeit zweimal.')).toContain('match date second half|zweiten Halbzeit');
    expect(findings('He scored twice in the first half.', 'Er traf in der zweiten Halbzeit zweimal.')).toContain('conflict date first half|zweiten Halbzeit');
    expect(findings('The vote was moved to the second half of April.', 'Die Abstimmung wurde auf die zweite Aprilhälfte verschoben.')).toEqual(['match ordinal second|zweite', 'match date April|Aprilhälfte']);
    expect(findings('The vote was moved to the first half of April.', 'Die Abstimmung wurde auf die zweite Aprilhälfte verschoben.')).toContain('conflict ordinal first|zweite');
  });

  it('reads an ordinal after a German genitive name, as after an English possessive', () => {
    expect(findings("They play Mahler's Second Symphony.", 'Sie spielen Mahlers Zweite Sinfonie.')).toContain('match ordinal Second|Zweite');
    expect(findings("They play Mahler's Third Symphony.", 'Sie spielen Mahlers Zweite Sinfonie.')).toContain('conflict ordinal Third|Zweite');
  });

  it('knows kilobytes', () => {
    expect(findings('The limit is 250 MB per file.', 'Das Limit liegt bei 250 KB pro Datei.')).toEqual(['conflict quantity 250 MB|250 KB']);
    expect(findings('The limit is 250 kB per file.', 'Das Limit liegt bei 250 KB pro Datei.')).toEqual(['match quantity 250 kB|250 KB']);
  });

  it('reads a change in percent and the same change as a multiple alike', () => {
    expect(findings('Sales rose by a quarter.', 'Der Umsatz stieg um 25 Prozent.')).toEqual(['match number a quarter|25 Prozent']);
    expect(findings('Sales rose by a quarter.', 'Der Umsatz stieg um 20 Prozent.')).toEqual(['conflict number a quarter|20 Prozent']);
    expect(findings('Prices have doubled.', 'Die Preise sind um 100 Prozent gestiegen.')).toEqual(['match number doubled|100 Prozent']);
    expect(findings('Prices have tripled.', 'Die Preise sind um 100 Prozent gestiegen.')).toEqual(['conflict number tripled|100 Prozent']);
    expect(findings('Prices fell by half.', 'Die Preise sind um 50 Prozent gesunken.')).toEqual(['match number half|50 Prozent']);
    // A share of something is no change of it.
    expect(findings('The firm cut 25% of its staff.', 'Die Firma baute 25 Prozent ihrer Stellen ab.')).toEqual(['match percentage 25%|25 Prozent']);
  });

  it('reads a change from one value to another as two values, not a range', () => {
    expect(findings('The subscription will rise from €9.99 to €12.99.', 'Das Abo verteuert sich von 9,99 auf 13,99 Euro.')).toContain('conflict amount €12.99|13,99 Euro');
    expect(findings('The subscription will rise from €9.99 to €12.99.', 'Das Abo verteuert sich von 9,99 auf 12,99 Euro.')).toEqual(['match amount €9.99|9,99', 'match amount €12.99|12,99 Euro']);
    expect(findings('Prices range from €10 to €20.', 'Die Preise liegen zwischen 10 und 20 Euro.')).toEqual(['match amount €10 to €20|10 und 20 Euro']);
  });

  it('reads seasons, and days named from today, and compares them only with their kind', () => {
    expect(findings('The election will be held in autumn 2027.', 'Gewählt wird im Frühjahr 2027.')).toEqual(['conflict date autumn 2027|Frühjahr 2027']);
    expect(findings('The election will be held in autumn 2027.', 'Gewählt wird im Herbst 2027.')).toEqual(['match date autumn 2027|Herbst 2027']);
    expect(findings('The minister travels to Kyiv tomorrow.', 'Die Ministerin reist heute nach Kiew.')).toContain('conflict date tomorrow|heute');
    expect(findings('The minister travels to Kyiv tomorrow.', 'Die Ministerin reist morgen nach Kiew.')).toContain('match date tomorrow|morgen');
    expect(findings('She arrived this morning.', 'Sie kam heute Morgen an.')).toEqual(['match date this morning|heute']);
    // Alone they are no finding: "today" is as often "nowadays".
    expect(findings('Today most systems use UTF-8.', 'Die meisten Systeme verwenden UTF-8.').filter((f) => f.includes(' date '))).toEqual([]);
    expect(findings('The museum is open in the summer holidays.', 'Das Museum ist in den Sommerferien geöffnet.')).toEqual([]);
  });

  it('reads numbers inside German compounds of time and rank', () => {
    expect(findings('He signed a three-year contract.', 'Er unterschrieb einen Dreijahresvertrag.')).toEqual(['match quantity three-year|Dreijahresvertrag']);
    expect(findings('He signed a two-year contract.', 'Er unterschrieb einen Dreijahresvertrag.')).toEqual(['conflict quantity two-year|Dreijahresvertrag']);
    expect(findings('The second-division club sacked its coach.', 'Der Zweitligist hat seinen Trainer entlassen.')).toEqual(['match ordinal second|Zweitligist']);
    expect(findings('The third-division club sacked its coach.', 'Der Zweitligist hat seinen Trainer entlassen.')).toEqual(['conflict ordinal third|Zweitligist']);
  });

  it('reads hundredths of a second, and a duration written like a clock with its unit', () => {
    expect(findings('The athlete finished 0.04 seconds behind the winner.', 'Mit vier Hundertstelsekunden Rückstand gewann sie Silber.')).toEqual(['match quantity 0.04 seconds|vier Hundertstelsekunden']);
    expect(findings('The athlete finished 0.05 seconds behind the winner.', 'Mit vier Hundertstelsekunden Rückstand gewann sie Silber.')).toEqual(['conflict quantity 0.05 seconds|vier Hundertstelsekunden']);
    expect(findings('He won in 2 hours, 5 minutes and 12 seconds.', 'Er siegte in 2:05:12 Stunden.')).toEqual(['match quantity 2 hours, 5 minutes and 12 seconds|2:05:12']);
    expect(findings('He won in 2 hours, 6 minutes and 12 seconds.', 'Er siegte in 2:05:12 Stunden.')).toEqual(['conflict quantity 2 hours, 6 minutes and 12 seconds|2:05:12']);
    expect(findings('The film runs 105 minutes.', 'Der Film dauert 1:45 h.')).toEqual(['match quantity 105 minutes|1:45 h']);
    expect(findings('The meeting starts at 2:05 p.m.', 'Die Sitzung beginnt um 14:05 Uhr.')).toEqual(['match time 2:05 p.m.|14:05 Uhr']);
  });

  it('tells a value bounded from below from the same value bounded from above', () => {
    expect(findings('It struck shortly before midnight.', 'Es ereignete sich kurz nach Mitternacht.')).toEqual(['conflict time midnight|Mitternacht']);
    expect(findings('It struck shortly before midnight.', 'Es ereignete sich kurz vor Mitternacht.')).toEqual(['match time midnight|Mitternacht']);
    expect(findings('More than 1,300 firefighters were deployed.', 'Weniger als 1300 Feuerwehrleute waren im Einsatz.')).toEqual(['conflict number 1,300|1300']);
    expect(findings('More than 1,300 firefighters were deployed.', 'Über 1300 Feuerwehrleute waren im Einsatz.')).toEqual(['match number 1,300|1300']);
    // A bound on one side only, or an estimate, is no difference.
    expect(findings('About 1,300 firefighters were deployed.', 'Knapp 1300 Feuerwehrleute waren im Einsatz.')).toEqual(['match number 1,300|1300']);
    expect(findings('Almost 5 million people voted.', 'Knapp 5 Millionen Menschen stimmten ab.')).toEqual(['match number 5 million|5 Millionen']);
  });

  it('reads "von X auf Y" without a verb of change as a range, and compares no bound in a negated clause', () => {
    expect(findings('The battery charges from 0 to 80 per cent.', 'Der Akku lädt von 0 auf 80 Prozent.')).toEqual(['match percentage 0 to 80 per cent|0 auf 80 Prozent']);
    // "nicht über" = "below": neither a negation conflict nor a bound conflict.
    expect(findings('Store below 25 °C.', 'Nicht über 25 °C lagern.')).toEqual(['match quantity 25 °C|25 °C']);
    expect(findings('In theory, a 32-bit system cannot work with more than 4 GB of RAM.', 'Theoretisch kann ein 32-Bit-System nicht mit mehr als 4 GB RAM arbeiten.')).toContain('match quantity 4 GB|4 GB');
    expect(findings('It should not be used on systems with less than 780MB of memory.', 'Es sollte nicht auf Systemen verwendet werden, die weniger als 780MB Speicher haben.')).toContain('match quantity 780MB|780MB');
    expect(findings('The meeting did not end until shortly before midnight.', 'Die Sitzung endete erst kurz vor Mitternacht.')).toContain('match time midnight|Mitternacht');
  });

  it('reads a change and the level it reached after "by", and a bare hour after "at" where the sentence tells times', () => {
    expect(findings('The town grew by 3,200 to 48,500.', 'Die Stadt wuchs um 3200 auf 48.500 Einwohner.')).toEqual(['match number 3,200|3200', 'match number 48,500|48.500']);
    expect(findings('Subscriptions grew by 850,000 to 9.6 million.', 'Die Abos wuchsen um 850 Tsd. auf 9,6 Mio.')).toEqual(['match number 850,000|850 Tsd.', 'match number 9.6 million|9,6 Mio.']);
    expect(findings('Prices rose by 5 to 6 percent.', 'Die Preise stiegen um 5 bis 6 Prozent.')).toEqual(['match percentage 5 to 6 percent|5 bis 6 Prozent']);
    expect(findings('The shop opens at half past seven on weekdays and at eight on Saturdays.', 'Der Laden öffnet werktags um halb acht und samstags um 8 Uhr.')).toContain('match time eight|8 Uhr');
    expect(findings('The shop opens at eight.', 'Der Laden öffnet um 9 Uhr.')).toEqual(['conflict time eight|9 Uhr']);
    expect(findings('The link count starts at 2.', 'Die Anzahl beginnt bei 2.')).toEqual(['match number 2|2']);
  });

  it('reads an amount that ends a sentence as an amount, and a race time as a duration', () => {
    expect(findings('A croissant costs €2.10.', 'Ein Croissant kostet 2,10 Euro.')).toEqual(['match amount €2.10|2,10 Euro']);
    expect(findings('She won in 2:06:41.', 'Sie gewann in 2:06:41 Stunden.')).toEqual(['match quantity 2:06:41|2:06:41']);
    expect(findings('She won in 2:06:41.', 'Sie gewann in 2:07:41 Stunden.')).toEqual(['conflict quantity 2:06:41|2:07:41']);
  });

  it('gives the first of two days the month of the second', () => {
    expect(findings('The bridge is closed on 4 April and 11 April.', 'Die Brücke ist am 4. und am 11. April gesperrt.')).toEqual(['match date 4 April|4.', 'match date 11 April|11. April']);
    expect(findings('The bridge is closed on 5 April and 11 April.', 'Die Brücke ist am 4. und am 11. April gesperrt.')).toContain('conflict date 5 April|4.');
    expect(findings('The fair runs from 2 to 5 May 2026.', 'Die Messe läuft vom 2. bis 5. Mai 2026.')).toEqual(['match date 2|2.', 'match date 5 May 2026|5. Mai 2026']);
    expect(findings('Interviews are in the second week of February.', 'Die Gespräche sind in der zweiten Februarwoche.')).toEqual(['match ordinal second|zweiten', 'match date February|Februarwoche']);
  });

  it('reads "94 of every 100", a fiscal quarter, an index level in points and "am heutigen Abend"', () => {
    expect(findings('The vaccine was effective in 94 of every 100 participants.', 'Der Impfstoff wirkte bei 94 von 100 Teilnehmern.')).toEqual(['match number 94 of every 100|94 von 100']);
    expect(findings('It reported a profit for its fiscal fourth quarter.', 'Es meldete einen Gewinn im vierten Quartal seines Geschäftsjahres.')).toEqual(['match date fourth quarter|vierten Quartal']);
    expect(findings('The Dax closed at 19,384 points, up 1.2 percent.', 'Der Dax schloss bei 19.834 Punkten, 1,2 Prozent höher.')).toContain('conflict number 19,384|19.834');
    expect(findings('The storm will reach the coast tomorrow evening.', 'Der Sturm erreicht die Küste am heutigen Abend.')).toEqual(['conflict date tomorrow|heutigen']);
  });

  it('reads an ordinal of a scale word', () => {
    expect(findings('The museum welcomed its ten millionth visitor.', 'Das Museum begrüßte seinen zehnmillionsten Besucher.')).toEqual(['match ordinal ten millionth|zehnmillionsten']);
    expect(findings('The museum welcomed its ten millionth visitor.', 'Das Museum begrüßte seinen neunmillionsten Besucher.')).toEqual(['conflict ordinal ten millionth|neunmillionsten']);
  });
});
