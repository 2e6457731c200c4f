#!/usr/bin/env node
// Fits the logistic calibration of the pair score (src/score/pair.ts, CALIBRATION) on the
// development gold, and prints the weights. Examples: every 1-1 link satzpaar outputs on the
// parallel sets (label: the gold has exactly this link) plus near misses (an English sentence
// with the German sentence two or three places from its gold counterpart; label 0), so the score
// means "probability this pair is a correct link" both for output links and for candidates.
// Third fit: comparable links (src/align/comparable.ts, COMPARABLE_CALIBRATION) on the seed gold:
// the shared pairs and the project's own labels for the other seed pairs (bench/comparable-gold).
// Examples are the links the greedy one-to-one matching makes when its threshold is lowered to 0.1
// (so wrong links at low salience are seen too); label: the pair is a gold link, strong or weak.
//   npm run build && node bench/calibrate-score.mjs /work/shared
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Analyser } from '../dist/analyse/features.js';
import { parseGold } from '../dist/eval/gold.js';
import { shippedLexicon } from '../dist/lexicon/load.js';
import { alignDocuments } from '../dist/pipeline/alignDocuments.js';
import { lengthAgreement } from '../dist/score/length.js';
import { PairMatcher } from '../dist/score/match.js';
import { groupEvidence, lexicalOverlap } from '../dist/score/pair.js';
import { LINK_CALIBRATION, logit } from '../dist/score/context.js';

// Stage 2 needs the raw pair scores of the output links: switch the context calibration off.
Object.assign(LINK_CALIBRATION, { bias: 0, own: 1, neighbours: 0 });
const linkRows = [];
import { segmentLines } from '../dist/segment/lines.js';
import { bestOneToOne, hasClaimEvidence } from '../dist/align/comparable.js';
import { Salience } from '../dist/score/salience.js';

const shared = process.argv[2];
const rows = [];
for (const set of ['clean', 'omission', 'omission-blocks']) {
  const dir = join(shared, 'eval/parallel', set);
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.gold')).map((n) => n.slice(0, -5)).sort()) {
    const text = (ext) => readFileSync(join(dir, `${name}.${ext}`), 'utf8');
    const doc = (ext) => ({ path: ext, text: text(ext), sha256: '', encoding: 'utf-8' });
    const gold = parseGold(text('gold')).links;
    const goldKeys = new Set(gold.map((l) => `${l.en}:${l.de}`));
    const alignment = alignDocuments({ documents: [doc('en'), doc('de')], langs: ['en', 'de'], mode: 'parallel', presegmented: true });
    const analyser = new Analyser(shippedLexicon());
    const en = segmentLines(text('en')).map((s) => analyser.analyse(s.text, 'en'));
    const de = segmentLines(text('de')).map((s) => analyser.analyse(s.text, 'de'));
    const matcher = new PairMatcher(analyser.keyCount);
    const features = (i, j) => {
      matcher.load(en[i]);
      const e = groupEvidence([en[i]], [de[j]], matcher.count(de[j]));
      const lexical = lexicalOverlap(e);
      const evidence = Math.min(e.enTokens + e.deTokens, 40) / 40;
      return [lexical, Math.log(lengthAgreement(e.enLength, e.deLength) + 1e-4), evidence * lexical];
    };
    const links = alignment.alignments;
    links.forEach((l, k) => {
      if (!l.en.length || !l.de.length) return;
      const right = goldKeys.has(`${l.en}:${l.de}`) ? 1 : 0;
      const side = (step) => (links[k + step] && links[k + step].en.length && links[k + step].de.length ? links[k + step].score : 0.5);
      linkRows.push([[logit(l.score), logit(Math.min(side(-1), side(1)))], right]);
      if (l.en.length === 1 && l.de.length === 1) rows.push([features(l.en[0], l.de[0]), right]);
    });
    for (const l of gold) {
      if (l.en.length !== 1 || l.de.length !== 1) continue;
      for (const offset of [-3, 2]) {
        const j = l.de[0] + offset;
        if (j >= 0 && j < de.length) rows.push([features(l.en[0], j), 0]);
      }
    }
  }
}

const round = (x) => Math.round(x * 100) / 100;
const w = fitLogistic(rows);
console.log(`pair examples: ${rows.length} (${rows.filter((r) => r[1]).length} positive)`);
console.log(`CALIBRATION = { bias: ${round(w[0])}, lexical: ${round(w[1])}, length: ${round(w[2])}, evidence: ${round(w[3])} }`);
const v = fitLogistic(linkRows);
console.log(`output links: ${linkRows.length} (${linkRows.filter((r) => r[1]).length} right)`);
console.log(`LINK_CALIBRATION = { bias: ${round(v[0])}, own: ${round(v[1])}, neighbours: ${round(v[2])} }`);

const comparableRows = [...comparableExamples(join(shared, 'eval/comparable')), ...comparableExamples(new URL('./comparable-gold', import.meta.url).pathname)];
const c = fitLogistic(comparableRows);
console.log(`comparable links: ${comparableRows.length} (${comparableRows.filter((r) => r[1]).length} right)`);
console.log(`COMPARABLE_CALIBRATION = { bias: ${round(c[0])}, salience: ${round(c[1])} }`);

function comparableExamples(dir) {
  const goldPairs = JSON.parse(readFileSync(join(dir, 'links.json'), 'utf8')).pairs;
  const lines = (id) => segmentLines(readFileSync(join(dir, 'segments', `${id}.txt`), 'utf8').replace(/^\+/gm, ''));
  const examples = [];
  for (const pair of goldPairs) {
    const analyser = new Analyser(shippedLexicon());
    const en = lines(pair.en).map((s) => analyser.analyse(s.text, 'en'));
    const de = lines(pair.de).map((s) => analyser.analyse(s.text, 'de'));
    const matcher = new PairMatcher(analyser.keyCount);
    const salience = new Salience(en, de);
    const right = new Set(pair.links.map((l) => `${l.e - 1}:${l.d - 1}`));
    const candidates = [];
    for (let i = 0; i < en.length; i++) {
      for (let j = 0; j < de.length; j++) {
        if (!hasClaimEvidence(en[i], de[j])) continue;
        const score = salience.score(i, j, en[i], de[j], matcher);
        if (score >= 0.1) candidates.push({ en: i, de: j, score });
      }
    }
    for (const link of bestOneToOne(candidates)) examples.push([[link.score], right.has(`${link.en}:${link.de}`) ? 1 : 0]);
  }
  return examples;
}

/** Newton's method on the log-likelihood; returns [bias, ...weights]. */
function fitLogistic(examples) {
  const n = examples[0][0].length + 1;
  let w = new Array(n).fill(0);
  for (let iteration = 0; iteration < 25; iteration++) {
    const gradient = new Array(n).fill(0);
    const hessian = Array.from({ length: n }, (_, a) => Array.from({ length: n }, (_, b) => (a === b ? 1e-6 : 0)));
    for (const [x, y] of examples) {
      const v = [1, ...x];
      const p = 1 / (1 + Math.exp(-v.reduce((s, vi, k) => s + vi * w[k], 0)));
      for (let a = 0; a < n; a++) {
        gradient[a] += (y - p) * v[a];
        for (let b = 0; b < n; b++) hessian[a][b] += p * (1 - p) * v[a] * v[b];
      }
    }
    const step = solve(hessian, gradient);
    w = w.map((wi, k) => wi + step[k]);
  }
  return w;
}

function solve(a, b) {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]]);
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r][c]) > Math.abs(m[pivot][c])) pivot = r;
    [m[c], m[pivot]] = [m[pivot], m[c]];
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = m[r][c] / m[c][c];
      for (let k = c; k <= n; k++) m[r][k] -= f * m[c][k];
    }
  }
  return m.map((row, i) => row[n] / row[i]);
}
