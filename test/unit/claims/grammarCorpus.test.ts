import { describe, expect, it } from 'vitest';
// @ts-expect-error — plain JavaScript module, also a CLI (scripts/claims-grammar.mjs)
import { generateGrammarCorpus } from '../../../scripts/claims-grammar.mjs';
import { briefly, diffPair, type Pair } from './diffPair.js';

/**
 * The corpus written from each kind's grammar by a separate session (issue 20), drawn with seed 22:
 * the rules were worked out on seed 21, so these are draws they were not fitted to. The issue's
 * targets are ≥ 98 % of substituted values as conflicts and ≥ 99.5 % of faithful renderings all
 * matches. Negation reached 93 % here until the word in a negated word's place was read (2026-12-07:
 * "evidence" / "Hinweise", "open to traffic" / "freigegeben", pairs the lexicon lacks); a kind that falls
 * short again is listed here with what it reaches.
 */
const BELOW_TARGET: Record<string, { perturbed: number; equal: number }> = {};

describe('the grammar-generated claims corpus (seed 22)', () => {
  const pairs: Pair[] = generateGrammarCorpus({ seed: 22 });
  const byKind = new Map<string, { perturbed: number; detected: number; equal: number; clean: number; misses: string[] }>();
  for (const pair of pairs) {
    const findings = diffPair(pair.en, pair.de, pair.id);
    const k = byKind.get(pair.kind) ?? { perturbed: 0, detected: 0, equal: 0, clean: 0, misses: [] };
    byKind.set(pair.kind, k);
    const ok =
      pair.expected === 'faithful'
        ? findings.length > 0 && findings.every((f) => f.status === 'match')
        : findings.some((f) => f.status === 'conflict' && f.type === pair.expected);
    if (pair.expected === 'faithful') {
      k.equal++;
      if (ok) k.clean++;
    } else {
      k.perturbed++;
      if (ok) k.detected++;
    }
    if (!ok) k.misses.push(`${pair.id}: ${pair.en} / ${pair.de} → ${findings.map(briefly).join('; ')}`);
  }

  it('covers fifteen kinds, each with both classes', () => {
    expect(byKind.size).toBe(15);
    for (const k of byKind.values()) expect(Math.min(k.perturbed, k.equal)).toBeGreaterThanOrEqual(100);
  });

  it.each([...new Set(pairs.map((p) => p.kind))])('%s: substituted values are conflicts, faithful renderings matches', (kind) => {
    const k = byKind.get(kind)!;
    const target = BELOW_TARGET[kind] ?? { perturbed: 0.98, equal: 0.995 };
    expect(k.detected / k.perturbed, k.misses.slice(0, 5).join('\n')).toBeGreaterThanOrEqual(target.perturbed);
    expect(k.clean / k.equal, k.misses.slice(0, 5).join('\n')).toBeGreaterThanOrEqual(target.equal);
  });
});
