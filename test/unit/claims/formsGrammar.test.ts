import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/core/types.js';
import { extractClaims } from '../../../src/claims/extract/index.js';
import { briefly, diffPair } from './diffPair.js';

/** Each figure as [type, text, value]: names, negation, soft ordinals and periods named from now ("last year") left out. */
const claims = (lang: Lang, text: string) =>
  extractClaims(text, lang)
    .filter((c) => c.type !== 'entity' && c.type !== 'negation' && !c.soft && c.kind !== 'relative-period')
    .map((c) => [c.type, text.slice(c.start, c.end), c.value]);
/** Findings of a pair, names and negation left out. */
const findings = (en: string, de: string) => diffPair(en, de).filter((f) => f.type !== 'entity' && f.type !== 'negation').map(briefly);

describe('power and energy with every SI prefix', () => {
  it.each([
    ['en', 'The wind farms fed in 38 TWh.', [['quantity', '38 TWh', '38 TWh']]],
    ['en', 'The wind farms fed in 38 terawatt hours.', [['quantity', '38 terawatt hours', '38 TWh']]],
    ['en', 'The wind farms fed in 38 terawatt-hours.', [['quantity', '38 terawatt-hours', '38 TWh']]],
    ['de', 'Die Windparks speisten 38 Terawattstunden ein.', [['quantity', '38 Terawattstunden', '38 TWh']]],
    ['de', 'Das Kraftwerk lieferte 640 Gigawattstunden.', [['quantity', '640 Gigawattstunden', '640 GWh']]],
    ['en', 'A phone battery holds about 15 Wh, a laser pointer draws 5 mW.', [['quantity', '15 Wh', '15 Wh'], ['quantity', '5 mW', '5 mW']]],
    ['en', 'The region needs 2 TW of new capacity and 9 watt-hours per cell.', [['quantity', '2 TW', '2 TW'], ['quantity', '9 watt-hours', '9 Wh']]],
    ['de', 'Die Region braucht 2 Terawatt und 9 Wattstunden je Zelle.', [['quantity', '2 Terawatt', '2 TW'], ['quantity', '9 Wattstunden', '9 Wh']]],
  ] as const)('reads %s "%s"', (lang, text, expected) => {
    expect(claims(lang, text)).toEqual(expected);
  });

  it('matches the same energy in any prefix and conflicts with another', () => {
    expect(findings('The wind farms fed in 38 terawatt hours.', 'Die Windparks speisten 38 Terawattstunden ein.')).toEqual(['match quantity 38 terawatt hours|38 Terawattstunden']);
    expect(findings('The wind farms fed in 38 TWh.', 'Die Windparks speisten 38.000 Gigawattstunden ein.')).toEqual(['match quantity 38 TWh|38.000 Gigawattstunden']);
    expect(findings('The wind farms fed in 38 terawatt hours.', 'Die Windparks speisten 83 Terawattstunden ein.')).toEqual(['conflict quantity 38 terawatt hours|83 Terawattstunden']);
    expect(findings('The wind farms fed in 38 terawatt hours.', 'Die Windparks speisten 38 Gigawattstunden ein.')).toEqual(['conflict quantity 38 terawatt hours|38 Gigawattstunden']);
  });
});

describe('a numeral that numbers its kind', () => {
  it.each([
    ['en', 'The vaccine entered phase III in May.', 'phase III', '#3'],
    ['en', 'The vaccine entered phase 3 in May.', 'phase 3', '#3'],
    ['en', 'A phase-three study followed.', 'phase-three', '#3'],
    ['de', 'Eine Phase-III-Studie folgte.', 'Phase-III', '#3'],
    ['de', 'Der Impfstoff ging im Mai in Phase drei.', 'Phase drei', '#3'],
    ['en', 'Her father has type II diabetes.', 'type II', '#2'],
    ['de', 'Ihr Vater hat Typ-2-Diabetes.', 'Typ-2', '#2'],
    ['de', 'Ihr Vater hat Diabetes Typ 2.', 'Typ 2', '#2'],
    ['en', 'The tumour was found at stage IV.', 'stage IV', '#4'],
    ['de', 'Der Tumor wurde im Stadium 4 entdeckt.', 'Stadium 4', '#4'],
    ['en', 'The storm was upgraded to a Category Four.', 'Category Four', '#4'],
    ['de', 'Der Sturm erreichte Kategorie 4.', 'Kategorie 4', '#4'],
    ['de', 'Es gilt die Warnstufe 2 und Schutzklasse I.', 'Warnstufe 2', '#2'],
    ['en', 'A class I device at alert level 2.', 'class I', '#1'],
  ] as const)('reads %s "%s" as the ordinal', (lang, text, span, value) => {
    expect(claims(lang, text)).toContainEqual(['ordinal', span, value]);
  });

  it('leaves the verb "type" and words in lower case alone', () => {
    expect(claims('en', 'Type 3 and press Enter.')).toEqual([['number', '3', '3']]);
    expect(claims('en', 'Set the type x flag.')).toEqual([]);
    expect(claims('en', 'Raise the log level - or the phase, if any.')).toEqual([]);
  });

  it('matches Roman, Arabic and spelled numerals of a kind and conflicts with another number', () => {
    expect(findings('The vaccine is in phase III trials.', 'Der Impfstoff wird in Phase 3 getestet.')).toEqual(['match ordinal phase III|Phase 3']);
    expect(findings('A phase-three trial began in May.', 'Eine Phase-III-Studie begann im Mai.')).toEqual(['match ordinal phase-three|Phase-III', 'match date May|Mai']);
    expect(findings('The vaccine is in phase III trials.', 'Der Impfstoff wird in Phase II getestet.')).toEqual(['conflict ordinal phase III|Phase II']);
    expect(findings('Her father has type II diabetes.', 'Ihr Vater hat Typ-2-Diabetes.')).toEqual(['match ordinal type II|Typ-2']);
    expect(findings('Her father has type I diabetes.', 'Ihr Vater hat Typ-2-Diabetes.')).toEqual(['conflict ordinal type I|Typ-2']);
    expect(findings('The storm reached category 5.', 'Der Sturm erreichte Kategorie 4.')).toEqual(['conflict ordinal category 5|Kategorie 4']);
  });
});

describe('a hedged fraction of a change', () => {
  it.each([
    ['en', 'Ticket sales slid by almost a fifth.', 'a fifth', '0.8×'],
    ['en', 'Ticket sales fell almost a fifth last year.', 'a fifth', '0.8×'],
    ['en', 'Ticket sales rose by close to a third.', 'a third', '1.33333333333×'],
    ['en', 'Ticket sales dropped by well over a quarter.', 'a quarter', '0.75×'],
    ['en', 'The club lost nearly a fifth of its members.', 'a fifth', '0.8×'],
    ['de', 'Der Kartenverkauf ging um knapp ein Fünftel zurück.', 'ein Fünftel', '0.8×'],
    ['de', 'Der Kartenverkauf sank um deutlich mehr als ein Viertel.', 'ein Viertel', '0.75×'],
  ] as const)('reads %s "%s" as a factor', (lang, text, span, value) => {
    expect(claims(lang, text)).toEqual([['number', span, value]]);
  });

  it('keeps the ordinal where a noun follows, and reads no ordinal in a difference', () => {
    expect(claims('en', 'She started a fifth term on the third day.')).toEqual([['ordinal', 'fifth', '#5'], ['ordinal', 'third', '#3']]);
    expect(extractClaims('Attendance improved by almost a fifth.', 'en').filter((c) => c.type === 'ordinal')).toEqual([]);
  });

  it('matches the hedged change across the languages and conflicts with another fraction', () => {
    expect(findings('Ticket sales slid by almost a fifth.', 'Der Kartenverkauf ging um knapp ein Fünftel zurück.')).toEqual(['match number a fifth|ein Fünftel']);
    expect(findings('Ticket sales slid by almost a third.', 'Der Kartenverkauf ging um knapp ein Fünftel zurück.')).toEqual(['conflict number a third|ein Fünftel']);
    expect(findings('Ticket sales fell almost a fifth.', 'Der Kartenverkauf stieg um knapp ein Fünftel.')).toEqual(['conflict number a fifth|ein Fünftel']);
  });

  it('reads a loss of a fraction as a change wherever the verb of loss stands', () => {
    expect(findings('The lake has lost a third of its water.', 'Der See hat ein Drittel seines Wassers verloren.')).toEqual(['match number a third|ein Drittel']);
    expect(findings('A third of its water has been lost.', 'Der See verlor ein Drittel seines Wassers.')).toEqual(['match number A third|ein Drittel']);
    expect(findings('The lake has lost a quarter of its water.', 'Der See hat ein Drittel seines Wassers verloren.')).toEqual(['conflict number a quarter|ein Drittel']);
  });
});

describe('a German ordinal that begins a sentence', () => {
  it('reads it as an indefinite ordinal before its noun, and not before a verb', () => {
    const first = extractClaims('Erste Messungen ergaben einen Anstieg.', 'de').find((c) => c.type === 'ordinal');
    expect(first).toMatchObject({ value: '#1', unreported: true });
    expect(extractClaims('Er sagte: „Zweite Chancen gibt es selten.“', 'de').find((c) => c.type === 'ordinal')).toMatchObject({ value: '#2', unreported: true });
    expect(extractClaims('Dritte haben keinen Zugriff.', 'de').find((c) => c.type === 'ordinal')).toMatchObject({ soft: true });
  });

  it('matches the same ordinal, conflicts with another and is never reported alone', () => {
    expect(findings('The first measurements showed a rise.', 'Erste Messungen ergaben einen Anstieg.')).toEqual(['match ordinal first|Erste']);
    expect(findings('The second measurements showed a rise.', 'Erste Messungen ergaben einen Anstieg.')).toEqual(['conflict ordinal second|Erste']);
    expect(findings('Measurements showed a rise.', 'Erste Messungen ergaben einen Anstieg.')).toEqual([]);
  });
});
