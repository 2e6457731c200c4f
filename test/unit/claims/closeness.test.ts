import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../src/claims/claim.js';
import { CLOSENESS, claimCloseness } from '../../../src/claims/closeness.js';
import { extractClaims } from '../../../src/claims/extract/index.js';

/** The first figure (not a name, not negation) each text states. */
function figure(text: string, lang: 'en' | 'de'): Claim {
  const claim = extractClaims(text, lang).find((c) => c.type !== 'entity' && c.type !== 'negation');
  if (!claim) throw new Error(`no figure in ${text}`);
  return claim;
}

const close = (en: string, de: string) => claimCloseness(figure(en, 'en'), figure(de, 'de'));

describe('claimCloseness: the same figure as two reporters write it', () => {
  it('equal values in any notation are the same', () => {
    expect(close('It earned $18 billion.', 'Es verdiente 18 Milliarden Dollar.')).toBe(CLOSENESS.same);
    expect(close('More than 500,000 marched.', 'Mehr als 500 000 marschierten.')).toBe(CLOSENESS.same);
    expect(close('More than 500,000 marched.', 'Mehr als 500.000 marschierten.')).toBe(CLOSENESS.same);
    expect(close('It lasted nine years.', 'Es dauerte neun Jahre.')).toBe(CLOSENESS.same);
    expect(close('Rates rose by half a percentage point.', 'Der Zins stieg um einen halben Prozentpunkt.')).toBe(CLOSENESS.same);
    expect(close('The Fed made a half-point cut.', 'Die Fed senkte um 0,5 Prozentpunkte.')).toBe(CLOSENESS.same);
  });

  it('a figure rounded or cut to fewer digits agrees with the precise one', () => {
    expect(close('Apple sold 74,468,000 iPhones.', 'Apple verkaufte 74,5 Millionen iPhones.')).toBe(CLOSENESS.rounded);
    expect(close('It sold more than 74 million iPhones.', 'Es verkaufte 74,5 Millionen iPhones.')).toBe(CLOSENESS.rounded);
    expect(close('Delegates from 195 countries agreed.', 'Delegierte aus fast 200 Staaten stimmten zu.')).toBe(CLOSENESS.rounded);
    // Small figures rounded are a weaker hint.
    expect(close('The stock rallied more than 5 percent.', 'Die Aktie sprang um 5,70 Prozent.')).toBe(CLOSENESS.roundedSmall);
  });

  it('a bare number stands for an age or a large amount, not for any figure', () => {
    expect(close('The 25-year-old won.', 'Müller (25) gewann.')).toBe(CLOSENESS.untyped);
    expect(close('The 30-year-old won.', 'Die 30 Jahre alte Siegerin gewann.')).toBe(CLOSENESS.same);
    expect(close('The 30-year-old won.', 'Die 30-Jährige gewann.')).toBe(CLOSENESS.same);
    expect(close('The deal is worth $7.5 billion.', 'Der Deal ist 7,5 Milliarden wert.')).toBeGreaterThan(0);
    expect(close('It could cost $1,000.', 'Der Saal hat 1000 Plätze.')).toBe(0);
    expect(close('Unemployment rose 5 percent.', 'Es kamen 5 Gäste.')).toBe(0);
  });

  it('different figures, and figures of different kinds, do not agree', () => {
    expect(close('It was founded in 2015.', 'Es wurde 2016 gegründet.')).toBe(0);
    expect(close('Apple sold 74.5 million.', 'Apple verkaufte 74,6 Millionen.')).toBe(0);
    expect(close('It fell 5 percent.', 'Es kostete 5 Dollar.')).toBe(0);
  });
});
