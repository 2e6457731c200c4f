#!/usr/bin/env node
// Usage: npm run build && node bench/claims/grammar.mjs [--seed N] [--draws N] [--failures N]
// Scores the claims diff on the corpus of scripts/claims-grammar.mjs (per mille, news weekdays and
// periods, ordinals, ranks, fractions, swapped units and currencies, hedged quantities, verbs of change,
// people, organisations, places, negation). Each pair is diffed as a one-link alignment. Per kind:
//   - perturbed pairs with a conflict of the expected type (target ≥ 98 %),
//   - equal pairs whose findings are all matches, with at least one finding (target ≥ 99.5 %),
//   - equal pairs with any conflict,
// and, for reading the misses: perturbed pairs flagged in the type only one-sidedly (en-only/de-only,
// no conflict), and perturbed pairs whose only conflicts are of another type;
// then the first failures of each kind with the findings the diff gave.
import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { alignmentFor, ofExpectedType } from './evaluate.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const { diffClaims } = await import(`${root}dist/claims/index.js`);
const { generateGrammarCorpus } = await import(`${root}scripts/claims-grammar.mjs`);

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const seed = option('--seed', 21);
const draws = option('--draws', 100);
const shown = option('--failures', 5);

const pairs = generateGrammarCorpus({ seed, draws });
const side = (s) => (s ? `"${s.text}" (${s.value})` : '—');
const describe = (f) => `${f.status} ${f.type}: ${side(f.en)} / ${side(f.de)}`;

const kinds = new Map();
for (const pair of pairs) {
  const findings = diffClaims(alignmentFor(pair));
  const k = kinds.get(pair.kind) ?? { type: pair.expected === 'faithful' ? undefined : pair.expected, perturbed: 0, detected: 0, oneSided: 0, otherType: 0, equal: 0, clean: 0, conflicted: 0, failures: [] };
  kinds.set(pair.kind, k);
  if (pair.expected === 'faithful') {
    k.equal++;
    const clean = findings.length > 0 && findings.every((f) => f.status === 'match');
    if (clean) k.clean++;
    if (findings.some((f) => f.status === 'conflict')) k.conflicted++;
    if (!clean) k.failures.push({ pair, findings, why: findings.length === 0 ? 'equal: no finding' : 'equal: not all match' });
  } else {
    k.type = pair.expected;
    k.perturbed++;
    if (findings.some((f) => f.status === 'conflict' && ofExpectedType(f, pair.expected))) k.detected++;
    else {
      if (findings.some((f) => f.status !== 'match' && ofExpectedType(f, pair.expected))) k.oneSided++;
      else if (findings.some((f) => f.status === 'conflict')) k.otherType++;
      k.failures.push({ pair, findings, why: `perturbed: no ${pair.expected} conflict` });
    }
  }
}

const pct = (a, b) => `${((100 * a) / b).toFixed(1)} %`;
const rows = [['kind', 'type', 'perturbed: conflict of type', 'equal: all match (≥ 1)', 'equal: any conflict', 'targets', 'perturbed: one-sided of type', 'perturbed: conflict of other type only']];
const total = { perturbed: 0, detected: 0, oneSided: 0, otherType: 0, equal: 0, clean: 0, conflicted: 0 };
for (const [name, k] of kinds) {
  const met = k.detected / k.perturbed >= 0.98 && k.clean / k.equal >= 0.995;
  rows.push([name, k.type, `${k.detected}/${k.perturbed} = ${pct(k.detected, k.perturbed)}`, `${k.clean}/${k.equal} = ${pct(k.clean, k.equal)}`, `${k.conflicted}/${k.equal} = ${pct(k.conflicted, k.equal)}`, met ? 'met' : 'MISSED', `${k.oneSided}`, `${k.otherType}`]);
  for (const key of Object.keys(total)) total[key] += k[key];
}
rows.push(['all', '', `${total.detected}/${total.perturbed} = ${pct(total.detected, total.perturbed)}`, `${total.clean}/${total.equal} = ${pct(total.clean, total.equal)}`, `${total.conflicted}/${total.equal} = ${pct(total.conflicted, total.equal)}`, '', `${total.oneSided}`, `${total.otherType}`]);

console.log(`claims grammar corpus: seed ${seed}, ${draws} draws per kind, ${pairs.length} pairs; dist built ${statSync(`${root}dist/claims/index.js`).mtime.toISOString()}`);
console.log('targets: perturbed pairs with a conflict of the expected type ≥ 98 %; equal pairs all match with ≥ 1 finding ≥ 99.5 %\n');
const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
for (const [i, row] of rows.entries()) {
  console.log(`| ${row.map((cell, j) => cell.padEnd(widths[j])).join(' | ')} |`);
  if (i === 0) console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
}

for (const [name, k] of kinds) {
  if (k.failures.length === 0) continue;
  console.log(`\n## ${name}: ${k.failures.length} failing pairs (first ${Math.min(shown, k.failures.length)})`);
  for (const { pair, findings, why } of k.failures.slice(0, shown)) {
    console.log(`${pair.id} (${why}): ${findings.map(describe).join('; ') || 'no finding'}\n    EN ${pair.en}\n    DE ${pair.de}`);
  }
}
