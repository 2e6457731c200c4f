#!/usr/bin/env node
// Language-independent mode (no lexicon: names, numbers, cognates, length) on the Text+Berg
// German–French test set, scored like the handbook sets (vecalign strict/lax definitions).
//   npm run build && node bench/align-textberg.mjs /work/shared
// German plays the first role and French the second, with the lexicon off — what
// `satzpaar align --presegmented --no-lexicon --langs de,fr testN.de testN.fr` does (its auto mode
// aligns other pairs as translations, as this script forces).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { alignDocuments } from '../dist/pipeline/alignDocuments.js';
import { DEFAULT_ALIGN_SETTINGS } from '../dist/core/settings.js';
import { parseGold } from '../dist/eval/gold.js';
import { scoreAlignment } from '../dist/eval/score.js';
import { PARALLEL_COSTS } from '../dist/align/trellis.js';

if (process.env.SATZPAAR_COSTS) Object.assign(PARALLEL_COSTS, JSON.parse(process.env.SATZPAAR_COSTS));

const shared = process.argv[2];
if (!shared) {
  console.error('usage: node bench/align-textberg.mjs /path/to/shared');
  process.exit(2);
}
const dir = join(shared, 'textberg-defr');
const doc = (path) => ({ path, text: readFileSync(path, 'utf8'), sha256: '', encoding: 'utf-8' });
const f = (x) => x.toFixed(3);
const sum = { tp: 0, test: 0, rp: 0, gold: 0, ltp: 0, lrp: 0, ms: 0 };
for (let k = 0; k < 7; k++) {
  const started = performance.now();
  const alignment = alignDocuments([doc(join(dir, `test${k}.de`)), doc(join(dir, `test${k}.fr`))], { ...DEFAULT_ALIGN_SETTINGS, langs: ['en', 'de'], mode: 'parallel', presegmented: true, lexicon: { kind: 'none' } });
  const ms = performance.now() - started;
  const s = scoreAlignment(alignment.alignments, parseGold(readFileSync(join(dir, `test${k}.defr`), 'utf8')).links);
  console.log(`test${k}  strict P ${f(s.strict.precision)} R ${f(s.strict.recall)} F1 ${f(s.strict.f1)}  lax F1 ${f(s.lax.f1)}  ${ms.toFixed(0)} ms`);
  sum.tp += s.strict.precision * s.testLinks;
  sum.test += s.testLinks;
  sum.rp += s.strict.recall * s.goldLinks;
  sum.gold += s.goldLinks;
  sum.ltp += s.lax.precision * s.testLinks;
  sum.lrp += s.lax.recall * s.goldLinks;
  sum.ms += ms;
}
const p = sum.tp / sum.test;
const r = sum.rp / sum.gold;
const lp = sum.ltp / sum.test;
const lr = sum.lrp / sum.gold;
console.log(`ALL    strict P ${f(p)} R ${f(r)} F1 ${f((2 * p * r) / (p + r))}  lax P ${f(lp)} R ${f(lr)} F1 ${f((2 * lp * lr) / (lp + lr))}  ${sum.ms.toFixed(0)} ms`);
