import type { ComparableScores } from './comparableGold.js';
import type { AlignmentScores, PrecisionRecall } from './score.js';

/** The `satzpaar eval` report: a small table as text, or the scores as JSON. */
export function formatScores(scores: AlignmentScores, format: 'text' | 'json'): string {
  if (format === 'json') return JSON.stringify(scores, null, 2) + '\n';
  const row = (name: string, s: PrecisionRecall) => `${name.padEnd(7)} ${fixed(s.precision).padStart(9)}  ${fixed(s.recall).padStart(6)}  ${fixed(s.f1)}`;
  const lines = [
    '        precision  recall  F1',
    row('strict', scores.strict),
    row('lax', scores.lax),
    `links: ${scores.testLinks} proposed, ${scores.goldLinks} gold (1-0/0-1 links not counted)`,
  ];
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
