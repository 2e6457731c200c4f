import { describe, expect, it } from 'vitest';
// @ts-expect-error — plain JavaScript module shared with bench/claims/run.mjs
import { alignmentFor, ofExpectedType } from '../../../bench/claims/evaluate.mjs';
// @ts-expect-error — plain JavaScript module, also a CLI (scripts/generate-claims-corpus.mjs)
import { generateCorpus, generatePairedCorpus } from '../../../scripts/generate-claims-corpus.mjs';
import type { Finding } from '../../../src/core/claims.js';
import { diffClaims } from '../../../src/claims/index.js';

interface Pair {
  id: string;
  expected: string;
  kind: string;
  en: string;
  de: string;
}

/**
 * The generated corpus (issue 19): every kind of claim in several English and German forms, each
 * value once as an equal pair and once with the German value changed. A perturbed pair must be a
 * conflict (not one side only); an equal pair must give neither a conflict nor a one-sided finding.
 */
describe('the generated claims corpus', () => {
  const pairs: Pair[] = generateCorpus({ seed: 19 });
  const results = pairs.map((pair) => ({ pair, findings: diffClaims(alignmentFor(pair)) as Finding[] }));
  const equal = results.filter((r) => r.pair.expected === 'faithful');
  const perturbed = results.filter((r) => r.pair.expected !== 'faithful');
  const describeMiss = (r: (typeof results)[number]) =>
    `${r.pair.id}: ${r.pair.en} / ${r.pair.de} → ${r.findings.map((f) => `${f.status} ${f.type} ${f.en?.value ?? '—'} / ${f.de?.value ?? '—'}`).join('; ')}`;

  it('has thousands of pairs of both classes, from every kind', () => {
    expect(equal.length).toBeGreaterThanOrEqual(1500);
    expect(perturbed.length).toBeGreaterThanOrEqual(1500);
    expect(new Set(pairs.map((p) => p.kind)).size).toBeGreaterThanOrEqual(15);
  });

  it('is the same corpus for the same seed, and another for another seed', () => {
    expect(generateCorpus({ seed: 19, draws: 3 })).toEqual(generateCorpus({ seed: 19, draws: 3 }));
    expect(generateCorpus({ seed: 20, draws: 3 })).not.toEqual(generateCorpus({ seed: 19, draws: 3 }));
  });

  it('finds a conflict in at least 99% of perturbed pairs, of the perturbed type', () => {
    const missed = perturbed.filter((r) => !r.findings.some((f) => f.status === 'conflict' && ofExpectedType(f, r.pair.expected)));
    expect(missed.length / perturbed.length, missed.slice(0, 10).map(describeMiss).join('\n')).toBeLessThanOrEqual(0.01);
  });

  it('finds a conflict in at most 0.5% of equal pairs', () => {
    const flagged = equal.filter((r) => r.findings.some((f) => f.status === 'conflict'));
    expect(flagged.length / equal.length, flagged.slice(0, 10).map(describeMiss).join('\n')).toBeLessThanOrEqual(0.005);
  });

  it('finds a one-sided claim in at most 1% of equal pairs', () => {
    const flagged = equal.filter((r) => r.findings.some((f) => f.status === 'en-only' || f.status === 'de-only'));
    expect(flagged.length / equal.length, flagged.slice(0, 10).map(describeMiss).join('\n')).toBeLessThanOrEqual(0.01);
  });

  it('matches every claim of most equal pairs', () => {
    const matched = equal.filter((r) => r.findings.length > 0 && r.findings.every((f) => f.status === 'match'));
    expect(matched.length / equal.length).toBeGreaterThanOrEqual(0.99);
  });
});

/**
 * Two claims of one kind in a sentence, the German naming them in the other order (issue 20): a
 * perturbed pair must be a conflict between the changed claim and its counterpart, not the other one.
 */
describe('the generated corpus of sentences with two claims of a kind', () => {
  const pairs: Array<Pair & { changed?: string }> = generatePairedCorpus({ seed: 20 });
  const results = pairs.map((pair) => ({ pair, findings: diffClaims(alignmentFor(pair)) as Finding[] }));

  it('covers counts, amounts, dates and percentages, both classes', () => {
    expect(new Set(pairs.map((p) => p.kind))).toEqual(new Set(['two-counts', 'two-amounts', 'two-dates', 'two-percentages']));
    expect(pairs.filter((p) => p.expected === 'faithful').length).toBeGreaterThanOrEqual(400);
  });

  it('pairs the changed claim with its counterpart in at least 98% of perturbed pairs, and conflicts on at most 0.5% of equal ones', () => {
    const perturbed = results.filter((r) => r.pair.expected !== 'faithful');
    const right = perturbed.filter((r) => r.findings.some((f) => f.status === 'conflict' && ofExpectedType(f, r.pair.expected) && f.en?.text === r.pair.changed));
    expect(right.length / perturbed.length).toBeGreaterThanOrEqual(0.98);
    const equal = results.filter((r) => r.pair.expected === 'faithful');
    expect(equal.filter((r) => r.findings.some((f) => f.status === 'conflict')).length / equal.length).toBeLessThanOrEqual(0.005);
  });
});
