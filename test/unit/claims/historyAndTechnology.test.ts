import { describe, expect, it } from 'vitest';
import { briefly, diffPair } from './diffPair.js';

const findings = (en: string, de: string) => diffPair(en, de).map(briefly);

/** Forms of history, society and technology reports, each with a perturbed twin the diff must still find. */
describe('history and technology', () => {
  it('reads a ruler\'s number, and the ruler\'s name translated', () => {
    expect(findings('Louis XIV ruled France for 72 years.', 'Ludwig XIV. regierte Frankreich 72 Jahre lang.')).toEqual([
      'match entity Louis|Ludwig',
      'match ordinal XIV|XIV.',
      'match entity France|Frankreich',
      'match quantity 72 years|72 Jahre',
    ]);
    expect(findings('Louis XIV ruled France for 72 years.', 'Ludwig XV. regierte Frankreich 72 Jahre lang.')).toContain('conflict ordinal XIV|XV.');
    expect(findings('Louis XIV ruled France for 72 years.', 'Heinrich XIV. regierte Frankreich 72 Jahre lang.')).toContain('conflict entity Louis|Heinrich');
    expect(findings('After World War II the city was rebuilt.', 'Nach dem Zweiten Weltkrieg wurde die Stadt wieder aufgebaut.')).toEqual(['match ordinal II|Zweiten']);
  });

  it('reads a century by its ordinal or its hundreds', () => {
    expect(findings('The cathedral was built in the 1200s.', 'Der Dom wurde im 13. Jahrhundert erbaut.')).toEqual(['match date 1200s|13. Jahrhundert']);
    expect(findings('The cathedral was built in the 13th century.', 'Der Dom wurde im 14. Jahrhundert erbaut.')).toEqual(['conflict date 13th century|14. Jahrhundert']);
  });

  it('reads "a quarter to midnight"', () => {
    expect(findings('The fire broke out at a quarter to midnight.', 'Das Feuer brach um 23.45 Uhr aus.')).toEqual(['match time a quarter to midnight|23.45 Uhr']);
    expect(findings('The fire broke out at a quarter to midnight.', 'Das Feuer brach um 23.15 Uhr aus.')).toEqual(['conflict time a quarter to midnight|23.15 Uhr']);
  });

  it('reads data rates, frequencies, nanometres and "ein Terabyte"', () => {
    expect(findings('Schools have at least 1 Gbit/s.', 'Schulen haben mindestens 1000 Mbit/s.')).toEqual(['match quantity 1 Gbit/s|1000 Mbit/s']);
    expect(findings('It reaches up to 4.05 GHz in a 3-nanometre process.', 'Er erreicht bis zu 4,05 MHz im 3-Nanometer-Verfahren.')).toEqual(['conflict quantity 4.05 GHz|4,05 MHz', 'match quantity 3-nanometre|3-Nanometer']);
    expect(findings('Storage can be expanded by up to 1 TB.', 'Der Speicher lässt sich um bis zu ein Terabyte erweitern.')).toEqual(['match quantity 1 TB|Terabyte']);
    expect(findings('Storage can be expanded by up to 2 TB.', 'Der Speicher lässt sich um bis zu ein Terabyte erweitern.')).toEqual(['conflict quantity 2 TB|Terabyte']);
  });

  it('reads losing a share of one\'s value as a change', () => {
    expect(findings('The share price fell by almost a fifth.', 'Die Aktie verlor fast ein Fünftel ihres Wertes.')).toEqual(['match number a fifth|ein Fünftel']);
    expect(findings('The share price fell by almost a fifth.', 'Die Aktie verlor fast ein Viertel ihres Wertes.')).toEqual(['conflict number a fifth|ein Viertel']);
  });
});
