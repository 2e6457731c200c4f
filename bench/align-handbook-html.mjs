#!/usr/bin/env node
// The whole pipeline on real documents, scored against the development gold: the clean handbook
// chapters of the shared gold come from the Debian Administrator's Handbook, which Debian also ships
// as HTML (package debian-handbook). This script aligns the HTML pages of each chapter as a user would
// (`satzpaar align en.html de.html`: clean mode, satzpaar's own segmentation, paragraph marks from the
// block tags), maps the sentences onto the gold's sentence lines by their text, and scores the result
// with the gold in the gold's own sentence numbering.
//
//   npm run build && node bench/align-handbook-html.mjs /work/shared [/usr/share/doc/debian-handbook/html] [--verbose] [--sentence-links]
//
// --sentence-links aligns as `satzpaar align --sentence-links` (restructured paragraphs keep their sentence links).
// --verbose prints every strict error: links satzpaar proposes that the gold lacks (+) and gold links
// it misses (-), with the first words of their sentences; "=" marks links whose lines both
// segmentations cut alike (the errors that are satzpaar's alignment, not a segmentation difference).
//
// Mapping: both sides' texts, whitespace removed, are matched in order — every gold line is looked for
// after the previous one in the concatenated text of satzpaar's sentences (pages hold navigation and
// headers the gold lacks). A satzpaar sentence stands for the gold lines its text overlaps; links that
// come to share a gold line (a heading satzpaar splits as "5.1." + "Structure …") are joined. Gold lines
// whose text the HTML lacks (another revision of the book) stay unmapped and are reported; gold links
// touching them are left out of the score, as are the sentences satzpaar finds only in the HTML.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { alignDocuments } from '../dist/pipeline/alignDocuments.js';
import { DEFAULT_ALIGN_SETTINGS } from '../dist/core/settings.js';
import { parseGold } from '../dist/eval/gold.js';
import { scoreAlignment } from '../dist/eval/score.js';
import { readerText } from '../dist/segment/readerText.js';
import { PARALLEL_COSTS } from '../dist/align/trellis.js';
import { bookPages, HANDBOOK_HTML, readPage } from './lib/handbook.mjs';

// SATZPAAR_COSTS='{"merge":1.1}' overrides the DP costs, for tuning (as in align-parallel.mjs).
if (process.env.SATZPAAR_COSTS) Object.assign(PARALLEL_COSTS, JSON.parse(process.env.SATZPAAR_COSTS));

const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const verbose = process.argv.includes('--verbose');
const sentenceLinks = process.argv.includes('--sentence-links');
const shared = args[0];
const htmlRoot = args[1] ?? HANDBOOK_HTML;
if (!shared) {
  console.error('usage: node bench/align-handbook-html.mjs /path/to/shared [/usr/share/doc/debian-handbook/html]');
  process.exit(2);
}
const goldDir = join(shared, 'eval/parallel/clean');
const squeeze = (text) => text.replace(/\s+/g, '');

/** The pages whose text holds lines of the gold file (pages are chapters' sections; a chapter file spans several). */
function chapterPages(pages, goldLines) {
  const lines = new Set(goldLines.map(squeeze).filter((l) => l.length >= 40));
  return pages.filter((page) => {
    const text = squeeze(readPage(htmlRoot, 'en', page).replace(/<[^>]*>/g, ' '));
    let hits = 0;
    for (const line of lines) if (text.includes(line)) hits++;
    return hits >= 3;
  });
}

/** For each satzpaar sentence, the gold lines its text overlaps; and which gold lines were found at all. */
function mapToGold(sentences, goldLines) {
  const stream = [];
  const sentenceStart = [];
  let length = 0;
  for (const s of sentences) {
    const text = squeeze(readerText(s));
    sentenceStart.push(length);
    stream.push(text);
    length += text.length;
  }
  const all = stream.join('');
  const lineRanges = [];
  let from = 0;
  for (const line of goldLines) {
    const text = squeeze(line);
    const at = text === '' ? -1 : all.indexOf(text, from);
    // A line much further on than the last one is another occurrence (a repeated phrase), not this one.
    if (at < 0 || at - from > 20000) {
      lineRanges.push(undefined);
      continue;
    }
    lineRanges.push([at, at + text.length]);
    from = at + text.length;
  }
  const goldOf = sentences.map((_, k) => {
    const start = sentenceStart[k];
    const end = start + stream[k].length;
    const lines = [];
    lineRanges.forEach((range, g) => {
      if (range && range[0] < end && range[1] > start) lines.push(g);
    });
    return lines;
  });
  return { goldOf, found: lineRanges.map((r) => r !== undefined) };
}

/** Gold lines that exactly one satzpaar sentence covers, and that sentence no other line. */
function alikeLines(goldOf) {
  const owners = new Map();
  for (const lines of goldOf) for (const g of lines) owners.set(g, (owners.get(g) ?? 0) + 1);
  const alike = new Set();
  for (const lines of goldOf) if (lines.length === 1 && owners.get(lines[0]) === 1) alike.add(lines[0]);
  return alike;
}

/** satzpaar's links in the gold's numbering; links that share a gold line are joined. */
function linksInGoldSpace(alignments, goldOf) {
  const links = alignments
    .map((l) => ({ en: [...new Set(l.en.flatMap((i) => goldOf.en[i]))], de: [...new Set(l.de.flatMap((j) => goldOf.de[j]))] }))
    .filter((l) => l.en.length + l.de.length > 0);
  const parent = links.map((_, k) => k);
  const find = (k) => (parent[k] === k ? k : (parent[k] = find(parent[k])));
  for (const side of ['en', 'de']) {
    const owner = new Map();
    links.forEach((l, k) => {
      for (const g of l[side]) {
        if (owner.has(g)) parent[find(k)] = find(owner.get(g));
        else owner.set(g, k);
      }
    });
  }
  const groups = new Map();
  links.forEach((l, k) => {
    const root = find(k);
    const group = groups.get(root) ?? { en: new Set(), de: new Set() };
    for (const g of l.en) group.en.add(g);
    for (const g of l.de) group.de.add(g);
    groups.set(root, group);
  });
  return [...groups.values()].map((g) => ({ en: [...g.en].sort((a, b) => a - b), de: [...g.de].sort((a, b) => a - b) }));
}

/** Strict errors: + proposed but not gold, − gold but not proposed; `=` marks links both segmentations cut alike. */
function printErrors(test, gold, goldLines, cutAlike) {
  const pair = (l) => l.en.length > 0 && l.de.length > 0;
  const key = (l) => `${l.en}|${l.de}`;
  const goldKeys = new Set(gold.filter(pair).map(key));
  const testKeys = new Set(test.filter(pair).map(key));
  const show = (mark, l) => console.log(`  ${mark}${cutAlike(l) ? '=' : ' '} [${l.en}]:[${l.de}]  ${goldLines.en[l.en[0]].slice(0, 60)} | ${goldLines.de[l.de[0]].slice(0, 60)}`);
  for (const l of test.filter(pair)) if (!goldKeys.has(key(l))) show('+', l);
  for (const l of gold.filter(pair)) if (!testKeys.has(key(l))) show('-', l);
}

const pages = { en: bookPages(htmlRoot) };
const f = (x) => x.toFixed(3);
const total = { strict: [0, 0, 0, 0], alike: [0, 0, 0, 0], found: [0, 0], goldLinks: [0, 0] };
for (const name of readdirSync(goldDir).filter((n) => n.endsWith('.gold')).map((n) => n.slice(0, -5)).sort()) {
  const goldLines = { en: readFileSync(join(goldDir, `${name}.en`), 'utf8').split('\n').filter((l) => l !== ''), de: readFileSync(join(goldDir, `${name}.de`), 'utf8').split('\n').filter((l) => l !== '') };
  const chapter = chapterPages(pages.en, goldLines.en);
  const documents = ['en', 'de'].map((lang) => {
    const path = `${name}.${lang}.html`;
    const text = chapter.map((page) => readPage(htmlRoot, lang, page)).join('\n');
    return { path, text, sha256: '', encoding: 'utf-8' };
  });
  const alignment = alignDocuments(documents, { ...DEFAULT_ALIGN_SETTINGS, langs: ['en', 'de'], mode: 'parallel', presegmented: false, sentenceLinks });
  const mapped = { en: mapToGold(alignment.sentences.en, goldLines.en), de: mapToGold(alignment.sentences.de, goldLines.de) };
  const test = linksInGoldSpace(alignment.alignments, { en: mapped.en.goldOf, de: mapped.de.goldOf });
  // Gold links whose every line was found in the HTML; test links only within those lines.
  const gold = parseGold(readFileSync(join(goldDir, `${name}.gold`), 'utf8')).links;
  const scoredGold = gold.filter((l) => l.en.every((i) => mapped.en.found[i]) && l.de.every((j) => mapped.de.found[j]));
  const inScope = { en: new Set(scoredGold.flatMap((l) => l.en)), de: new Set(scoredGold.flatMap((l) => l.de)) };
  const scoredTest = test.filter((l) => l.en.every((i) => inScope.en.has(i)) && l.de.every((j) => inScope.de.has(j)));
  const s = scoreAlignment(scoredTest, scoredGold);
  const foundShare = (lang) => mapped[lang].found.filter(Boolean).length / goldLines[lang].length;
  // Where the two segmentations differ, a link of either may be right and still not match the other.
  const splits = ['en', 'de'].reduce((n, lang) => {
    const owners = new Map();
    for (const lines of mapped[lang].goldOf) for (const g of lines) owners.set(g, (owners.get(g) ?? 0) + 1);
    return n + [...owners.values()].filter((count) => count > 1).length;
  }, 0);
  const joins = ['en', 'de'].reduce((n, lang) => n + mapped[lang].goldOf.filter((lines) => lines.length > 1).length, 0);
  // The same score on the gold links whose lines both segmentations cut alike (one gold line, one
  // sentence), and the test links within them.
  const alike = { en: alikeLines(mapped.en.goldOf), de: alikeLines(mapped.de.goldOf) };
  const goldAlike = scoredGold.filter((l) => l.en.every((i) => alike.en.has(i)) && l.de.every((j) => alike.de.has(j)));
  const alikeScope = { en: new Set(goldAlike.flatMap((l) => l.en)), de: new Set(goldAlike.flatMap((l) => l.de)) };
  const cutAlike = (l) => l.en.every((i) => alikeScope.en.has(i)) && l.de.every((j) => alikeScope.de.has(j));
  const a = scoreAlignment(scoredTest.filter(cutAlike), goldAlike);
  if (verbose) printErrors(scoredTest, scoredGold, goldLines, cutAlike);
  total.alike[0] += a.strict.precision * a.testLinks;
  total.alike[1] += a.testLinks;
  total.alike[2] += a.strict.recall * a.goldLinks;
  total.alike[3] += a.goldLinks;
  console.log(
    `${name}  ${chapter.length} pages  gold lines found: en ${f(foundShare('en'))} de ${f(foundShare('de'))}  split ${splits} joined ${joins}  gold links scored ${scoredGold.length}/${gold.length}` +
      `  strict P ${f(s.strict.precision)} R ${f(s.strict.recall)} F1 ${f(s.strict.f1)}  lax F1 ${f(s.lax.f1)}  where cut alike: strict F1 ${f(a.strict.f1)}`,
  );
  total.strict[0] += s.strict.precision * s.testLinks;
  total.strict[1] += s.testLinks;
  total.strict[2] += s.strict.recall * s.goldLinks;
  total.strict[3] += s.goldLinks;
  total.goldLinks[0] += scoredGold.length;
  total.goldLinks[1] += gold.length;
}
const precision = total.strict[0] / total.strict[1];
const recall = total.strict[2] / total.strict[3];
const alikeP = total.alike[0] / total.alike[1];
const alikeR = total.alike[2] / total.alike[3];
console.log(
  `ALL  gold links scored ${total.goldLinks[0]}/${total.goldLinks[1]}  strict P ${f(precision)} R ${f(recall)} F1 ${f((2 * precision * recall) / (precision + recall))}` +
    `  where cut alike (${total.alike[3]} gold links): strict P ${f(alikeP)} R ${f(alikeR)} F1 ${f((2 * alikeP * alikeR) / (alikeP + alikeR))}`,
);
