#!/usr/bin/env node
// Scores satzpaar's parallel alignment on the development gold.
//   npm run build && node bench/align-parallel.mjs /work/shared [--no-lexicon] [--oracle-paragraphs]
// For each set (clean, omission, omission-blocks) and chapter: strict/lax P/R/F1 (vecalign
// definitions), recall of the omitted sentences, time; then precision per score bucket
// (calibration: a link scoring 0.8–0.9 should be right about 85% of the time).
// --oracle-paragraphs checks the paragraph merge step (src/align/holes.ts): the development files
// mark no paragraphs, so this inserts blank lines where gold links of 3+ sentences begin and end.
// That reads the gold: it shows what the step does with paragraph marks, it is NOT a result.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { alignDocuments } from '../dist/pipeline/alignDocuments.js';
import { parseGold } from '../dist/eval/gold.js';
import { scoreAlignment } from '../dist/eval/score.js';
import { PARALLEL_COSTS } from '../dist/align/parallel.js';

// SATZPAAR_COSTS='{"skip":0.9}' overrides the DP costs, for tuning.
if (process.env.SATZPAAR_COSTS) Object.assign(PARALLEL_COSTS, JSON.parse(process.env.SATZPAAR_COSTS));

const shared = process.argv[2];
if (!shared) {
  console.error('usage: node bench/align-parallel.mjs /path/to/shared [--no-lexicon]');
  process.exit(2);
}
const lexicon = process.argv.includes('--no-lexicon') ? null : undefined;
const oracle = process.argv.includes('--oracle-paragraphs');
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
const BEAD_SHAPES = new Set(['1:1', '1:2', '2:1', '2:2', '1:3', '3:1']);
const buckets = Array.from({ length: 10 }, () => ({ right: 0, all: 0 }));

for (const set of ['clean', 'omission', 'omission-blocks']) {
  const dir = join(shared, 'eval/parallel', set);
  const names = readdirSync(dir).filter((n) => n.endsWith('.gold')).map((n) => n.slice(0, -5)).sort();
  const total = { strict: [0, 0, 0], lax: [0, 0, 0], omitted: [0, 0], sentence: [0, 0, 0, 0], ms: 0 };
  for (const name of names) {
    const [enBreaks, deBreaks] = goldBreaks(readFileSync(join(dir, `${name}.gold`), 'utf8'));
    const started = performance.now();
    const alignment = alignDocuments({
      documents: [doc(join(dir, `${name}.en`), enBreaks), doc(join(dir, `${name}.de`), deBreaks)],
      langs: ['en', 'de'],
      mode: 'parallel',
      presegmented: true,
      lexicon,
    });
    const ms = performance.now() - started;
    const gold = parseGold(readFileSync(join(dir, `${name}.gold`), 'utf8')).links;
    const s = scoreAlignment(alignment.alignments, gold);
    // The same score with paragraph-level gold links (shapes no bead produces) and the test links inside them left out.
    const paragraph = gold.filter((l) => l.en.length && l.de.length && !BEAD_SHAPES.has(`${l.en.length}:${l.de.length}`));
    const inParagraph = new Set(paragraph.flatMap((l) => l.en));
    const inside = (l) => l.en.some((i) => inParagraph.has(i));
    const sentenceLevel = scoreAlignment(alignment.alignments.filter((l) => !inside(l)), gold.filter((l) => !inside(l)));
    total.sentence[0] += sentenceLevel.strict.precision * sentenceLevel.testLinks;
    total.sentence[1] += sentenceLevel.testLinks;
    total.sentence[2] += sentenceLevel.strict.recall * sentenceLevel.goldLinks;
    total.sentence[3] += sentenceLevel.goldLinks;
    console.log(`${set.padEnd(16)} ${name}  strict P ${f(s.strict.precision)} R ${f(s.strict.recall)} F1 ${f(s.strict.f1)}  lax F1 ${f(s.lax.f1)}  omitted recall ${f(s.omissionRecall)}  ${ms.toFixed(0)} ms`);
    total.strict[0] += s.strict.precision * s.testLinks;
    total.strict[1] += s.testLinks;
    total.strict[2] += s.strict.recall * s.goldLinks;
    total.lax[0] += s.lax.precision * s.testLinks;
    total.lax[2] += s.lax.recall * s.goldLinks;
    total.ms += ms;
    const goldKeys = new Set(gold.map((l) => `${l.en}:${l.de}`));
    for (const l of alignment.alignments) {
      if (l.en.length === 0 || l.de.length === 0) continue;
      const b = buckets[Math.min(9, Math.floor(l.score * 10))];
      b.all++;
      if (goldKeys.has(`${l.en}:${l.de}`)) b.right++;
    }
    if (s.omissionRecall !== undefined) {
      const omitted = gold.filter((l) => l.en.length === 0 || l.de.length === 0).length;
      total.omitted[0] += s.omissionRecall * omitted;
      total.omitted[1] += omitted;
    }
  }
  // Paragraph-level gold links (e.g. 4-5) have shapes no bead produces: they bound strict recall.
  const allGold = names.flatMap((n) => parseGold(readFileSync(join(dir, `${n}.gold`), 'utf8')).links.filter((l) => l.en.length && l.de.length));
  const unreachable = allGold.filter((l) => !BEAD_SHAPES.has(`${l.en.length}:${l.de.length}`)).length;
  const goldLinks = names.map((n) => parseGold(readFileSync(join(dir, `${n}.gold`), 'utf8')).links.filter((l) => l.en.length && l.de.length).length).reduce((a, b) => a + b, 0);
  const sp = total.strict[0] / total.strict[1];
  const sr = total.strict[2] / goldLinks;
  const lp = total.lax[0] / total.strict[1];
  const lr = total.lax[2] / goldLinks;
  console.log(`${set.padEnd(16)} ALL  strict P ${f(sp)} R ${f(sr)} F1 ${f((2 * sp * sr) / (sp + sr))}  lax P ${f(lp)} R ${f(lr)} F1 ${f((2 * lp * lr) / (lp + lr))}  omitted recall ${total.omitted[1] ? f(total.omitted[0] / total.omitted[1]) : '  –  '}  ${total.ms.toFixed(0)} ms`);
  console.log(`${set.padEnd(16)} gold links no bead can produce: ${unreachable} of ${allGold.length} (strict recall ceiling ${f(1 - unreachable / allGold.length)})`);
  const [sp2, sn, sr2, sg] = total.sentence;
  const p2 = sp2 / sn;
  const r2 = sr2 / sg;
  console.log(`${set.padEnd(16)} sentence-level links only (paragraph-level gold links and the test links inside them left out): strict P ${f(p2)} R ${f(r2)} F1 ${f((2 * p2 * r2) / (p2 + r2))}`);
}
console.log('calibration (score bucket: strict precision of the links in it)');
buckets.forEach((b, k) => b.all && console.log(`  ${(k / 10).toFixed(1)}–${((k + 1) / 10).toFixed(1)}: ${f(b.right / b.all)} of ${b.all}`));
