import { describe, expect, it } from 'vitest';
import { ClaimContexts, correspondence } from '../../../src/claims/context.js';
import { extractClaims } from '../../../src/claims/extract/index.js';
import type { Lang } from '../../../src/core/types.js';
import { shippedLexicon, shippedReverseLexicon } from '../../../src/lexicon/load.js';

const contexts = new ClaimContexts(shippedLexicon, shippedReverseLexicon);

/** The words around the claim written `claimText` in `text`, and the sentence's words. */
function context(text: string, lang: Lang, claimText: string) {
  const claims = extractClaims(text, lang);
  const claim = claims.findLast((c) => text.slice(c.start, c.end) === claimText)!;
  expect(claim, `${claimText} in ${text}`).toBeDefined();
  return { near: contexts.around({ text, start: claim.start, end: claim.end, claims }, lang), sentence: contexts.ofSentence(`${lang}:${text}`, text, lang) };
}

function about(en: [string, string], de: [string, string]) {
  const e = context(en[0], 'en', en[1]);
  const d = context(de[0], 'de', de[1]);
  return correspondence([e.near, d.near], () => [e.sentence, d.sentence]);
}

describe('what the words around a claim are about', () => {
  it('finds one subject through the lexicon, in either direction', () => {
    expect(about(['The building has 24 floors.', '24'], ['Das Gebäude hat 42 Stockwerke.', '42'])).toBe('same');
    expect(about(['Revenue rose to $5 billion.', '$5 billion'], ['Der Umsatz stieg auf 6 Mrd. Dollar.', '6 Mrd. Dollar'])).toBe('same');
  });

  it('finds two subjects only where a word near one claim stands elsewhere in the other sentence', () => {
    expect(
      about(['CoreOS, the company behind Container Linux, was acquired by Red Hat in early 2018.', 'early 2018'], ['Nach der Übernahme von CoreOS durch Red Hat wurde CoreOS Container Linux Anfang 2020 jedoch eingestellt.', 'Anfang 2020']),
    ).toBe('different');
    // Rephrased, with no word in common anywhere: too little to tell, so a conflict may stand.
    expect(about(['The train arrives at 6:50.', '6:50'], ['Er erreicht Frankfurt um 7:50 Uhr.', '7:50 Uhr'])).toBe('unknown');
  });

  it('reads an aside of a word or two together with the clauses around it', () => {
    expect(about(['The runner, aged 52, won the race.', '52'], ['Die 51-jährige Läuferin gewann das Rennen.', '51-jährige'])).toBe('same');
  });

  it('reads a claim in a sentence of thousands of claims as in a short one', () => {
    const clause = (k: number) => `in ${1990 + (k % 30)} it had ${k} users, `;
    const long = Array.from({ length: 5000 }, (_, k) => clause(k)).join('') + 'and the building has 24 floors.';
    expect([...context(long, 'en', '24').near]).toEqual([...context('and the building has 24 floors.', 'en', '24').near]);
  });
});
