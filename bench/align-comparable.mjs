#!/usr/bin/env node
// Scores satzpaar's comparable mode on the seed-article gold (see eval/README.md in the shared folder).
//   npm run build && node bench/align-comparable.mjs /work/shared [--mode auto|comparable] [--verbose] [--lexicon FILE]
//   node bench/align-comparable.mjs --gold bench/comparable-gold   (the project's own labels for the other seed pairs)
// Aligns the gold segment files as presegmented input (leading "+" removed) and reports
// precision (proposed sentence pairs that are gold links, strong or weak) and coverage recall
// (sentences with a strong gold link that are linked to one of their gold counterparts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { alignDocuments } from '../dist/pipeline/alignDocuments.js';
import { lexiconForOption } from '../dist/lexicon/load.js';

const option = (name) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const shared = process.argv[2];
if (!shared || (shared.startsWith('--') && !option('--gold'))) {
  console.error('usage: node bench/align-comparable.mjs /path/to/shared | --gold DIR  [--mode auto] [--verbose] [--lexicon FILE]');
  process.exit(2);
}
const mode = option('--mode') ?? 'comparable';
// A gold folder holds links.json and segments/NNN.txt, as the shared eval/comparable folder does.
const dir = option('--gold') ?? join(shared, 'eval/comparable');
const gold = JSON.parse(readFileSync(join(dir, 'links.json'), 'utf8'));
const segments = (id) => {
  const path = join(dir, 'segments', `${id}.txt`);
  return { path, text: readFileSync(path, 'utf8').replace(/^\+/gm, ''), sha256: '', encoding: 'utf-8' };
};
const verbose = process.argv.includes('--verbose');
// --lexicon FILE adds pairs to the shipped lexicon, as the CLI option does.
const lexicon = option('--lexicon') ? lexiconForOption(option('--lexicon')) : undefined;
let proposedAll = 0;
let rightAll = 0;
let neededAll = 0;
let coveredAll = 0;
for (const pair of gold.pairs) {
  const started = performance.now();
  const doc = alignDocuments({ documents: [segments(pair.en), segments(pair.de)], langs: ['en', 'de'], mode, presegmented: true, lexicon });
  const ms = performance.now() - started;
  const goldPairs = new Set(pair.links.map((l) => `${l.e - 1}:${l.d - 1}`));
  const proposed = doc.alignments.filter((l) => l.en.length && l.de.length).flatMap((l) => l.en.flatMap((i) => l.de.map((j) => [i, j, l.score])));
  const right = proposed.filter(([i, j]) => goldPairs.has(`${i}:${j}`)).length;
  const linkedTo = new Map();
  for (const [i, j] of proposed) {
    linkedTo.set(`e${i}`, [...(linkedTo.get(`e${i}`) ?? []), `d${j}`]);
    linkedTo.set(`d${j}`, [...(linkedTo.get(`d${j}`) ?? []), `e${i}`]);
  }
  const counterparts = new Map();
  for (const l of pair.links) {
    counterparts.set(`e${l.e - 1}`, [...(counterparts.get(`e${l.e - 1}`) ?? []), `d${l.d - 1}`]);
    counterparts.set(`d${l.d - 1}`, [...(counterparts.get(`d${l.d - 1}`) ?? []), `e${l.e - 1}`]);
  }
  const needed = new Set(pair.links.filter((l) => l.kind === 'strong').flatMap((l) => [`e${l.e - 1}`, `d${l.d - 1}`]));
  let covered = 0;
  for (const s of needed) if ((linkedTo.get(s) ?? []).some((t) => counterparts.get(s).includes(t))) covered++;
  console.log(`${pair.en}–${pair.de}  mode ${doc.mode}  precision ${(right / Math.max(1, proposed.length)).toFixed(3)} (${right}/${proposed.length})  coverage recall ${(covered / needed.size).toFixed(3)} (${covered}/${needed.size})  ${ms.toFixed(0)} ms`);
  if (verbose) {
    for (const [i, j, score] of proposed) console.log(`  ${goldPairs.has(`${i}:${j}`) ? 'ok ' : 'BAD'} ${i + 1}:${j + 1} ${score}  ${doc.sentences.en[i].text.slice(0, 60)} | ${doc.sentences.de[j].text.slice(0, 60)}`);
    // Printed 1-based, like the gold's line numbers and the link lines above.
    const oneBased = (s) => s.replace(/\d+/, (n) => String(Number(n) + 1));
    for (const s of needed) if (!(linkedTo.get(s) ?? []).some((t) => counterparts.get(s).includes(t))) console.log(`  MISSING ${oneBased(s)} ↔ ${counterparts.get(s).map(oneBased)}`);
  }
  proposedAll += proposed.length;
  rightAll += right;
  neededAll += needed.size;
  coveredAll += covered;
}
console.log(`ALL  precision ${(rightAll / Math.max(1, proposedAll)).toFixed(3)}  coverage recall ${(coveredAll / neededAll).toFixed(3)}`);
