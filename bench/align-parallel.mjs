#!/usr/bin/env node
// Scores satzpaar's parallel alignment on the development gold.
//   npm run build && node bench/align-parallel.mjs /work/shared [--no-lexicon] [--oracle-paragraphs] [--with-coarse] [--write DIR]
// For each set (clean, omission, omission-blocks) and document: strict/lax P/R/F1 (vecalign
// definitions) scored ignore-coarse as the shared README defines it (the gold's coarse links, from
// NAME.types, and the predicted links inside them left out; --with-coarse scores every gold link),
// 1-0/0-1 link recall, recall of the omitted sentences, time; pooled per set by summing counts; then
// precision per score bucket (calibration: a link scoring 0.8–0.9 should be right about 85% of the time).
// --write DIR writes each prediction as DIR/SET/NAME.test in the gold's format, for the shared scorer.
// --oracle-paragraphs checks the paragraph merge step (src/align/holes.ts): the development files
// mark no paragraphs, so this inserts blank lines where gold links of 3+ sentences begin and end.
// That reads the gold: it shows what the step does with paragraph marks, it is NOT a result.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { alignDocuments } from '../dist/pipeline/alignDocuments.js';
import { DEFAULT_ALIGN_SETTINGS } from '../dist/core/settings.js';
import { parseGold } from '../dist/eval/gold.js';
import { addCounts, countAlignment, scoresFromCounts } from '../dist/eval/score.js';
import { coarseBeside } from './lib/parallelGold.mjs';
import { PARALLEL_COSTS } from '../dist/align/trellis.js';

// SATZPAAR_COSTS='{"skip":0.9}' overrides the DP costs, for tuning.
if (process.env.SATZPAAR_COSTS) Object.assign(PARALLEL_COSTS, JSON.parse(process.env.SATZPAAR_COSTS));

const shared = process.argv[2];
if (!shared) {
  console.error('usage: node bench/align-parallel.mjs /path/to/shared [--no-lexicon]');
  process.exit(2);
}
const lexicon = process.argv.includes('--no-lexicon') ? null : undefined;
const oracle = process.argv.includes('--oracle-paragraphs');
const withCoarse = process.argv.includes('--with-coarse');
const writeIndex = process.argv.indexOf('--write');
const writeDir = writeIndex > 0 ? process.argv[writeIndex + 1] : undefined;
const doc = (path, breaks) => {
  const text = readFileSync(path, 'utf8');
  if (!breaks) return { path, text, sha256: '', encoding: 'utf-8' };
  return { path, text: text.split('\n').map((line, k) => (k > 0 && breaks.has(k) ? `\n${line}` : line)).join('\n'), sha256: '', encoding: 'utf-8' };
};
/** Paragraph breaks at the edges of the gold's multi-sentence links, per side (only for --oracle-paragraphs). */
function goldBreaks(goldText) {
  if (!oracle) return [undefined, undefined];
  const en = new Set();
  const de = new Set();
  for (const l of parseGold(goldText).links) {
    if (!l.en.length || !l.de.length || l.en.length + l.de.length < 3) continue;
    en.add(l.en[0]).add(l.en[l.en.length - 1] + 1);
    de.add(l.de[0]).add(l.de[l.de.length - 1] + 1);
  }
  return [en, de];
}
const f = (x) => (x === undefined ? '  –  ' : x.toFixed(3));
const buckets = Array.from({ length: 10 }, () => ({ right: 0, all: 0 }));
const line = (label, s) =>
  `${label}  strict P ${f(s.strict.precision)} R ${f(s.strict.recall)} F1 ${f(s.strict.f1)}  lax F1 ${f(s.lax.f1)}  null-link recall ${f(s.nullLinks?.recall)}  omitted recall ${f(s.omissionRecall)}`;
/** The gold's coarse links from NAME.types beside it (none with --with-coarse or without the file). */
function coarseOf(goldPath, gold) {
  return withCoarse ? [] : coarseBeside(goldPath, gold);
}

console.log(withCoarse ? 'every gold link scored (coarse ones included)' : 'ignore-coarse (coarse gold links and the predicted links inside them left out)');
for (const set of ['clean', 'omission', 'omission-blocks']) {
  const dir = join(shared, 'eval/parallel', set);
  const names = readdirSync(dir).filter((n) => n.endsWith('.gold')).map((n) => n.slice(0, -5)).sort();
  let total;
  let ms = 0;
  for (const name of names) {
    const goldPath = join(dir, `${name}.gold`);
    const goldText = readFileSync(goldPath, 'utf8');
    const [enBreaks, deBreaks] = goldBreaks(goldText);
    const started = performance.now();
    const alignment = alignDocuments([doc(join(dir, `${name}.en`), enBreaks), doc(join(dir, `${name}.de`), deBreaks)], { ...DEFAULT_ALIGN_SETTINGS, langs: ['en', 'de'], mode: 'parallel', presegmented: true }, { lexicon });
    const took = performance.now() - started;
    ms += took;
    const gold = parseGold(goldText).links;
    const counts = countAlignment(alignment.alignments, gold, coarseOf(goldPath, gold));
    total = total ? addCounts(total, counts) : counts;
    console.log(`${line(`${set.padEnd(16)} ${name.padEnd(14)}`, scoresFromCounts(counts))}  ${took.toFixed(0)} ms`);
    if (writeDir) {
      mkdirSync(join(writeDir, set), { recursive: true });
      writeFileSync(join(writeDir, set, `${name}.test`), alignment.alignments.map((l) => `[${l.en.join(', ')}]:[${l.de.join(', ')}]\n`).join(''));
    }
    const goldKeys = new Set(gold.map((l) => `${l.en}:${l.de}`));
    for (const l of alignment.alignments) {
      if (l.en.length === 0 || l.de.length === 0) continue;
      const b = buckets[Math.min(9, Math.floor(l.score * 10))];
      b.all++;
      if (goldKeys.has(`${l.en}:${l.de}`)) b.right++;
    }
  }
  console.log(`${line(`${set.padEnd(16)} ${'ALL'.padEnd(14)}`, scoresFromCounts(total))}  ${ms.toFixed(0)} ms`);
}
console.log('calibration (score bucket: strict precision of the links in it)');
buckets.forEach((b, k) => b.all && console.log(`  ${(k / 10).toFixed(1)}–${((k + 1) / 10).toFixed(1)}: ${f(b.right / b.all)} of ${b.all}`));
