import { describe, expect, it } from 'vitest';
import { Analyser } from '../../../src/analyse/features.js';
import {
  alignComparable,
  COMPARABLE_THRESHOLD,
  comparableLinkScore,
  hasClaimEvidence,
  REPEAT_THRESHOLD,
  RESTATED_CONTAINMENT,
  RESTATED_THRESHOLD,
  translatedTokens,
} from '../../../src/align/comparable.js';
import { findCandidates } from '../../../src/align/candidates.js';
import { Lexicon } from '../../../src/lexicon/lexicon.js';
import { contextualScores } from '../../../src/score/context.js';
import { PairMatcher } from '../../../src/score/match.js';
import { round } from '../../../src/score/pair.js';
import { Salience } from '../../../src/score/salience.js';

const lexicon = Lexicon.fromStemTable(['bought\tkauft', 'bui\tkauft', 'fridai\tfreitag', 'factori\tfabrik', 'rain\tregnet', 'berlin\tberlin'].join('\n'));

function analyse(en: string[], de: string[]) {
  const analyser = new Analyser(lexicon);
  const features = { en: en.map((s) => analyser.analyse(s, 'en')), de: de.map((s) => analyser.analyse(s, 'de')) };
  return { ...features, matcher: new PairMatcher(analyser.keyCount), keyCount: analyser.keyCount };
}

describe('comparable alignment', () => {
  const en = [
    'Acme bought Widgetco on Friday.',
    'Acme is a company.',
    'Acme makes things.',
    'It rained in Berlin.',
    'Acme bought Widgetco, the maker of widgets.',
    'Acme has offices.',
  ];
  const de = ['Acme hat am Freitag Widgetco gekauft.', 'Acme ist eine Firma.', 'In Berlin regnete es.', 'Acme baut eine neue Fabrik.'];

  it('weighs rare shared words above names every sentence repeats', () => {
    const { en: e, de: d, matcher } = analyse(en, de);
    const salience = new Salience(e, d);
    // "Widgetco" and "Friday" are rare in the English text, "Acme" is everywhere.
    expect(salience.score(0, 0, e[0]!, d[0]!, matcher)).toBeGreaterThan(salience.score(1, 3, e[1]!, d[3]!, matcher));
  });

  it('links in any order, lets a repeated claim join its counterpart, and leaves the rest alone', () => {
    const { en: e, de: d, matcher, keyCount } = analyse(en, de);
    const candidates = findCandidates(e, d, matcher, keyCount, { maxDf: 12, perSentence: 6, minScore: 0 });
    const links = alignComparable(e, d, candidates, matcher);
    const pairs = links.map((l) => [l.en, l.de]);
    expect(pairs).toContainEqual([[0, 4], [0]]);
    expect(pairs).toContainEqual([[3], [2]]);
    for (const l of links) expect(l.score).toBeGreaterThanOrEqual(round(comparableLinkScore(COMPARABLE_THRESHOLD)));
    const linkedEn = links.flatMap((l) => l.en);
    expect(new Set(linkedEn).size).toBe(linkedEn.length);
    expect(linkedEn).not.toContain(5);
  });
});

describe('clause salience', () => {
  it('credits a claim stated in full even when its sentence adds unshared background', () => {
    // Same words; the comma makes "Acme bought Widgetco" a clause the German sentence covers completely.
    const background = 'Acme bought Widgetco{} a maker of garden tools whose best known product is a solar lawnmower.';
    const de = ['Acme kauft am Montag in Hamburg die Widgetco und stellt neue Pläne vor.', 'Der Himmel war blau.'];
    const withClause = analyse([background.replace('{}', ','), 'It rained.'], de);
    const withoutClause = analyse([background.replace('{}', ''), 'It rained.'], de);
    const score = (x: ReturnType<typeof analyse>) => new Salience(x.en, x.de).score(0, 0, x.en[0]!, x.de[0]!, x.matcher);
    expect(score(withClause)).toBeGreaterThan(score(withoutClause) + 0.1);
    expect(score(withClause)).toBeGreaterThanOrEqual(COMPARABLE_THRESHOLD);
    expect(score(withoutClause)).toBeLessThan(COMPARABLE_THRESHOLD);
  });

  it('ignores clauses of fewer than three content words', () => {
    // "Acme and Widgetco" would be a fully covered two-word clause; it must not lift the pair.
    const x = analyse(['Acme and Widgetco, the firms that make garden tools and solar lawnmowers for large estates.'], ['Acme und Widgetco wuchsen am Freitag.']);
    expect(new Salience(x.en, x.de).score(0, 0, x.en[0]!, x.de[0]!, x.matcher)).toBeLessThan(COMPARABLE_THRESHOLD);
  });
});

describe('a claim restated within one document', () => {
  const headline = 'Acme buys toolmaker Widgetco from its founders';
  const de = ['Nach langen Verhandlungen kauft Acme am Freitag Widgetco und zahlt dafür einen hohen Preis an die bisherigen Aktionäre.', 'In Berlin regnete es.'];
  const run = (body: string) => {
    const x = analyse([headline, body, 'It rained in Berlin.'], de);
    const salience = new Salience(x.en, x.de);
    const candidates = findCandidates(x.en, x.de, x.matcher, x.keyCount, { maxDf: 12, perSentence: 6, minScore: 0 });
    return {
      headlineScore: salience.score(0, 0, x.en[0]!, x.de[0]!, x.matcher),
      containment: salience.containment('en', 0, x.en[0]!, x.en[1]!, x.matcher),
      containedBody: salience.containment('en', 1, x.en[1]!, x.en[0]!, x.matcher),
      links: alignComparable(x.en, x.de, candidates, x.matcher).map((l) => [l.en, l.de]),
    };
  };

  it('lets a headline join its body sentence\'s link when one repeats the other, at a salience a plain repeat would not reach', () => {
    const restated = run('Acme bought the toolmaker Widgetco from its founders on Friday.');
    // The body says less than the headline, all of it in the headline's words (a pull quote and its full quotation).
    const contained = run('Acme bought Widgetco on Friday.');
    const neither = run('After months of talks with banks and unions, Acme bought Widgetco on Friday.');
    for (const r of [restated, contained, neither]) {
      expect(r.headlineScore).toBeGreaterThanOrEqual(RESTATED_THRESHOLD);
      expect(r.headlineScore).toBeLessThan(REPEAT_THRESHOLD);
    }
    expect(restated.containment).toBeGreaterThanOrEqual(RESTATED_CONTAINMENT);
    expect(restated.links).toContainEqual([[0, 1], [0]]);
    expect(contained.containment).toBeLessThan(RESTATED_CONTAINMENT);
    expect(contained.containedBody).toBeGreaterThanOrEqual(RESTATED_CONTAINMENT);
    expect(contained.links).toContainEqual([[0, 1], [0]]);
    expect(neither.containment).toBeLessThan(RESTATED_CONTAINMENT);
    expect(neither.containedBody).toBeLessThan(RESTATED_CONTAINMENT);
    expect(neither.links).toContainEqual([[1], [0]]);
  });
});

describe('claim evidence', () => {
  it('accepts a translated word or a shared number of two or more digits, not names alone or a single digit', () => {
    const { en: e, de: d } = analyse(
      ['Acme was founded in Berlin in 2015.', 'Acme has 2 offices in Berlin.', 'Acme bought Widgetco.'],
      ['Die Arbeit von Acme startete 2015 in Berlin.', 'Acme hat 2 Standorte in Berlin.', 'Acme kauft Widgetco.'],
    );
    expect(hasClaimEvidence(e[0]!, d[0]!)).toBe(true);
    expect(hasClaimEvidence(e[1]!, d[1]!)).toBe(false);
    expect(hasClaimEvidence(e[2]!, d[2]!)).toBe(true);
    expect(hasClaimEvidence(e[0]!, d[1]!)).toBe(false);
  });
});

describe('comparable link scores', () => {
  it('are probabilities that grow with salience, like parallel scores, so one --min-score serves both modes', () => {
    const scores = [0.2, 0.3, 0.35, 0.4, 0.6].map(comparableLinkScore);
    for (let k = 1; k < scores.length; k++) expect(scores[k]!).toBeGreaterThan(scores[k - 1]!);
    expect(scores[0]!).toBeLessThan(0.1);
    expect(scores[4]!).toBeGreaterThan(0.95);
  });
});

describe('translation evidence in comparable mode', () => {
  it('counts translated words, not names or words spelled alike', () => {
    const { en: e, de: d } = analyse(['Acme buys Widgetco in Berlin.', 'Widgetco and Acme in Berlin.'], ['Acme kauft Widgetco in Berlin.', 'Die Widgetco-Fabrik von Acme in Berlin.']);
    expect(translatedTokens(e[0]!, d[0]!)).toBe(1);
    expect(translatedTokens(e[1]!, d[0]!)).toBe(0);
    expect(translatedTokens(e[1]!, d[1]!)).toBe(0);
  });

  it('does not link sentences that share only names, unless there is no lexicon to tell', () => {
    const en = ['Widgetco and Acme opened an office in Berlin.', 'It rained all day.'];
    const de = ['Widgetco-Chef und Acme-Gründer trafen sich in Berlin.', 'Der Himmel war blau.'];
    const { en: e, de: d, matcher, keyCount } = analyse(en, de);
    const candidates = findCandidates(e, d, matcher, keyCount, { maxDf: 12, perSentence: 6, minScore: 0 });
    expect(alignComparable(e, d, candidates, matcher)).toEqual([]);
    expect(alignComparable(e, d, candidates, matcher, { lexicon: false }).map((l) => [l.en, l.de])).toEqual([[[0], [0]]]);
  });
});

describe('contextualScores', () => {
  it('raises a weak pair between confident neighbours and keeps omissions unscored', () => {
    const [, between] = contextualScores([0.95, 0.2, 0.95]);
    const [, alone] = contextualScores([0.1, 0.2, 0.1]);
    expect(between!).toBeGreaterThan(alone!);
    expect(contextualScores([0.9, undefined])[1]).toBeUndefined();
  });
});

describe('comparable alignment with the shipped lexicon', () => {
  it('links a takeover reported with "acquires" to one reported with "übernommen"', async () => {
    const { alignDocuments } = await import('../../../src/pipeline/alignDocuments.js');
    const doc = (text: string) => ({ path: 'x', text, sha256: '', encoding: 'utf-8' as const });
    const en = ['It rained in Hamburg all week.', 'Microsoft acquires Kinvolk.', 'The weather will improve on Monday.'].join('\n');
    const de = ['Zuerst sprach der Bürgermeister über Verkehr.', 'Microsoft hat Kinvolk übernommen.', 'Die Stadt plant neue Radwege.'].join('\n');
    const result = alignDocuments({ documents: [doc(en), doc(de)], langs: ['en', 'de'], mode: 'comparable', presegmented: true });
    const linked = result.alignments.filter((l) => l.en.length && l.de.length).map((l) => [l.en, l.de]);
    expect(linked).toEqual([[[1], [1]]]);
  });
});
