import { describe, expect, it } from 'vitest';
import { UserError } from '../../../src/core/errors.js';
import { parseCreationDate, parseTmxLangs, resolveCreationDate } from '../../../src/cli/exportOptions.js';
import { resolveTmxLangs } from '../../../src/write/tmx.js';

describe('parseTmxLangs', () => {
  it('takes the English then the German code', () => {
    expect(parseTmxLangs('en-US,de-DE')).toEqual({ source: 'en-US', target: 'de-DE' });
    expect(parseTmxLangs('en, de-CH')).toEqual({ source: 'en', target: 'de-CH' });
    expect(parseTmxLangs('de-DE,en-US')).toEqual({ source: 'de-DE', target: 'en-US' });
  });

  it.each(['en', 'en,de,fr', 'en,', 'en_US,de_DE', 'en-US,en-GB'])('refuses %j with a UserError', (value) => {
    expect(() => parseTmxLangs(value)).toThrow(UserError);
  });

  it('must name the alignment\'s languages in order, which the TMX writer checks', () => {
    expect(resolveTmxLangs(undefined, ['en', 'de'])).toEqual({ en: 'en', de: 'de', source: 'en' });
    expect(resolveTmxLangs(undefined, ['de', 'fr'])).toEqual({ en: 'de', de: 'fr', source: 'en' });
    expect(resolveTmxLangs(parseTmxLangs('de-CH,fr-CH'), ['de', 'fr'])).toEqual({ en: 'de-CH', de: 'fr-CH', source: 'en' });
    // Either side may be the source: German first makes the `de` role the source.
    expect(resolveTmxLangs(parseTmxLangs('de-DE,en-US'), ['en', 'de'])).toEqual({ en: 'en-US', de: 'de-DE', source: 'de' });
    expect(resolveTmxLangs(parseTmxLangs('fr-CH,de-CH'), ['de', 'fr'])).toEqual({ en: 'de-CH', de: 'fr-CH', source: 'de' });
    expect(() => resolveTmxLangs(parseTmxLangs('en,fr'), ['en', 'de'])).toThrow(UserError);
    expect(() => resolveTmxLangs(parseTmxLangs('en,de'), ['de', 'fr'])).toThrow(/the codes must name German \(de…\) and fr…, the source language first/);
  });
});

describe('parseCreationDate', () => {
  it('reads the TMX form, ISO 8601 and a bare date as UTC', () => {
    expect(parseCreationDate('20240131T123456Z').toISOString()).toBe('2024-01-31T12:34:56.000Z');
    expect(parseCreationDate('2024-01-31T13:34:56+01:00').toISOString()).toBe('2024-01-31T12:34:56.000Z');
    expect(parseCreationDate('2024-01-31').toISOString()).toBe('2024-01-31T00:00:00.000Z');
  });

  it('"now" is the clock, to the second', () => {
    expect(parseCreationDate('now', () => new Date(Date.UTC(2024, 0, 31, 12, 0, 0, 789))).toISOString()).toBe('2024-01-31T12:00:00.000Z');
  });

  it.each(['yesterday', '2024-13-01', '2024-02-31', '20230229T000000Z', '2024-01-31T12:00', '20240131', ''])('refuses %j', (value) => {
    expect(() => parseCreationDate(value)).toThrow(UserError);
  });
});

describe('resolveCreationDate', () => {
  const option = new Date(Date.UTC(2020, 5, 1));

  it('prefers --creation-date, then SOURCE_DATE_EPOCH, then the epoch (never the wall clock)', () => {
    expect(resolveCreationDate(option, '1700000000')).toBe(option);
    expect(resolveCreationDate(undefined, '1700000000').toISOString()).toBe('2023-11-14T22:13:20.000Z');
    expect(resolveCreationDate(undefined, undefined).getTime()).toBe(0);
    expect(resolveCreationDate(undefined, '').getTime()).toBe(0);
  });

  it.each(['abc', '-5', '1.5', '99999999999999'])('refuses SOURCE_DATE_EPOCH=%s', (value) => {
    expect(() => resolveCreationDate(undefined, value)).toThrow(/SOURCE_DATE_EPOCH/);
  });
});
