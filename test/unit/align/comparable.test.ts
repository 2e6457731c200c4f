import { describe, expect, it } from 'vitest';
import { comparablePairs, comparableProbabilities } from '../../../src/align/comparable.js';
import { groupComparable, type ScoredPair } from '../../../src/align/comparableGroups.js';
import { Analyser } from '../../../src/analyse/features.js';
import { extractDocumentClaims } from '../../../src/claims/extract/document.js';
import { shippedLexicon } from '../../../src/lexicon/load.js';
import { PairMatcher } from '../../../src/score/match.js';
import type { AlignmentDocument } from '../../../src/core/types.js';
import { alignDocuments } from '../../../src/pipeline/alignDocuments.js';
import { DEFAULT_ALIGN_SETTINGS } from '../../../src/core/settings.js';
import { COMPARABLE_MODEL, checkModel } from '../../../src/score/comparableModel.js';
import { contextualScores } from '../../../src/score/context.js';

/** Two little reports, one sentence a line, aligned as comparable texts with the shipped lexicon and model. */
function align(en: string[], de: string[]): AlignmentDocument {
  const doc = (text: string) => ({ path: 'x', text, sha256: '', encoding: 'utf-8' as const });
  return alignDocuments([doc(en.join('\n')), doc(de.join('\n'))], { ...DEFAULT_ALIGN_SETTINGS, langs: ['en', 'de'], mode: 'comparable', presegmented: true });
}

/** The probability comparable mode gives each sentence pair of two little reports (one sentence a line). */
function probabilities(en: string[], de: string[]): (i: number, j: number) => number {
  const sentences = (texts: string[]) => texts.map((text) => ({ text, start: 0, end: text.length }));
  const analyser = new Analyser(shippedLexicon());
  const features = { en: analyser.analyseAll(en, 'en'), de: analyser.analyseAll(de, 'de') };
  const claims = extractDocumentClaims({ en: sentences(en), de: sentences(de) }, { negation: false, names: 'gazetteer' });
  const scored = comparablePairs(features.en, features.de, [], new PairMatcher(analyser.keyCount), analyser.keyCount, { claims });
  const p = comparableProbabilities(scored, en.length, de.length, COMPARABLE_MODEL);
  return (i, j) => p[scored.pairs.findIndex((pair) => pair.en === i && pair.de === j)]!;
}

/** The two-sided links, as [English indices, German indices]. */
function linked(result: AlignmentDocument): Array<[number[], number[]]> {
  return result.alignments.filter((l) => l.en.length && l.de.length).map((l) => [l.en, l.de]);
}

describe('comparable alignment with the shipped lexicon and model', () => {
  it('links a takeover reported with "acquires" to one reported with "übernommen", and nothing else', () => {
    const result = align(
      ['It rained in Hamburg all week.', 'Microsoft acquires Kinvolk.', 'The weather will improve on Monday.'],
      ['Zuerst sprach der Bürgermeister über Verkehr.', 'Microsoft hat Kinvolk übernommen.', 'Die Stadt plant neue Radwege.'],
    );
    expect(linked(result)).toEqual([[[1], [1]]]);
  });

  it('links in any order', () => {
    const result = align(
      ['Apple sold 74,468,000 phones in the quarter.', 'Chief executive Tim Cook said the watch will ship in April.', 'The shares fell 3.5 percent in New York.'],
      ['Die Aktie gab in New York um 3,5 Prozent nach.', 'Konzernchef Tim Cook kündigte die Uhr für April an.', 'Apple verkaufte im Quartal 74,5 Millionen Geräte.'],
    );
    expect(linked(result)).toEqual(
      expect.arrayContaining([
        [[0], [2]],
        [[1], [1]],
        [[2], [0]],
      ]),
    );
  });

  it('tells two sentences apart by a figure written differently on each side', () => {
    // Same words, different figures: only "74,468,000" = "74,5 Millionen" and "21,419,000" = "21,42 Millionen" decide.
    const p = probabilities(
      ['Apple sold 74,468,000 devices.', 'Apple sold 21,419,000 devices.', 'Analysts were surprised.'],
      ['Apple verkaufte 21,42 Millionen Geräte.', 'Apple verkaufte 74,5 Millionen Geräte.', 'Die Börse reagierte gelassen.'],
    );
    expect(p(0, 1)).toBeGreaterThan(p(0, 0) + 0.1);
    expect(p(1, 0)).toBeGreaterThan(p(1, 1) + 0.1);
  });

  it('tells two sentences apart by a name each language spells its own way', () => {
    const result = align(
      ['The singer won the contest for Austria.', 'The runner-up sang for the Netherlands.', 'The show was held in Copenhagen.'],
      ['Zweite wurde die Sängerin aus den Niederlanden.', 'Die Sängerin gewann den Wettbewerb für Österreich.', 'Die Show fand in Kopenhagen statt.'],
    );
    const pairs = linked(result);
    expect(pairs).toContainEqual([[0], [1]]);
    expect(pairs).toContainEqual([[1], [0]]);
  });

  it('does not link sentences that share only the names every sentence of the story has', () => {
    const result = align(
      ['Widgetco and Acme opened an office in Berlin.', 'It rained all day.', 'Acme bought Widgetco on Friday.'],
      ['Widgetco-Chef und Acme-Gründer trafen sich in Berlin.', 'Der Himmel war blau.', 'Acme hat Widgetco am Freitag gekauft.'],
    );
    const pairs = linked(result);
    expect(pairs).toContainEqual([[2], [2]]);
    expect(pairs.flatMap(([en]) => en)).not.toContain(1);
  });

  it('scores every link as a probability and keeps every sentence in exactly one entry', () => {
    const result = align(
      ['Kerber beat Williams 6-3, 6-3 to win Wimbledon.', 'Angelique Kerber won Wimbledon on Saturday.', 'The weather was fine.', 'Kerber is 30.'],
      ['Kerber gewann Wimbledon mit 6:3, 6:3 gegen Williams.', 'Die 30-Jährige aus Kiel feierte ihren dritten Grand-Slam-Titel.', 'Es regnete nicht.'],
    );
    for (const link of result.alignments) {
      expect(link.score).toBeGreaterThanOrEqual(0);
      expect(link.score).toBeLessThanOrEqual(1);
    }
    for (const lang of ['en', 'de'] as const) {
      const seen = result.alignments.flatMap((l) => l[lang]).sort((a, b) => a - b);
      expect(seen).toEqual(result.sentences[lang].map((_, k) => k));
    }
    expect(linked(result)).toContainEqual(expect.arrayContaining([expect.arrayContaining([0]), [0]]));
  });
});

describe('groupComparable: every sentence of a group corresponds to every sentence on its other side', () => {
  const table = (rows: number[][]) => {
    const pairs: ScoredPair[] = [];
    rows.forEach((row, en) => row.forEach((probability, de) => pairs.push({ en, de, probability })));
    return { pairs, probability: (en: number, de: number) => rows[en]![de]! };
  };
  const thresholds = { link: 0.5, mutual: 1.01, join: 0.4 };

  it('joins a headline that sums up two sentences into a 1-2 link', () => {
    const { pairs, probability } = table([
      [0.9, 0.6, 0.1],
      [0.1, 0.2, 0.1],
    ]);
    expect(groupComparable(pairs, probability, 2, 3, thresholds).map((g) => [g.en, g.de])).toEqual([[[0], [0, 1]]]);
  });

  it('never chains: a sentence joins only when it corresponds to every member on the other side', () => {
    // E0–D0, E1–D0 and E1–D1 are good, E0–D1 is not: E1 may join E0 with D0, but then D1 may not join them.
    const { pairs, probability } = table([
      [0.9, 0.05],
      [0.7, 0.6],
    ]);
    const groups = groupComparable(pairs, probability, 2, 2, thresholds);
    for (const g of groups) for (const i of g.en) for (const j of g.de) expect(probability(i, j)).toBeGreaterThanOrEqual(thresholds.join);
    expect(groups.map((g) => [g.en, g.de])).toEqual([[[0, 1], [0]]]);
  });

  it('opens a link from a lower probability when the pair is the best of both its sentences, if asked to', () => {
    const { pairs, probability } = table([
      [0.3, 0.1],
      [0.1, 0.05],
    ]);
    expect(groupComparable(pairs, probability, 2, 2, thresholds)).toEqual([]);
    expect(groupComparable(pairs, probability, 2, 2, { ...thresholds, mutual: 0.25 }).map((g) => [g.en, g.de])).toEqual([[[0], [0]]]);
  });

  it('gives a group the lowest probability of the pairs it claims', () => {
    const { pairs, probability } = table([[0.9, 0.45]]);
    expect(groupComparable(pairs, probability, 1, 2, thresholds)).toEqual([{ en: [0], de: [0, 1], probability: 0.45 }]);
  });
});

describe('the shipped comparable model', () => {
  it('has one weight per feature', () => {
    expect(() => checkModel(COMPARABLE_MODEL)).not.toThrow();
    expect(() => checkModel({ ...COMPARABLE_MODEL, pair: { bias: 0, weights: [1] } })).toThrow();
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
