import type { ComparableScores } from './comparableGold.js';
import type { AlignmentScores, PrecisionRecall } from './score.js';

/** The `satzpaar eval` report: a small table as text, or the scores as JSON. */
export function formatScores(scores: AlignmentScores, format: 'text' | 'json', typesPath?: string): string {
  if (format === 'json') return JSON.stringify({ ...scores, ignoreCoarse: typesPath !== undefined }, null, 2) + '\n';
  const row = (name: string, s: PrecisionRecall) => `${name.padEnd(7)} ${fixed(s.precision).padStart(9)}  ${fixed(s.recall).padStart(6)}  ${fixed(s.f1)}`;
  const lines = [
    '        precision  recall  F1',
    row('strict', scores.strict),
    row('lax', scores.lax),
    `links: ${scores.testLinks} proposed (1-0/0-1 included), ${scores.goldLinks} gold (1-0/0-1 not counted)`,
  ];
  if (typesPath !== undefined) {
    const c = scores.counts;
    lines.push(`ignore-coarse (types from ${typesPath}): ${c.coarseGold} coarse gold links left out, with the ${c.coarseTest} proposed links inside them`);
  }
  if (scores.nullLinks !== undefined) lines.push(`1-0/0-1 links: precision ${fixed(scores.nullLinks.precision)}  recall ${fixed(scores.nullLinks.recall)}`);
  if (scores.omissionRecall !== undefined) lines.push(`omitted sentences found: ${fixed(scores.omissionRecall)}`);
  return lines.join('\n') + '\n';
}

/** The report for comparable gold: pair precision and coverage recall. */
export function formatComparableScores(scores: ComparableScores, format: 'text' | 'json'): string {
  if (format === 'json') return JSON.stringify(scores, null, 2) + '\n';
  return [
    `precision ${fixed(scores.precision)}  (${scores.correctPairs} of ${scores.proposedPairs} proposed sentence pairs are gold links, strong or weak)`,
    `recall    ${fixed(scores.recall)}  (${scores.coveredSentences} of ${scores.strongSentences} sentences with a strong gold link are linked to a gold counterpart)`,
    `F1        ${fixed(scores.f1)}`,
  ].join('\n') + '\n';
}

function fixed(x: number): string {
  return x.toFixed(3);
}
