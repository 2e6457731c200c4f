#!/usr/bin/env node
// Usage: npm run build && node bench/claims/run.mjs [pairs.tsv] [--time alignment.json]
// Prints the false-flag rate on the faithful pairs and the detection rate on the pairs with one
// injected discrepancy (targets: < 5% and ≥ 90%), per type, and which pairs went wrong.
// With --time, also the time diffClaims takes on a whole alignment (from `satzpaar align`), best of 3.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describeFlag, evaluate, parsePairs } from './evaluate.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const args = process.argv.slice(2);
const timeIndex = args.indexOf('--time');
const timed = timeIndex >= 0 ? args[timeIndex + 1] : undefined;
const path = args.find((a, i) => !a.startsWith('--') && !(timeIndex >= 0 && i === timeIndex + 1)) ?? `${root}fixtures/claims/pairs.tsv`;
const { diffClaims } = await import(`${root}dist/claims/index.js`);

const pairs = parsePairs(readFileSync(path, 'utf8'));
const started = performance.now();
const r = evaluate(diffClaims, pairs);
const elapsed = performance.now() - started;
const pct = (x) => `${(100 * x).toFixed(1)}%`;

console.log(`pairs: ${pairs.length} (${r.faithful.total} faithful, ${r.discrepant.total} with one injected discrepancy) from ${path}`);
console.log(`false-flag rate (faithful pairs with any conflict or one-side-only finding): ${pct(r.falseFlagRate)} (${r.faithful.flagged.length}/${r.faithful.total}; target < 5%)`);
console.log(`false-conflict rate (faithful pairs with a conflict): ${pct(r.falseConflictRate)} (${Math.round(r.falseConflictRate * r.faithful.total)}/${r.faithful.total})`);
console.log(`detection rate (discrepancies flagged with the expected type): ${pct(r.detectionRate)} (${r.discrepant.detected}/${r.discrepant.total}; target ≥ 90%), ${r.discrepant.asConflict} of them as conflicts`);
for (const [type, s] of Object.entries(r.discrepant.byType).sort()) console.log(`  ${type.padEnd(11)} ${s.detected}/${s.total}`);
console.log(`time: ${elapsed.toFixed(0)} ms for ${pairs.length} pairs`);
for (const { pair, flags } of r.faithful.flagged) {
  console.log(`false flag ${pair.id}: ${flags.map(describeFlag).join('; ')}\n    EN ${pair.en}\n    DE ${pair.de}`);
}
for (const { pair, flags } of r.discrepant.missed) {
  console.log(`missed ${pair.id} (${pair.expected}): ${flags.map(describeFlag).join('; ') || 'no flag'}\n    EN ${pair.en}\n    DE ${pair.de}`);
}
if (timed) {
  const alignment = JSON.parse(readFileSync(timed, 'utf8'));
  const runs = [0, 1, 2].map(() => {
    const t = performance.now();
    diffClaims(alignment);
    return performance.now() - t;
  });
  const sentences = alignment.sentences.en.length + alignment.sentences.de.length;
  console.log(`time on ${timed}: ${Math.min(...runs).toFixed(0)} ms for ${sentences} sentences (best of 3)`);
}
