#!/usr/bin/env node
// Fits the logistic calibration of the pair score (src/score/pair.ts, CALIBRATION) on the
// development gold, and prints the weights. Examples: every 1-1 link satzpaar outputs on the
// parallel sets (label: the gold has exactly this link) plus near misses (an English sentence
// with the German sentence two or three places from its gold counterpart; label 0), so the score
// means "probability this pair is a correct link" both for output links and for candidates.
// Comparable mode's model is fitted by bench/align-comparable-news.mjs.
//   npm run build && node bench/calibrate-score.mjs /work/shared
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Analyser } from '../dist/analyse/features.js';
import { parseGold } from '../dist/eval/gold.js';
import { shippedLexicon } from '../dist/lexicon/load.js';
import { alignDocuments } from '../dist/pipeline/alignDocuments.js';
import { DEFAULT_ALIGN_SETTINGS } from '../dist/core/settings.js';
import { lengthAgreement } from '../dist/score/length.js';
import { PairMatcher } from '../dist/score/match.js';
import { groupEvidence, lexicalOverlap } from '../dist/score/pair.js';
import { LINK_CALIBRATION, logit } from '../dist/score/context.js';
import { fitLogistic } from './lib/logistic.mjs';

// Stage 2 needs the raw pair scores of the output links: switch the context calibration off.
Object.assign(LINK_CALIBRATION, { bias: 0, own: 1, neighbours: 0 });
const linkRows = [];
import { segmentLines } from '../dist/segment/lines.js';

const shared = process.argv[2];
const rows = [];
for (const set of ['clean', 'omission', 'omission-blocks']) {
  const dir = join(shared, 'eval/parallel', set);
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.gold')).map((n) => n.slice(0, -5)).sort()) {
    const text = (ext) => readFileSync(join(dir, `${name}.${ext}`), 'utf8');
    const doc = (ext) => ({ path: ext, text: text(ext), sha256: '', encoding: 'utf-8' });
    const gold = parseGold(text('gold')).links;
    const goldKeys = new Set(gold.map((l) => `${l.en}:${l.de}`));
    const alignment = alignDocuments([doc('en'), doc('de')], { ...DEFAULT_ALIGN_SETTINGS, langs: ['en', 'de'], mode: 'parallel', presegmented: true });
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
