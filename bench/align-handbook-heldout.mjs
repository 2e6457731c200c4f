#!/usr/bin/env node
// Parallel alignment on handbook chapters the development gold does not contain, built the way that
// gold is built, to see whether the settings tuned on the development files carry over.
//
//   npm run build && node bench/align-handbook-heldout.mjs [HTML_DIR] [--hunalign BIN --hunalign-dict FILE] [--seeds N] [--write DIR]
//
// HTML_DIR is the handbook's HTML (`apt-get install debian-handbook`; default
// /usr/share/doc/debian-handbook/html). No shared folder is needed: the development gold covers the
// preface and chapters 1–8, and this script takes chapters 9–16 and the appendices.
//
// How the sets are made. Each page is read in both languages with satzpaar's clean-mode segmentation
// (after removing what the development files lack: navigation, `<pre>` screens and program listings,
// figures, tables of contents); block tags give the paragraphs. The German pages have the English
// pages' structure, so the n-th paragraph of one is the n-th of the other (pages whose paragraph counts
// differ are left out and counted). The gold follows the development gold's convention: a paragraph
// whose two sides have as many sentences is linked sentence by sentence, any other paragraph is one
// link (a 1-2 for a one-sentence paragraph split in two, a 4-5 for a longer one). Like the
// development data there are three sets per chapter:
//   clean            the chapter as translated;
//   omission         about 2 % of the paragraphs of each side deleted (1-0 and 0-1 gold links);
//   omission-blocks  the same plus three runs of 5–20 paragraphs deleted from one side.
// Deletions come from fixed seeds (1 … N, default 5; counts pooled over them), so every run builds the
// same sets. Each set is aligned twice:
// one sentence per line with no paragraph marks (as the development files), and with a blank line
// between paragraphs (as in documents that mark them). Since the sentences are satzpaar's own split,
// segmentation errors cost nothing here: this measures alignment only.
//
// Reported per set: strict P/R/F1 and recall of the omitted sentences (the definitions of
// `satzpaar eval`), and strict F1 with the paragraph-level gold links (shapes no bead produces) and
// the test links inside them left out, and strict precision per score decile (calibration: the
// development files give 0.95 for 0.9–1.0 and 0.84 for 0.8–0.9). With --hunalign, hunalign runs on the unmarked files as a
// yardstick (`hunalign -utf DICT de en`; DICT in its `de @ en` format; see bench/README.md).
// --write DIR also writes the sets (those of seed 1) as DIR/SET/NAME.{en,de,gold} (and DIR/SET-marked/ with the paragraph
// marks) for `satzpaar align --presegmented` and `satzpaar eval`.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { cleanText } from '../dist/segment/clean.js';
import { alignDocuments } from '../dist/pipeline/alignDocuments.js';
import { segmentCleanView } from '../dist/segment/segment.js';
import { DEFAULT_ALIGN_SETTINGS } from '../dist/core/settings.js';
import { paragraphStarts } from '../dist/analyse/paragraphs.js';
import { readerText } from '../dist/segment/readerText.js';
import { addCounts, countAlignment, scoreAlignment, scoresFromCounts } from '../dist/eval/score.js';
import { bookPages, HANDBOOK_HTML, readPage } from './lib/handbook.mjs';

const option = (name) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const optionValues = new Set(['--hunalign', '--hunalign-dict', '--write', '--seeds'].map(option));
const htmlRoot = process.argv.slice(2).find((a) => !a.startsWith('--') && !optionValues.has(a)) ?? HANDBOOK_HTML;
// hunalign writes translate.txt into its working folder, so it runs in a temporary one: paths given relative to where
// the bench was started are made absolute first (a bare command name is looked up on PATH as given).
const hunalign = option('--hunalign')?.includes('/') ? resolve(option('--hunalign')) : option('--hunalign');
const hunalignDict = option('--hunalign-dict') && resolve(option('--hunalign-dict'));
if (hunalign && !hunalignDict) {
  console.error('usage: node bench/align-handbook-heldout.mjs [HTML_DIR] [--hunalign BIN --hunalign-dict FILE] [--seeds N] [--write DIR]');
  process.exit(2);
}
const writeDir = option('--write');
const seeds = Number(option('--seeds') ?? 5);

/** First pages of the chapters the development gold holds (preface, chapters 1–8, and the foreword before them). */
const DEVELOPMENT_CHAPTERS = new Set([
  'foreword.html', 'preface.html', 'the-debian-project.html', 'case-study.html', 'existing-setup.html',
  'installation.html', 'packaging-system.html', 'apt.html', 'solving-problems.html', 'basic-configuration.html',
]);
const BEAD_SHAPES = new Set(['1:1', '1:2', '2:1', '2:2', '1:3', '3:1']);

/** Page parts the development files do not contain. */
function withoutFurniture(html) {
  return html
    .replace(/<div id="banner">[\s\S]*?<\/div>/, '')
    .replace(/<p id="title">[\s\S]*?<\/p>/, '')
    .replace(/<ul class="docnav[\s\S]*?<\/ul>/g, '')
    .replace(/<pre[\s\S]*?<\/pre>/g, '<div></div>')
    .replace(/<div class="mediaobject[\s\S]*?<\/div>/g, '')
    .replace(/<div class="toc">[\s\S]*?<\/dl>\s*<\/div>/g, '');
}

/** A page's paragraphs, each a list of sentences (one line each). */
function pageParagraphs(page, lang) {
  const html = withoutFurniture(readPage(htmlRoot, lang, page));
  const cleaned = cleanText(html);
  const sentences = segmentCleanView(html, cleaned, lang);
  const starts = paragraphStarts(html, sentences, cleaned);
  const paragraphs = [];
  sentences.forEach((s, k) => {
    if (k === 0 || starts?.[k]) paragraphs.push([]);
    paragraphs.at(-1).push(readerText(s).replace(/\s+/g, ' ').trim());
  });
  return paragraphs;
}

/** Chapters after the development ones: runs of pages from a chapter's page to the next. */
function heldOutChapters() {
  const chapters = [];
  for (const page of bookPages(htmlRoot).slice(1)) {
    if (!page.startsWith('sect.') || chapters.length === 0) chapters.push([]);
    chapters.at(-1).push(page);
  }
  return chapters.filter((pages) => !DEVELOPMENT_CHAPTERS.has(pages[0]));
}

/** Paragraph pairs of a chapter, and how many pages were left out because their paragraphs do not pair up. */
function chapterParagraphs(pages) {
  const pairs = [];
  let unpaired = 0;
  for (const page of pages) {
    const en = pageParagraphs(page, 'en');
    const de = pageParagraphs(page, 'de');
    if (en.length !== de.length) unpaired++;
    else en.forEach((p, k) => pairs.push({ en: p, de: de[k] }));
  }
  return { pairs, unpaired };
}

/** A small seeded generator (mulberry32), so that the deletions are the same on every run. */
function seeded(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Which side of each paragraph pair stays, for one set. */
function deletions(count, set, random) {
  const keep = Array.from({ length: count }, () => ({ en: true, de: true }));
  if (set === 'clean') return keep;
  for (const k of keep) {
    if (random() < 0.02) k.en = false;
    if (random() < 0.02) k.de = false;
  }
  if (set === 'omission-blocks') {
    for (let run = 0; run < 3; run++) {
      const length = 5 + Math.floor(random() * 16);
      const start = Math.floor(random() * Math.max(1, count - length));
      const side = random() < 0.5 ? 'en' : 'de';
      for (let k = start; k < Math.min(count, start + length); k++) keep[k][side] = false;
    }
  }
  return keep;
}

/** The set's two documents (lines, paragraphs) and its gold links. */
function buildSet(pairs, keep) {
  const doc = { en: [], de: [] };
  const paragraphs = { en: [], de: [] };
  const gold = [];
  pairs.forEach((pair, k) => {
    const at = {};
    for (const lang of ['en', 'de']) {
      at[lang] = doc[lang].length;
      if (!keep[k][lang]) continue;
      doc[lang].push(...pair[lang]);
      paragraphs[lang].push(pair[lang]);
    }
    const indices = (lang) => (keep[k][lang] ? pair[lang].map((_, x) => at[lang] + x) : []);
    const en = indices('en');
    const de = indices('de');
    if (en.length && de.length) {
      if (en.length === de.length) en.forEach((i, x) => gold.push({ en: [i], de: [de[x]] }));
      else gold.push({ en, de });
    } else {
      for (const i of en) gold.push({ en: [i], de: [] });
      for (const j of de) gold.push({ en: [], de: [j] });
    }
  });
  return { doc, paragraphs, gold };
}

const asText = (lines) => `${lines.join('\n')}\n`;
const marked = (paragraphs) => `${paragraphs.map((p) => p.join('\n')).join('\n\n')}\n`;
const source = (path, text) => ({ path, text, sha256: '', encoding: 'utf-8' });

function satzpaarLinks(name, texts) {
  const alignment = alignDocuments([source(`${name}.en`, texts.en), source(`${name}.de`, texts.de)], { ...DEFAULT_ALIGN_SETTINGS, langs: ['en', 'de'], mode: 'parallel', presegmented: true });
  return alignment.alignments.map((l) => ({ en: l.en, de: l.de, score: l.score }));
}

/** hunalign's ladder (rungs "de-index en-index score", German given first) as links. */
function hunalignLinks(set) {
  const dir = mkdtempSync(join(tmpdir(), 'satzpaar-heldout-'));
  try {
    writeFileSync(join(dir, 'en'), asText(set.doc.en));
    writeFileSync(join(dir, 'de'), asText(set.doc.de));
    const ladder = execFileSync(hunalign, ['-utf', hunalignDict, join(dir, 'de'), join(dir, 'en')], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'ignore'] });
    const rungs = ladder.trim().split('\n').map((line) => line.split('\t').map(Number));
    const links = [];
    for (let k = 0; k + 1 < rungs.length; k++) {
      const [d0, e0] = rungs[k];
      const [d1, e1] = rungs[k + 1];
      const link = { en: range(e0, e1), de: range(d0, d1) };
      if (link.en.length || link.de.length) links.push(link);
    }
    return links;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function writeSet(dir, name, texts, gold) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${name}.en`), texts.en);
  writeFileSync(join(dir, `${name}.de`), texts.de);
  writeFileSync(join(dir, `${name}.gold`), gold);
}

function range(from, to) {
  return Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);
}

/** Strict link counts summed over documents, for pooled scores. */
class Counts {
  right = 0;
  proposed = 0;
  found = 0;
  gold = 0;
  add(score) {
    this.right += score.strict.precision * score.testLinks;
    this.proposed += score.testLinks;
    this.found += score.strict.recall * score.goldLinks;
    this.gold += score.goldLinks;
  }
  get precision() {
    return this.right / this.proposed;
  }
  get recall() {
    return this.found / this.gold;
  }
  get f1() {
    return (2 * this.precision * this.recall) / (this.precision + this.recall);
  }
}

class Tally {
  strict = new Counts();
  /** With the paragraph-level gold links and the test links inside them left out. */
  sentenceLevel = new Counts();
  omittedFound = 0;
  omitted = 0;
  /** Ignore-coarse counts (the shared README's definition): the paragraph links with two or more sentences on both sides are coarse. */
  ignoreCoarse;
  /** Per score decile: two-sided links, and how many of them are gold links. */
  calibration = Array.from({ length: 10 }, () => ({ links: 0, right: 0 }));
  add(test, gold) {
    const goldKeys = new Set(gold.map((l) => `${l.en}|${l.de}`));
    for (const l of test) {
      if (!l.en.length || !l.de.length || l.score === undefined) continue;
      const bucket = this.calibration[Math.min(9, Math.floor(l.score * 10))];
      bucket.links++;
      if (goldKeys.has(`${l.en}|${l.de}`)) bucket.right++;
    }
    const score = scoreAlignment(test, gold);
    this.strict.add(score);
    const counts = countAlignment(test, gold, gold.filter((l) => l.en.length > 1 && l.de.length > 1));
    this.ignoreCoarse = this.ignoreCoarse ? addCounts(this.ignoreCoarse, counts) : counts;
    if (score.omissionRecall !== undefined) {
      const omitted = gold.filter((l) => !l.en.length || !l.de.length).length;
      this.omittedFound += score.omissionRecall * omitted;
      this.omitted += omitted;
    }
    const inParagraph = new Set(gold.filter((l) => l.en.length && l.de.length && !BEAD_SHAPES.has(`${l.en.length}:${l.de.length}`)).flatMap((l) => l.en));
    const outside = (l) => !l.en.some((i) => inParagraph.has(i));
    this.sentenceLevel.add(scoreAlignment(test.filter(outside), gold.filter(outside)));
  }
  toString() {
    const f = (x) => x.toFixed(3);
    const omitted = this.omitted ? f(this.omittedFound / this.omitted) : '  –  ';
    const coarse = scoresFromCounts(this.ignoreCoarse);
    return `strict P ${f(this.strict.precision)} R ${f(this.strict.recall)} F1 ${f(this.strict.f1)}  omitted recall ${omitted}  sentence-level F1 ${f(this.sentenceLevel.f1)}  ignore-coarse F1 ${f(coarse.strict.f1)}, 1-0/0-1 link recall ${coarse.nullLinks ? f(coarse.nullLinks.recall) : '  –  '}`;
  }
  /** Strict precision per score decile: whether a score means "right this often" here too. */
  calibrationLine() {
    return this.calibration
      .map((b, k) => (b.links ? `${(k / 10).toFixed(1)}–${((k + 1) / 10).toFixed(1)}: ${(b.right / b.links).toFixed(3)} of ${b.links}` : ''))
      .filter(Boolean)
      .join('  ');
  }
}

const chapters = heldOutChapters().map((pages) => ({ pages, ...chapterParagraphs(pages) }));
for (const c of chapters) {
  const sentences = (lang) => c.pairs.reduce((n, p) => n + p[lang].length, 0);
  const restructured = c.pairs.filter((p) => p.en.length !== p.de.length).length;
  console.log(`${c.pages[0].padEnd(30)} ${String(c.pages.length).padStart(2)} pages (${c.unpaired} left out)  ${c.pairs.length} paragraphs, ${restructured} with unequal sentence counts  ${sentences('en')} / ${sentences('de')} sentences`);
}
for (const set of ['clean', 'omission', 'omission-blocks']) {
  const tallies = { unmarked: new Tally(), marked: new Tally(), hunalign: new Tally() };
  // The deleted paragraphs differ from seed to seed; the counts are pooled over the seeds.
  for (let seed = 1; seed <= (set === 'clean' ? 1 : seeds); seed++) {
    const random = seeded(seed);
    chapters.forEach((c, k) => {
      const name = `heldout-${String(k + 1).padStart(2, '0')}`;
      const built = buildSet(c.pairs, deletions(c.pairs.length, set, random));
      tallies.unmarked.add(satzpaarLinks(name, { en: asText(built.doc.en), de: asText(built.doc.de) }), built.gold);
      tallies.marked.add(satzpaarLinks(name, { en: marked(built.paragraphs.en), de: marked(built.paragraphs.de) }), built.gold);
      if (hunalign) tallies.hunalign.add(hunalignLinks(built), built.gold);
      if (writeDir && seed === 1) {
        const gold = built.gold.map((l) => `[${l.en.join(', ')}]:[${l.de.join(', ')}]\n`).join('');
        writeSet(join(writeDir, set), name, { en: asText(built.doc.en), de: asText(built.doc.de) }, gold);
        writeSet(join(writeDir, `${set}-marked`), name, { en: marked(built.paragraphs.en), de: marked(built.paragraphs.de) }, gold);
      }
    });
  }
  console.log(`${set.padEnd(16)} satzpaar, one sentence per line  ${tallies.unmarked}`);
  console.log(`${' '.repeat(16)}   score calibration: ${tallies.unmarked.calibrationLine()}`);
  console.log(`${set.padEnd(16)} satzpaar, paragraphs marked      ${tallies.marked}`);
  console.log(`${' '.repeat(16)}   score calibration: ${tallies.marked.calibrationLine()}`);
  if (hunalign) console.log(`${set.padEnd(16)} hunalign, one sentence per line  ${tallies.hunalign}`);
}
