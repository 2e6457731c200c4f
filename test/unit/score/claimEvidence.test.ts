import { describe, expect, it } from 'vitest';
import { extractDocumentClaims } from '../../../src/claims/extract/document.js';
import { ClaimEvidence, SOFT_NAME } from '../../../src/score/claimEvidence.js';

/** Claim evidence of two little documents, as comparable mode extracts it (figures and the gazetteer's names). */
function evidence(en: string[], de: string[]): ClaimEvidence {
  const sentences = (texts: string[]) => texts.map((text) => ({ text, start: 0, end: text.length }));
  return new ClaimEvidence(extractDocumentClaims({ en: sentences(en), de: sentences(de) }, { negation: false, names: 'gazetteer' }));
}

describe('ClaimEvidence: figures two reports share however they write them', () => {
  const cases: Array<[string, string, string]> = [
    ['rounding and scale words', 'Apple sold 74,468,000 phones.', 'Apple verkaufte 74,5 Millionen Geräte.'],
    ['currency and scale', 'The profit was $18 billion.', 'Der Gewinn lag bei 18 Milliarden Dollar.'],
    ['number words', 'It opened nine years late.', 'Er öffnete mit neun Jahren Verspätung.'],
    ['thousands separators', 'More than 500,000 people marched.', 'Mehr als 500 000 Menschen marschierten.'],
    ['a score', 'Kerber won 6-3, 6-3.', 'Kerber gewann 6:3, 6:3.'],
    ['an age', 'The 25-year-old won.', 'Die 25-Jährige gewann.'],
    ['an age in brackets', 'The 25-year-old won.', 'Müller (25) gewann.'],
    ['an approximate figure', 'Delegates from 195 countries agreed.', 'Delegierte aus fast 200 Staaten stimmten zu.'],
    ['percentage points in words', 'The bank raised rates by half a percentage point.', 'Die Bank erhöhte den Zins um einen halben Prozentpunkt.'],
    ['percent', 'Unemployment rose to 5.2 percent.', 'Die Arbeitslosenquote stieg auf 5,2 Prozent.'],
  ];
  for (const [phenomenon, en, de] of cases) {
    it(`${phenomenon}: "${en}" / "${de}"`, () => {
      // The German document's second sentence states another figure of the same kind.
      const e = evidence([en], [de, 'Im Vorjahr waren es 3 Prozent und 12 Millionen und 1990 noch 41 Jahre.']);
      expect(e.sharedFigures(0, 0)).toBeGreaterThan(0);
      expect(e.sharedFigures(0, 1)).toBe(0);
    });
  }

  it('weighs a figure every sentence repeats below one stated once', () => {
    const e = evidence(
      ['Facebook said 50 million accounts were hit.', 'The 50 million users must log in again.', 'It found the flaw on Tuesday, 25 September.'],
      ['50 Millionen Konten waren betroffen.', 'Die 50 Millionen Nutzer müssen sich neu anmelden.', 'Die Lücke wurde am 25. September entdeckt.'],
    );
    expect(e.sharedFigures(2, 2)).toBeGreaterThan(e.sharedFigures(0, 0));
  });
});

describe('ClaimEvidence: names each language spells its own way', () => {
  const cases: Array<[string, string, string]> = [
    ['an exonym', 'Conchita Wurst won for Austria.', 'Conchita Wurst gewann für Österreich.'],
    ['a translated institution', 'The White House said so.', 'Das Weiße Haus bestätigte das.'],
    ['an abbreviation', 'The IMF cut its forecast.', 'Der IWF senkte seine Prognose.'],
    ['a city', 'The final was played in Munich.', 'Das Finale fand in München statt.'],
  ];
  for (const [phenomenon, en, de] of cases) {
    it(`${phenomenon}: "${en}" / "${de}"`, () => {
      const e = evidence([en], [de, 'Das Spiel fand in Wien statt.']);
      expect(e.sharedNames(0, 0)).toBeGreaterThan(0);
      expect(e.sharedNames(0, 1)).toBe(0);
    });
  }

  it('a country\'s adjective confirms the country at a lower weight', () => {
    const e = evidence(['She is the first German woman to win.', 'She won for Germany.'], ['Sie gewann für Deutschland.']);
    expect(e.sharedNames(1, 0)).toBeGreaterThan(0);
    expect(e.sharedNames(0, 0)).toBeCloseTo(SOFT_NAME * e.sharedNames(1, 0), 5);
  });
});
