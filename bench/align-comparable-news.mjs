#!/usr/bin/env node
// Comparable mode on news stories: English and German reports of one event with hand-made gold links
// (eval/comparable-news in the shared folder; format and scores in its README, the same as
// score/comparable.py). Precision: proposed sentence pairs that are gold links, strong or weak;
// coverage recall: sentences with a strong link that are linked to one of their gold counterparts.
//   1. the shipped model (src/score/comparableModel.ts), through the whole pipeline as `satzpaar align`
//      runs it, on the development stories and on the seed pairs;
//   2. leave one story out: every weight and threshold fitted on all other stories and pairs,
//      the held-out story aligned with that model — the figure that predicts what users see;
//   3. in sample: fitted on everything, and that model printed for src/score/comparableModel.ts.
// The training pool is the development stories, the seed pairs (eval/comparable and the project's own
// bench/comparable-gold) and the story folders given with --extra DIR (repeatable; same format as
// eval/comparable-news). With --extra, 2 also holds out each extra story in turn.
//   npm run build && node bench/align-comparable-news.mjs /work/shared [--extra DIR]... [--verbose]
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PAIR_FEATURES } from '../dist/score/comparableFeatures.js';
import { COMPARABLE_MODEL, COMPETITION_FEATURES } from '../dist/score/comparableModel.js';
import { loadStories, pooled, scoreStory } from './lib/comparableGold.mjs';
import { align, fit, prepare } from './lib/comparableNews.mjs';

const args = process.argv.slice(2);
const shared = args[0];
if (!shared || shared.startsWith('--')) {
  console.error('usage: node bench/align-comparable-news.mjs SHARED [--extra DIR]... [--verbose]');
  process.exit(2);
}
const verbose = args.includes('--verbose');
const extraDirs = args.flatMap((a, k) => (a === '--extra' ? [args[k + 1]] : []));
const storyFolders = (dir) => readdirSync(dir).filter((d) => existsSync(join(dir, d, 'links.json'))).sort().map((d) => join(dir, d));
const seedSources = join(shared, 'seeds');
const dev = storyFolders(join(shared, 'eval/comparable-news')).flatMap((d) => loadStories(d)).map((s) => prepare(s));
const seeds = [
  ...loadStories(join(shared, 'eval/comparable'), seedSources),
  ...loadStories(fileURLToPath(new URL('./comparable-gold', import.meta.url)), seedSources),
].map((s) => prepare(s, 'seed'));
const extra = extraDirs.flatMap(storyFolders).flatMap((d) => loadStories(d)).map((s) => prepare(s));
const pool = [...dev, ...seeds, ...extra];

const line = (name, c) => {
  const s = pooled([c]);
  return `${name.padEnd(20)} P ${s.precision.toFixed(3)} (${c.correctPairs}/${c.proposedPairs})  R ${s.recall.toFixed(3)} (${c.coveredSentences}/${c.strongSentences})  F1 ${s.f1.toFixed(3)}`;
};
const total = (label, counts) => {
  const s = pooled(counts);
  console.log(`   ${label.padEnd(20)} P ${s.precision.toFixed(3)}  R ${s.recall.toFixed(3)}  F1 ${s.f1.toFixed(3)}`);
};
const show = (stories, counts, always) => {
  if (always || verbose) stories.forEach((s, k) => console.log(`   ${line(s.story.name, counts[k])}`));
};

console.log(`stories: ${dev.length} development, ${seeds.length} seed pairs, ${extra.length} extra`);
console.log('1. shipped model, whole pipeline');
const shippedDev = dev.map((s) => scoreStory(s.story, align(s, COMPARABLE_MODEL)));
show(dev, shippedDev, true);
total('development, pooled', shippedDev);
const shippedSeeds = seeds.map((s) => scoreStory(s.story, align(s, COMPARABLE_MODEL)));
show(seeds, shippedSeeds, true);
if (extra.length) total('extra, pooled', extra.map((s) => scoreStory(s.story, align(s, COMPARABLE_MODEL))));

console.log('2. leave one story out (fitted on all other stories and pairs)');
const heldOut = (stories) =>
  stories.map((s) => {
    const model = fit(pool.filter((t) => t !== s));
    return { counts: scoreStory(s.story, align(s, model)), model };
  });
const devHeld = heldOut(dev);
dev.forEach((s, k) => console.log(`   ${line(s.story.name, devHeld[k].counts)}  (link ${devHeld[k].model.link}, mutual ${devHeld[k].model.mutual}, join ${devHeld[k].model.join})`));
total('development, pooled', devHeld.map((h) => h.counts));
if (extra.length) {
  const extraHeld = heldOut(extra);
  show(extra, extraHeld.map((h) => h.counts), false);
  total('extra, pooled', extraHeld.map((h) => h.counts));
  total('all news, pooled', [...devHeld, ...extraHeld].map((h) => h.counts));
}

console.log('3. in sample (fitted on everything)');
const all = fit(pool);
const inSample = dev.map((s) => scoreStory(s.story, align(s, all)));
show(dev, inSample, false);
total('development, pooled', inSample);
const r = (x) => Math.round(x * 100) / 100;
console.log(`   pair features: ${PAIR_FEATURES.join(', ')}; competition: ${COMPETITION_FEATURES.join(', ')}`);
console.log(`   COMPARABLE_MODEL = { pair: { bias: ${r(all.pair.bias)}, weights: [${all.pair.weights.map(r).join(', ')}] }, competition: { bias: ${r(all.competition.bias)}, weights: [${all.competition.weights.map(r).join(', ')}] }, link: ${all.link}, mutual: ${all.mutual}, join: ${all.join} }`);
