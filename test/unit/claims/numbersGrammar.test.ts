import { describe, expect, it } from 'vitest';
// @ts-expect-error — plain JavaScript module shared with bench/claims/run.mjs
import { alignmentFor } from '../../../bench/claims/evaluate.mjs';
import type { Finding } from '../../../src/core/claims.js';
import type { Lang } from '../../../src/core/types.js';
import { diffClaims } from '../../../src/claims/index.js';
import { extractClaims } from '../../../src/claims/extract/index.js';

/** Each claim as [type, kind, text, value]. */
const claims = (lang: Lang, text: string) => extractClaims(text, lang).filter((c) => c.type !== 'entity' && c.type !== 'negation').map((c) => [c.type, c.kind, text.slice(c.start, c.end), c.value]);
/** Each finding as "status type en|de". */
const findings = (en: string, de: string) =>
  (diffClaims(alignmentFor({ id: 'n', en, de })) as Finding[]).filter((f) => f.type !== 'entity' && f.type !== 'negation').map((f) => `${f.status} ${f.type} ${f.en?.text ?? '—'}|${f.de?.text ?? '—'}`);

describe('per mille and spelled shares', () => {
  it.each([
    ['en', 'The tax is 3.5 per mille of the value.', [['percentage', 'percentage', '3.5 per mille', '3.5‰']]],
    ['en', 'The limit is 0.5‰.', [['percentage', 'percentage', '0.5‰', '0.5‰']]],
    ['de', 'Der Fahrer hatte 1,1 Promille im Blut.', [['percentage', 'percentage', '1,1 Promille', '1.1‰']]],
    ['de', 'Die Steuer beträgt 3,5 ‰.', [['percentage', 'percentage', '3,5 ‰', '3.5‰']]],
    ['en', 'Inflation fell by one percent and then by a percentage point.', [['percentage', 'percentage', 'one percent', '1%'], ['percentage', 'percentage', 'a percentage point', '1 pp']]],
    ['de', 'Die Quote stieg um ein Prozent, der Zins um einen Prozentpunkt.', [['percentage', 'percentage', 'ein Prozent', '1%'], ['percentage', 'percentage', 'einen Prozentpunkt', '1 pp']]],
  ] as const)('reads per mille as a share of its own unit, and "one"/"ein" before a share: %s %s', (lang, text, expected) => {
    expect(claims(lang, text)).toEqual(expected);
  });

  it('matches per mille with the same share in percent, and conflicts with another unit at the same figure', () => {
    expect(findings('The levy is 0.5 per mille of turnover.', 'Die Abgabe beträgt 0,05 Prozent des Umsatzes.')).toEqual(['match percentage 0.5 per mille|0,05 Prozent']);
    expect(findings('The levy is 4 per mille of turnover.', 'Die Abgabe beträgt 4 % des Umsatzes.')).toEqual(['conflict percentage 4 per mille|4 %']);
    expect(findings('Turnout rose by 2 percent.', 'Die Wahlbeteiligung stieg um 2 Prozentpunkte.')).toEqual(['conflict percentage 2 percent|2 Prozentpunkte']);
    expect(findings('Prices rose by one percent.', 'Die Preise stiegen um 1 %.')).toEqual(['match percentage one percent|1 %']);
    expect(findings('Prices rose by 1 percent.', 'Die Preise stiegen um einen Prozentpunkt.')).toEqual(['conflict percentage 1 percent|einen Prozentpunkt']);
  });
});

describe('fractions, shares of a group and every n-th member', () => {
  it.each([
    ['en', 'One in four voters stayed at home.', [['number', 'share', 'One in four', '0.25']]],
    ['en', 'Two out of three farms use it, and every other household.', [['number', 'share', 'Two out of three', '0.666666666667'], ['number', 'share', 'every other', '0.5']]],
    ['de', 'Jeder vierte Wähler blieb zu Hause, jede zweite Familie auch.', [['number', 'share', 'Jeder vierte', '0.25'], ['number', 'share', 'jede zweite', '0.5']]],
    ['de', 'Das wurde von zwei Fünfteln der Länder getragen.', [['number', 'share', 'zwei Fünfteln', '0.4']]],
    ['en', 'Three-fourths of the land and a sixth of the water.', [['number', 'share', 'Three-fourths', '0.75'], ['number', 'share', 'a sixth', '0.166666666667']]],
    ['de', 'Drei Viertel des Landes und ein Sechstel des Wassers.', [['number', 'share', 'Drei Viertel', '0.75'], ['number', 'share', 'ein Sechstel', '0.166666666667']]],
    ['en', 'The check runs every 20 mounts, and every 10 minutes.', [['number', 'share', 'every 20', '0.05'], ['quantity', 'duration', '10 minutes', '10 min']]],
  ] as const)('reads a share: %s %s', (lang, text, expected) => {
    expect(claims(lang, text)).toEqual(expected);
  });

  it('reads "every third party" and "jedem Dritten" (any third party) as no share', () => {
    expect(claims('en', 'It is sent to every third party.').filter((c) => c[1] === 'share')).toEqual([]);
    expect(claims('de', 'Sie müssen jedem Dritten eine Kopie anbieten.').filter((c) => c[1] === 'share')).toEqual([]);
  });

  it('matches a share however it is said, and conflicts with another share', () => {
    expect(findings('One in five pupils walks to school.', 'Ein Fünftel der Schüler geht zu Fuß zur Schule.')).toEqual(['match number One in five|Ein Fünftel']);
    expect(findings('A fifth of the pupils walk to school.', 'Jeder fünfte Schüler geht zu Fuß zur Schule.')).toEqual(['match number A fifth|Jeder fünfte']);
    expect(findings('Half the pupils walk to school.', 'Jeder zweite Schüler geht zu Fuß zur Schule.')).toEqual(['match number Half|Jeder zweite']);
    expect(findings('Half the pupils walk to school.', 'Ein Drittel der Schüler geht zu Fuß zur Schule.')).toEqual(['conflict number Half|Ein Drittel']);
    expect(findings('The bill was backed by three-quarters of the states.', 'Das Gesetz wurde von drei Vierteln der Länder getragen.')).toEqual(['match number three-quarters|drei Vierteln']);
  });

  it('takes one in N for the same number as N counted otherwise', () => {
    expect(findings('Every 20 mounts, the disk is checked.', 'Alle 20 Einhängevorgänge wird die Platte geprüft.')).toEqual(['match number Every 20|20']);
    expect(findings('The disk is checked every 20 mounts.', 'Die Platte wird bei jedem 20. Einhängen geprüft.')).toEqual(['match number every 20|jedem 20.']);
  });

  it('never pairs a share with a count', () => {
    expect(findings('A third of the 40 members voted.', 'Ein Drittel der 40 Mitglieder stimmte ab.')).toEqual(['match number A third|Ein Drittel', 'match number 40|40']);
    expect(findings('A third of the members voted.', 'Drei Mitglieder stimmten ab.').some((f) => f.startsWith('conflict'))).toBe(false);
  });
});

describe('changes by a fraction or a multiple', () => {
  it.each([
    ['en', 'Sales rose by a quarter.', [['number', 'factor', 'a quarter', '1.25×']]],
    ['en', 'Sales fell by a third last year.', [['number', 'factor', 'a third', '0.666666666667×'], ['date', 'relative-period', 'last year', 'year -1']]],
    ['en', 'Costs have been cut in half.', [['number', 'factor', 'cut in half', '0.5×']]],
    ['de', 'Der Umsatz ist um ein Viertel gestiegen.', [['number', 'factor', 'ein Viertel', '1.25×']]],
    ['de', 'Der Umsatz ging um drei Viertel zurück.', [['number', 'factor', 'drei Viertel', '0.25×']]],
    ['de', 'Die Kosten haben sich um die Hälfte verringert.', [['number', 'factor', 'die Hälfte', '0.5×']]],
    ['de', 'Die Preise stiegen auf das Doppelte.', [['number', 'factor', 'Doppelte', '2×']]],
    // Before a comparative the fraction is the change too; without either it is a share, and "a third party" is none.
    ['de', 'Das Haus ist um ein Drittel größer.', [['number', 'factor', 'ein Drittel', '1.33333333333×']]],
    ['de', 'Ein Drittel der Fläche ist bebaut.', [['number', 'share', 'Ein Drittel', '0.333333333333']]],
    ['en', 'The data was reduced by a third party.', [['ordinal', 'ordinal', 'third', '#3']]],
    ['de', 'Er hat die doppelte Staatsbürgerschaft.', []],
  ] as const)('reads a change as a multiple of the old value: %s %s', (lang, text, expected) => {
    expect(claims(lang, text)).toEqual(expected);
  });

  it('matches the same change said in other words, and conflicts with another', () => {
    expect(findings('Ticket sales have halved.', 'Der Kartenverkauf ist um die Hälfte gesunken.')).toEqual(['match number halved|die Hälfte']);
    expect(findings('Ticket sales have been cut in half.', 'Der Kartenverkauf hat sich halbiert.')).toEqual(['match number cut in half|halbiert']);
    expect(findings('Ticket sales have halved.', 'Der Kartenverkauf ist um ein Drittel gesunken.')).toEqual(['conflict number halved|ein Drittel']);
    expect(findings('Ticket sales rose by half.', 'Der Kartenverkauf hat sich halbiert.')).toEqual(['conflict number half|halbiert']);
    expect(findings('Rents fell by a fifth.', 'Die Mieten sanken um ein Fünftel.')).toEqual(['match number a fifth|ein Fünftel']);
    expect(findings('Exports grew tenfold.', 'Die Ausfuhren stiegen um das Zehnfache.')).toEqual(['match number tenfold|Zehnfache']);
    expect(findings('Exports doubled.', 'Die Ausfuhren stiegen um das Doppelte.')).toEqual(['match number doubled|Doppelte']);
    expect(findings('Exports trebled.', 'Die Ausfuhren haben sich vervierfacht.')).toEqual(['conflict number trebled|vervierfacht']);
  });
});

describe('inexact quantities', () => {
  it.each([
    ['en', 'Hundreds of fans and tens of thousands of viewers watched.', [['number', 'magnitude', 'Hundreds', 'hundreds'], ['number', 'magnitude', 'tens of thousands', 'tens of thousands']]],
    ['de', 'Hunderte Fans und Zehntausende von Zuschauern sahen zu.', [['number', 'magnitude', 'Hunderte', 'hundreds'], ['number', 'magnitude', 'Zehntausende', 'tens of thousands']]],
    ['en', 'Several thousand pages and half a dozen chapters.', [['number', 'magnitude', 'Several thousand', 'thousands'], ['number', 'number', 'half a dozen', '6']]],
    ['de', 'Mehrere tausend Seiten und ein halbes Dutzend Kapitel, 3 Millionen Leser.', [['number', 'magnitude', 'Mehrere tausend', 'thousands'], ['number', 'number', 'ein halbes Dutzend', '6'], ['number', 'number', '3 Millionen', '3000000']]],
    ['en', 'Several hundred thousand people and a few hundred thousand more.', [['number', 'magnitude', 'Several hundred thousand', 'hundreds of thousands'], ['number', 'magnitude', 'a few hundred thousand', 'hundreds of thousands']]],
    ['de', 'Mehrere hunderttausend Menschen kamen.', [['number', 'magnitude', 'Mehrere hunderttausend', 'hundreds of thousands']]],
    // A plural before a noun it qualifies is no magnitude.
    ['en', 'Set the thousands separator.', []],
  ] as const)('reads a magnitude said without a figure: %s %s', (lang, text, expected) => {
    expect(claims(lang, text)).toEqual(expected);
  });

  it('matches a magnitude with the same one and conflicts with another', () => {
    expect(findings('Thousands of pilgrims came.', 'Tausende Pilger kamen.')).toEqual(['match number Thousands|Tausende']);
    expect(findings('Millions of pilgrims came.', 'Millionen von Pilgern kamen.')).toEqual(['match number Millions|Millionen']);
    expect(findings('Thousands of pilgrims came.', 'Hunderttausende Pilger kamen.')).toEqual(['conflict number Thousands|Hunderttausende']);
    expect(findings('Half a dozen pilgrims came.', 'Ein Dutzend Pilger kam.')).toEqual(['conflict number Half a dozen|Ein Dutzend']);
  });

  it('reads an unseparated four-digit number after a bound of quantity as a count, and keeps years', () => {
    expect(findings('The hall seats up to 1,800 guests.', 'Der Saal fasst bis zu 1800 Gäste.')).toEqual(['match number 1,800|1800']);
    expect(findings('The hall seats up to 1,900 guests.', 'Der Saal fasst bis zu 1800 Gäste.')).toEqual(['conflict number 1,900|1800']);
    expect(findings('About 1,850 guests came.', 'Etwa 1950 Gäste kamen.')).toEqual(['conflict number 1,850|1950']);
    expect(claims('de', 'Das Haus wurde circa 1850 erbaut und steht bis 2030.')).toEqual([['date', 'date', '1850', '1850'], ['date', 'date', '2030', '2030']]);
  });
});

describe('units swapped at the same figure', () => {
  it.each([
    ['en', 'Gusts of 25 m/s and 25 metres per second.', [['quantity', 'speed', '25 m/s', '25 m/s'], ['quantity', 'speed', '25 metres per second', '25 m/s']]],
    ['en', 'It stores 430 MWh, or 430 megawatt-hours, and 5 kilowatt hours.', [['quantity', 'energy', '430 MWh', '430 MWh'], ['quantity', 'energy', '430 megawatt-hours', '430 MWh'], ['quantity', 'energy', '5 kilowatt hours', '5 kWh']]],
    ['de', 'Er speichert 430 Megawattstunden.', [['quantity', 'energy', '430 Megawattstunden', '430 MWh']]],
  ] as const)('reads metres per second and energy units: %s %s', (lang, text, expected) => {
    expect(claims(lang, text)).toEqual(expected);
  });

  it('conflicts where an area stands for a volume, a power for an energy, a speed for another', () => {
    expect(findings('The cellar has 60 m² of space.', 'Der Keller bietet 60 m³ Platz.')).toEqual(['conflict quantity 60 m²|60 m³']);
    expect(findings('The battery holds 80 kWh.', 'Die Batterie fasst 80 kW.')).toEqual(['conflict quantity 80 kWh|80 kW']);
    expect(findings('Winds reached 30 m/s.', 'Der Wind erreichte 30 km/h.')).toEqual(['conflict quantity 30 m/s|30 km/h']);
    expect(findings('Winds reached 20 m/s.', 'Der Wind erreichte 72 km/h.')).toEqual(['match quantity 20 m/s|72 km/h']);
    // Unrelated dimensions never pair.
    expect(findings('The pack weighs 5 kg.', 'Der Weg ist 5 km lang.').some((f) => f.startsWith('conflict'))).toBe(false);
  });
});

describe('pounds as money or weight', () => {
  it('reads pounds after a word of price as sterling, and pounds of something as a weight', () => {
    expect(claims('en', 'A room costs 95 pounds.')).toEqual([['amount', 'amount', '95 pounds', '95 GBP']]);
    expect(claims('en', 'The fee is 30 pounds.')).toEqual([['amount', 'amount', '30 pounds', '30 GBP']]);
    expect(claims('en', 'She paid 12 pounds for 3 pounds of cherries.')).toEqual([['amount', 'amount', '12 pounds', '12 GBP'], ['quantity', 'mass', '3 pounds', '3 lb']]);
    expect(claims('en', 'The baby weighs 8 pounds.')).toEqual([['quantity', 'mass', '8 pounds', '8 lb']]);
    expect(findings('A room costs 95 pounds.', 'Ein Zimmer kostet 95 Franken.')).toEqual(['conflict amount 95 pounds|95 Franken']);
  });
});
