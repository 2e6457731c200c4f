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
    expect(findings('Waits were between 90 minutes and two hours.', 'Man wartete zwischen anderthalb und zwei Stunden.')).toEqual(['match range 90 minutes and two hours|anderthalb und zwei Stunden']);
    expect(findings('Waits were between 60 minutes and two hours.', 'Man wartete zwischen anderthalb und zwei Stunden.')).toEqual(['conflict range 60 minutes and two hours|anderthalb und zwei Stunden']);
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
});
