import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/claims/extract/index.js';
import type { Lang } from '../../../src/core/types.js';
import { flaggedFindings } from './diffPair.js';

/** Each claim as "type text value". */
const claims = (text: string, lang: Lang) => extractClaims(text, lang).map((claim) => `${claim.type} ${text.slice(claim.start, claim.end)} ${claim.value}`);

describe('a fraction opening its clause', () => {
  it('is a fraction when hedged, or before an irregular past or a common verb', () => {
    expect(claims('The group made 7.5 billion dollars, of which about a fifth came from ticket sales.', 'en')).toContain('number a fifth 0.2');
    expect(claims('Most wear glasses for reading, while roughly a quarter need them all day.', 'en')).toContain('number a quarter 0.25');
    expect(claims('A third went home early.', 'en')).toContain('number A third 0.333333333333');
  });

  it('stays an ordinal before its noun', () => {
    expect(claims('A third wave hit the region.', 'en')).toEqual(['ordinal third #3']);
    expect(claims('The fifth series came out in 2020.', 'en')).toContain('ordinal fifth #5');
  });

  it('matches "etwa ein Fünftel"', () => {
    expect(flaggedFindings('The group made 7.5 billion dollars last year, of which about a fifth came from ticket sales.', 'Der Konzern erzielte im vergangenen Jahr 7,5 Mrd. Dollar, etwa ein Fünftel davon stammte aus dem Ticketverkauf.')).toEqual([]);
    expect(flaggedFindings('The group made 7.5 billion dollars last year, of which about a fifth came from ticket sales.', 'Der Konzern erzielte im vergangenen Jahr 7,5 Mrd. Dollar, etwa ein Viertel davon stammte aus dem Ticketverkauf.')).toEqual(['conflict number a fifth|ein Viertel']);
  });
});

describe('"mal" between two figures of a unit', () => {
  it('is a dimension, as "x" is', () => {
    expect(flaggedFindings('The ice rink is 60 metres long and 30 metres wide.', 'Die Eisbahn misst 60 mal 30 Meter.')).toEqual([]);
    expect(flaggedFindings('The ice rink is 60 metres long and 40 metres wide.', 'Die Eisbahn misst 60 mal 30 Meter.')).toEqual(['conflict quantity 40 metres|30 Meter']);
  });

  it('is a factor otherwise', () => {
    expect(claims('Der Umsatz stieg fünf Mal.', 'de')).toEqual(['number fünf Mal 5×']);
  });
});

describe('a German month in the genitive', () => {
  it('is the month after its article', () => {
    expect(claims('Vor allem wegen des kalten, verregneten Aprils meldete der Betreiber einen Verlust.', 'de')).toEqual(['date Aprils --04']);
    expect(flaggedFindings('The operator reported a loss, mainly due to the cold, wet April.', 'Vor allem wegen des kalten, verregneten Aprils meldete der Betreiber einen Verlust.')).toEqual([]);
  });

  it('is not a name ending in s without an article', () => {
    expect(claims('Augusts Bruder kam später.', 'de').filter((claim) => claim.startsWith('date'))).toEqual([]);
  });
});

describe('a capital letter opening a common noun', () => {
  it('is no name ("X-rays", "T-shirt")', () => {
    expect(claims('The clinic detects caries on X-rays.', 'en')).toEqual([]);
    expect(claims('He wore a T-shirt.', 'en')).toEqual([]);
    expect(claims('The B-52 bomber landed.', 'en')).toEqual(['entity B-52 b-52']);
  });
});

describe('noon, a decade to come, and a country by its people', () => {
  it('reads "kurz nach Mittag" as noon and "im kommenden Jahrzehnt" as one decade', () => {
    expect(flaggedFindings('The burial took place in pouring rain shortly after midday.', 'Die Beisetzung fand kurz nach Mittag bei strömendem Regen statt.')).toEqual([]);
    expect(flaggedFindings('Germans will pass on 300 billion euros each year over the next decade.', 'Die Deutschen werden im kommenden Jahrzehnt jährlich 300 Milliarden Euro vererben.')).toEqual([]);
    expect(claims('Die Familie wollte zu Mittag essen.', 'de')).toEqual([]);
  });

  it('finds a country in its people\'s "-aner" noun and in an "-ei" country\'s adjective', () => {
    expect(flaggedFindings('The swimmer from Brazil was second fastest in the heats.', 'Der Brasilianer schwamm in den Vorläufen die zweitschnellste Zeit.')).toEqual([]);
    expect(flaggedFindings('The canoeist from Slovakia won silver in Tokyo.', 'Die slowakische Kanutin gewann in Tokio Silber.')).toEqual([]);
    expect(flaggedFindings('The swimmer from Brazil was second fastest in the heats.', 'Der Mexikaner schwamm in den Vorläufen die zweitschnellste Zeit.')).toEqual(['en-only entity Brazil|—']);
  });
});

describe('a range', () => {
  it('is reported as a claim of the type of its ends', () => {
    expect(flaggedFindings('The average funeral costs between 7,000 and 10,000 euros.', 'Eine Beerdigung kostet zwischen 7.000 und 12.000 Euro.')).toEqual(['conflict amount 7,000 and 10,000 euros|7.000 und 12.000 Euro']);
    expect(flaggedFindings('The archive publishes the registers from 1850 to 1950.', 'Das Archiv veröffentlicht die Register der Jahre 1860 bis 1950.')).toEqual(['conflict date 1850 to 1950|1860 bis 1950']);
  });
});
