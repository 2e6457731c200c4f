import { describe, expect, it } from 'vitest';
import { briefly, diffPair } from './diffPair.js';

const findings = (en: string, de: string) => diffPair(en, de).map(briefly);

/** Forms of political news, timetables, recipes and manuals, each with a perturbed twin the diff must still find. */
describe('politics, travel, recipes and manuals', () => {
  it('reads kitchen measures, micrograms, watts and nautical miles', () => {
    expect(findings('Stir in a teaspoon of vanilla extract.', 'Dann 1 TL Vanilleextrakt einrühren.')).toEqual(['match quantity teaspoon|1 TL']);
    expect(findings('Add two tablespoons of olive oil.', '2 TL Olivenöl hinzufügen.')).toEqual(['conflict quantity two tablespoons|2 TL']);
    expect(findings('Each capsule contains 500 µg of vitamin D.', 'Jede Kapsel enthält 500 Mikrogramm Vitamin D.')).toContain('match quantity 500 µg|500 Mikrogramm');
    expect(findings('Each capsule contains 500 mg of vitamin D.', 'Jede Kapsel enthält 500 µg Vitamin D.')).toContain('conflict quantity 500 mg|500 µg');
    expect(findings('Use only the supplied 20 W adapter.', 'Verwenden Sie nur das mitgelieferte 20-W-Netzteil.')).toEqual(['match quantity 20 W|20-W']);
    expect(findings('Keep at least 12 nautical miles from the coast.', 'Halten Sie mindestens 12 Seemeilen Abstand zur Küste.')).toEqual(['match quantity 12 nautical miles|12 Seemeilen']);
    expect(findings('Keep at least 12 nautical miles from the coast.', 'Halten Sie mindestens 12 Kilometer Abstand zur Küste.')).toEqual(['conflict quantity 12 nautical miles|12 Kilometer']);
  });

  it('reads "no later than" as a bound, not a negation', () => {
    expect(findings('Be at the gate no later than 30 minutes before departure.', 'Seien Sie spätestens 30 Minuten vor Abflug am Gate.')).toEqual(['match quantity 30 minutes|30 Minuten']);
    expect(findings('Be at the gate no later than 30 minutes before departure.', 'Seien Sie spätestens 20 Minuten vor Abflug am Gate.')).toEqual(['conflict quantity 30 minutes|20 Minuten']);
  });

  it('reads euros and cents as one sum', () => {
    expect(findings('A single journey costs 3 euros 20 cents.', 'Eine Einzelfahrt kostet 3,20 €.')).toEqual(['match amount 3 euros 20 cents|3,20 €']);
    expect(findings('A single journey costs 3 euros 20 cents.', 'Eine Einzelfahrt kostet 3,50 €.')).toEqual(['conflict amount 3 euros 20 cents|3,50 €']);
  });

  it('reads days of the week shortened in opening hours, and the first half of "Sonn- und Feiertage"', () => {
    expect(findings('Mon–Fri 9 a.m.–6 p.m.', 'Mo.–Fr. 9–18 Uhr.')).toEqual(['match date Mon|Mo.', 'match date Fri|Fr.', 'match time 9 a.m.|9', 'match time 6 p.m.|18 Uhr']);
    expect(findings('Mon–Fri 9 a.m.–6 p.m.', 'Mo.–Do. 9–18 Uhr.')).toContain('conflict date Fri|Do.');
    expect(findings('Fr. Meyer came.', 'Fr. Meyer kam.')).not.toContainEqual(expect.stringMatching(/date/));
    expect(findings('Route 5 does not run on Sundays or public holidays.', 'Die Linie 5 verkehrt nicht an Sonn- und Feiertagen.')).toContain('match date Sundays|Sonn-');
    expect(findings('Route 5 does not run on Saturdays or public holidays.', 'Die Linie 5 verkehrt nicht an Sonn- und Feiertagen.')).toContain('de-only date —|Sonn-');
  });

  it('reads a month in a German compound of a day or night', () => {
    expect(findings('It was the warmest October day since records began.', 'Es war der wärmste Oktobertag seit Beginn der Aufzeichnungen.')).toEqual(['match date October|Oktobertag']);
    expect(findings('It was the warmest October day since records began.', 'Es war der wärmste Novembertag seit Beginn der Aufzeichnungen.')).toEqual(['conflict date October|Novembertag']);
  });

  it('reads "under-6s" as children under six', () => {
    expect(findings('Under-6s travel free.', 'Kinder unter 6 Jahren fahren kostenlos.')).toEqual(['match quantity 6|6 Jahren']);
    expect(findings('Under-6s travel free.', 'Kinder unter 8 Jahren fahren kostenlos.')).toEqual(['conflict quantity 6|8 Jahren']);
  });

  it('reads "24 hours a day" as "always", which German says without a figure', () => {
    expect(findings('Reception is open 24 hours a day.', 'Die Rezeption ist rund um die Uhr geöffnet.')).toEqual([]);
    expect(findings('Reception is open 24 hours a day.', 'Die Rezeption ist 12 Stunden am Tag geöffnet.')).toContain('de-only quantity —|12 Stunden');
  });

  it('reads a four-digit time before its zone, and no clock in a figure', () => {
    expect(findings('The ceasefire took effect at 2300 CET.', 'Die Waffenruhe trat um 23.00 Uhr MEZ in Kraft.')).toEqual(['match time 2300|23.00 Uhr']);
    expect(findings('The ceasefire took effect at 2300 CET.', 'Die Waffenruhe trat um 22.00 Uhr MEZ in Kraft.')).toEqual(['conflict time 2300|22.00 Uhr']);
    expect(findings('Deportations rose by almost a quarter to 20,084.', 'Die Abschiebungen stiegen um fast ein Viertel auf 20.084.')).toEqual(['match number a quarter|ein Viertel', 'match number 20,084|20.084']);
  });

  it('reads "CDU/CSU" as one alliance', () => {
    expect(findings('The Social Democrats were ahead of the Christian Democrats.', 'Die SPD lag vor der CDU/CSU.')).toEqual(['match entity Social Democrats|SPD', 'match entity Christian Democrats|CDU']);
    expect(findings('The Social Democrats were ahead of the Christian Democrats.', 'Die SPD lag vor der FDP.')).toContainEqual(expect.stringMatching(/Christian Democrats/));
  });

  it('takes a name transliterated otherwise in both its names for the same person', () => {
    expect(findings('Volodymyr Zelensky addressed the assembly.', 'Wolodymyr Selenskyj sprach vor der Versammlung.')).toEqual(['match entity Volodymyr Zelensky|Wolodymyr Selenskyj']);
    // One name changed is another person: "Novak" is not "Nowak".
    expect(findings('Marta Novak addressed the assembly.', 'Marta Nowak sprach vor der Versammlung.')).not.toContainEqual(expect.stringMatching(/^match entity/));
  });

  it('reads a two-thirds majority', () => {
    expect(findings('It was carried by a two-thirds majority.', 'Er wurde mit Zweidrittelmehrheit angenommen.')).toEqual(['match number two-thirds|Zweidrittelmehrheit']);
    expect(findings('It was carried by a two-thirds majority.', 'Er wurde mit Dreiviertelmehrheit angenommen.')).toEqual(['en-only number two-thirds|—', 'de-only number —|Dreiviertelmehrheit']);
    expect(findings('The motion was carried by a two-thirds majority.', 'Der Antrag wurde mit Dreiviertelmehrheit angenommen.')).toEqual(['conflict number two-thirds|Dreiviertelmehrheit']);
  });

  it('takes initials for the other language\'s name of a body (gazetteer, from Ding)', () => {
    expect(findings('The European Court of Justice dismissed the complaint.', 'Der EuGH wies die Klage ab.')).toEqual(['match entity European Court of Justice|EuGH']);
    expect(findings('The ECJ dismissed the complaint.', 'Der Europäische Gerichtshof wies die Klage ab.')).toEqual(['match entity ECJ|Europäische Gerichtshof']);
    expect(findings('The European Court of Justice dismissed the complaint.', 'Der BGH wies die Klage ab.')).toEqual(['conflict entity European Court of Justice|BGH']);
    // A longer body's name is not the one it begins like.
    expect(findings('The European Court of Human Rights ruled.', 'Der Europäische Gerichtshof für Menschenrechte entschied.')).not.toContainEqual(expect.stringMatching(/conflict/));
  });
});
