import { describe, expect, it } from 'vitest';
// @ts-expect-error — plain JavaScript module shared with bench/claims/run.mjs
import { alignmentFor } from '../../../bench/claims/evaluate.mjs';
import { extractClaims } from '../../../src/claims/extract/index.js';
import { diffClaims } from '../../../src/claims/index.js';
import type { Finding } from '../../../src/core/claims.js';
import type { Lang } from '../../../src/core/types.js';

/** [type, kind, surface text, value] of every claim in the sentence, negation cues left out. */
function claims(lang: Lang, text: string): Array<[string, string, string, string]> {
  return extractClaims(text, lang)
    .filter((c) => c.type !== 'negation')
    .map((c) => [c.type, c.kind, text.slice(c.start, c.end), c.value]);
}

/** The findings of one parallel link between two sentences. */
function diff(en: string, de: string): Finding[] {
  return diffClaims(alignmentFor({ id: 'pair', en, de }));
}
const statuses = (en: string, de: string) => diff(en, de).map((f) => `${f.status} ${f.type}`);

describe('clock times in words', () => {
  it.each([
    ['de', 'Wir treffen uns um halb acht.', 'halb acht', '07:30'],
    ['de', 'Wir treffen uns um halb acht abends.', 'halb acht abends', '19:30'],
    ['de', 'Wir treffen uns um viertel nach acht.', 'viertel nach acht', '08:15'],
    ['de', 'Wir treffen uns um Viertel vor acht.', 'Viertel vor acht', '07:45'],
    ['de', 'Wir treffen uns um dreiviertel acht.', 'dreiviertel acht', '07:45'],
    ['de', 'Wir treffen uns um fünf vor halb acht.', 'fünf vor halb acht', '07:25'],
    ['de', 'Wir treffen uns um halb 8.', 'halb 8', '07:30'],
    ['de', 'Wir treffen uns um acht Uhr abends.', 'acht Uhr abends', '20:00'],
    ['de', 'Wir treffen uns um 8 Uhr abends.', '8 Uhr abends', '20:00'],
    ['de', 'Wir treffen uns um elf Uhr nachts.', 'elf Uhr nachts', '23:00'],
    ['de', 'Wir treffen uns um Viertel nach sechs am Morgen.', 'Viertel nach sechs am Morgen', '06:15'],
    ['de', 'Wir treffen uns um Viertel nach sechs am Abend.', 'Viertel nach sechs am Abend', '18:15'],
    ['de', 'Wir treffen uns um zwei Uhr nachts.', 'zwei Uhr nachts', '02:00'],
    ['de', 'Wir treffen uns um 20.30 Uhr.', '20.30 Uhr', '20:30'],
    ['de', 'Wir treffen uns am Mittag.', 'Mittag', '12:00'],
    ['de', 'Wir treffen uns um Mitternacht.', 'Mitternacht', '00:00'],
    ['en', 'We meet at half past seven.', 'half past seven', '07:30'],
    ['en', 'We meet at a quarter to eight.', 'a quarter to eight', '07:45'],
    ['en', 'We meet at quarter past eight in the evening.', 'quarter past eight in the evening', '20:15'],
    ['en', "We meet at eight o'clock.", "eight o'clock", '08:00'],
    ['en', 'We meet at eight p.m.', 'eight p.m.', '20:00'],
    ['en', 'We meet at 7:30 in the evening.', '7:30 in the evening', '19:30'],
    ['en', 'We meet at noon.', 'noon', '12:00'],
    ['en', 'We meet at 12 midnight.', '12 midnight', '00:00'],
  ] as const)('%s: %s', (lang, text, surface, value) => {
    expect(claims(lang, text)).toEqual([['time', 'time', surface, value]]);
  });

  it('leaves counts, ranges and names alone', () => {
    expect(claims('de', 'Er kam vor acht Jahren.').map((c) => c[0])).not.toContain('time');
    expect(claims('de', 'Sie ist halb so groß.').map((c) => c[0])).toEqual(['number']);
    expect(claims('de', 'Wir essen zu Mittag.')).toEqual([]);
    expect(claims('en', 'It takes five to ten minutes.').map((c) => c[0])).not.toContain('time');
    expect(claims('en', 'Install Midnight Commander first.').map((c) => c[0])).not.toContain('time');
  });

  it('lets a 12-hour time without a part of the day agree with either half, and nothing else', () => {
    expect(statuses('We meet at 7:30 p.m.', 'Wir treffen uns um halb acht.')).toEqual(['match time']);
    expect(statuses('We meet at half past seven.', 'Wir treffen uns um 19:30 Uhr.')).toEqual(['match time']);
    expect(statuses('We meet at half past seven.', 'Wir treffen uns um halb neun.')).toEqual(['conflict time']);
    expect(statuses('We meet at 7:30 a.m.', 'Wir treffen uns um halb acht abends.')).toEqual(['conflict time']);
    expect(statuses('We meet at noon.', 'Wir treffen uns um Mitternacht.')).toEqual(['conflict time']);
  });
});

describe('factors and numbers inside words', () => {
  it.each([
    ['de', 'Der Umsatz hat sich verdreifacht.', 'verdreifacht', '3×'],
    ['de', 'Der Umsatz hat sich verdoppelt.', 'verdoppelt', '2×'],
    ['de', 'Es ist fünfmal so viel.', 'fünfmal', '5×'],
    ['de', 'Es ist fünf Mal so viel.', 'fünf Mal', '5×'],
    ['de', 'Der Wert stieg zweifach.', 'zweifach', '2×'],
    ['de', 'Der Wert stieg auf das 10-Fache.', '10-Fache', '10×'],
    ['de', 'Er skaliert um den Faktor 1,2.', 'Faktor 1,2', '1.2×'],
    ['en', 'Revenue tripled.', 'tripled', '3×'],
    ['en', 'Revenue doubled.', 'doubled', '2×'],
    ['en', 'It is five times as much.', 'five times', '5×'],
    ['en', 'It grew twofold.', 'twofold', '2×'],
    ['en', 'It grew 10-fold.', '10-fold', '10×'],
    ['en', 'It scales by a factor of 1.2 in width.', 'factor of 1.2', '1.2×'],
  ] as const)('%s: %s', (lang, text, surface, value) => {
    expect(claims(lang, text)).toEqual([['number', 'factor', surface, value]]);
  });

  it.each([
    ['de', 'Es gab eine zehnprozentige Erhöhung.', ['percentage', 'percentage', 'zehnprozentige', '10%']],
    ['de', 'Es gab eine 10-prozentige Erhöhung.', ['percentage', 'percentage', '10-prozentige', '10%']],
    ['de', 'Es ist der zweitgrößte Hersteller.', ['ordinal', 'ordinal', 'zweitgrößte', '#2']],
    ['de', 'Der Viertplatzierte gewann.', ['ordinal', 'ordinal', 'Viertplatzierte', '#4']],
    ['en', "It is the country's second-largest maker.", ['ordinal', 'ordinal', 'second', '#2']],
    ['de', 'Der 80-Jährige gewann.', ['quantity', 'duration', '80-Jährige', '80 yr']],
    ['de', 'Der achtzigjährige Läufer gewann.', ['quantity', 'duration', 'achtzigjährige', '80 yr']],
    ['en', 'The runner, aged 80, won.', ['quantity', 'duration', '80', '80 yr']],
    ['en', 'The 80-year-old won.', ['quantity', 'duration', '80-year', '80 yr']],
  ] as const)('%s: %s', (lang, text, claim) => {
    expect(claims(lang, text)).toEqual([claim]);
  });

  it('is no ordinal in a fraction or a number word', () => {
    expect(claims('de', 'Sie erreichten das Viertelfinale.')).toEqual([]);
    expect(claims('de', 'Es ist der achtzigste Geburtstag.').map((c) => c[3])).not.toContain('#8');
  });

  it('conflicts between different factors, matches equal ones', () => {
    expect(statuses('Revenue tripled.', 'Der Umsatz hat sich verdreifacht.')).toEqual(['match number']);
    expect(statuses('Revenue tripled.', 'Der Umsatz hat sich vervierfacht.')).toEqual(['conflict number']);
    expect(statuses('The 80-year-old won.', 'Der 81-Jährige gewann.')).toEqual(['conflict quantity']);
  });
});

describe('currencies named by country, code or symbol', () => {
  it.each([
    ['de', 'Es kostet 50 australische Dollar.', '50 australische Dollar', '50 AUD'],
    ['de', 'Es kostet 50 australischen Dollar.', '50 australischen Dollar', '50 AUD'],
    ['en', 'It costs A$50.', 'A$50', '50 AUD'],
    ['en', 'It costs 50 Australian dollars.', '50 Australian dollars', '50 AUD'],
    ['en', 'It costs AUD 50.', 'AUD 50', '50 AUD'],
    ['de', 'Es kostet 50 schwedische Kronen.', '50 schwedische Kronen', '50 SEK'],
    ['en', 'It costs 50 Swedish kronor.', '50 Swedish kronor', '50 SEK'],
    ['en', 'It costs SEK 50.', 'SEK 50', '50 SEK'],
    ['de', 'Es kostet 50 kanadische Dollar.', '50 kanadische Dollar', '50 CAD'],
    ['en', 'It costs C$50.', 'C$50', '50 CAD'],
    ['de', 'Es kostet 50 norwegische Kronen.', '50 norwegische Kronen', '50 NOK'],
    ['de', 'Es kostet 50 dänischen Kronen.', '50 dänischen Kronen', '50 DKK'],
    ['de', 'Es kostet 50 japanische Yen.', '50 japanische Yen', '50 JPY'],
    ['de', 'Es kostet 50 Schweizer Franken.', '50 Schweizer Franken', '50 CHF'],
    ['de', 'Es kostet 2,5 Mio. Euro.', '2,5 Mio. Euro', '2500000 EUR'],
    ['de', 'Es kostet 3 Bio. Euro.', '3 Bio. Euro', '3000000000000 EUR'],
  ] as const)('%s: %s', (lang, text, surface, value) => {
    expect(claims(lang, text)).toEqual([['amount', 'amount', surface, value]]);
  });

  it('lets a bare dollar match any dollar of equal value and conflict with another value', () => {
    expect(statuses('It costs 50 dollars.', 'Es kostet 50 australische Dollar.')).toEqual(['match amount']);
    expect(diff('It costs $50.', 'Es kostet 50 kanadische Dollar.')[0]!.basis).toBe('partial');
    expect(statuses('It costs US$50.', 'Es kostet 50 Dollar.')).toEqual(['match amount']);
    expect(statuses('It costs 50 dollars.', 'Es kostet 60 australische Dollar.')).toEqual(['conflict amount']);
    expect(statuses('It costs A$50.', 'Es kostet 50 kanadische Dollar.')).toEqual(['conflict amount']);
    expect(statuses('It costs 50 dollars.', 'Es kostet 50 schwedische Kronen.')).toEqual(['conflict amount']);
  });
});

describe('ranges in German and English forms', () => {
  it.each([
    ['de', 'Befragt wurden 20- bis 30-Jährige.', '20- bis 30-Jährige', '20 yr..30 yr'],
    ['en', 'They asked 20- to 30-year-olds.', '20- to 30-year', '20 yr..30 yr'],
    ['en', 'They asked people aged 20-30.', '20-30', '20 yr..30 yr'],
    ['en', 'They asked people aged between 20 and 30.', '20 and 30', '20 yr..30 yr'],
    ['de', 'Sie sind 20–30 Jahre alt.', '20–30 Jahre', '20 yr..30 yr'],
    ['en', 'Tickets cost €10–20.', '€10–20', '10 EUR..20 EUR'],
    ['de', 'Karten kosten zwischen 10 und 20 Euro.', '10 und 20 Euro', '10 EUR..20 EUR'],
  ] as const)('%s: %s', (lang, text, surface, value) => {
    expect(claims(lang, text).filter((c) => c[0] === 'range').map((c) => [c[2], c[3]])).toEqual([[surface, value]]);
  });

  it('lets a bare dollar range match a range in any dollar', () => {
    expect(statuses('Tickets cost 10 to 20 dollars.', 'Karten kosten 10 bis 20 australische Dollar.')).toEqual(['match amount']);
  });
});

describe('quantities in one unit', () => {
  it('match only when equal; the 5% tolerance is for converted units', () => {
    expect(statuses('The road is 52 km long.', 'Die Straße ist 51 km lang.')).toEqual(['conflict quantity']);
    expect(statuses('The road is 5 miles long.', 'Die Straße ist 8 km lang.')).toEqual(['match quantity']);
  });
});
