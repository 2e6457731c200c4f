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

function fixed(x: number): string {
  return x.toFixed(3);
}
