#!/usr/bin/env node
// Help pages as users would align them, without gold: GNOME's help (Mallard XML, package gnome-user-docs)
// and GIMP's (HTML, gimp-help-en / gimp-help-de). Both are translations page by page, so every pair should
// come out parallel; a page against its sibling's German (the next page in name order, often sharing steps
// such as "Open the Activities overview … / Click on Settings.") should stay comparable. Reports language
// failures, the mode split, sentences left one-sided, and links found out of order (`moved`).
//
// The packages need not be installed; unpacked is enough:
//   apt-get download gnome-user-docs gimp-help-en gimp-help-de && for f in *.deb; do dpkg -x "$f" x; done
//   npm run build && node bench/help-pages.mjs --gnome x/usr/share/help --gimp x/usr/share/gimp/2.0/help [--every N] [--verbose]
//
// --every N takes every Nth GIMP page (default 6; 691 pages in all) and always the glossary; GNOME's 293 all.
// --verbose lists the pairs that fail or come out comparable, and the moved links.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { alignDocuments } from '../dist/pipeline/alignDocuments.js';
import { DEFAULT_ALIGN_SETTINGS } from '../dist/core/settings.js';
import { readerText } from '../dist/segment/readerText.js';

const option = (name) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const gnome = option('--gnome');
const gimp = option('--gimp');
const every = Number(option('--every') ?? 6);
const verbose = process.argv.includes('--verbose');
if (!gnome && !gimp) {
  console.error('usage: node bench/help-pages.mjs [--gnome DIR] [--gimp DIR] [--every N] [--verbose]  (DIR: usr/share/help, usr/share/gimp/2.0/help)');
  process.exit(2);
}
const doc = (path) => ({ path, text: readFileSync(path, 'utf8'), sha256: '', encoding: 'utf-8' });

function align(en, de) {
  try {
    return alignDocuments([doc(en), doc(de)], { ...DEFAULT_ALIGN_SETTINGS, mode: 'auto', presegmented: false });
  } catch (error) {
    return { error: error.message };
  }
}

/** Pairs of one help system: [name, English path, German path]. */
function pairsOf(enDir, deDir, extension, step, always = []) {
  const names = readdirSync(enDir).filter((f) => f.endsWith(extension) && existsSync(join(deDir, f))).sort();
  return names.filter((name, k) => k % step === 0 || always.includes(name)).map((name) => [name, join(enDir, name), join(deDir, name)]);
}

function report(label, pairs, siblings) {
  let failed = 0, parallel = 0, tiny = 0, links = 0, oneSided = 0, moved = 0;
  const notes = [];
  for (const [name, en, de] of pairs) {
    const result = align(en, de);
    if (result.error) {
      failed++;
      notes.push(`  failed      ${name}: ${result.error.replace(/^.*?: /, '')}`);
      continue;
    }
    if (Math.min(result.sentences.en.length, result.sentences.de.length) < 2) tiny++;
    else if (result.mode === 'parallel') parallel++;
    else notes.push(`  comparable  ${name}: ${result.modeReason}`);
    links += result.alignments.length;
    oneSided += result.alignments.filter((l) => l.en.length === 0 || l.de.length === 0).length;
    for (const l of result.alignments.filter((l) => l.moved)) {
      moved++;
      const text = (lang, i) => readerText(result.sentences[lang][i]).slice(0, 50);
      notes.push(`  moved       ${name} ${l.en}:${l.de} ${l.score}  ${text('en', l.en[0])} | ${text('de', l.de[0])}`);
    }
  }
  let siblingParallel = 0;
  let siblingCount = 0;
  for (const [name, en, de] of siblings) {
    const result = align(en, de);
    if (result.error || Math.min(result.sentences.en.length, result.sentences.de.length) < 2) continue;
    siblingCount++;
    if (result.mode === 'parallel') {
      siblingParallel++;
      notes.push(`  sibling parallel  ${name}: ${result.modeReason}`);
    }
  }
  const aligned = pairs.length - failed;
  console.log(
    `${label}  ${pairs.length} pairs  language failures ${failed}  parallel ${parallel} / ${aligned - tiny} (with ≥ 2 sentences; ${tiny} smaller)` +
      `  one-sided links ${oneSided} / ${links}  moved links ${moved}  siblings parallel ${siblingParallel} / ${siblingCount}`,
  );
  if (verbose) for (const note of notes) console.log(note);
}

if (gnome) {
  const pairs = pairsOf(join(gnome, 'C/gnome-help'), join(gnome, 'de/gnome-help'), '.page', 1);
  // Each page against the German of the page after next in name order: siblings, not translations.
  const siblings = pairs.filter((_, k) => k % 3 === 0 && k + 1 < pairs.length).map(([name, en], k) => [`${name} × ${pairs[k * 3 + 1][0]}`, en, pairs[k * 3 + 1][2]]);
  report('GNOME help', pairs, siblings);
}
if (gimp) {
  // The glossary always: the German one is sorted by the German terms, so its entries move.
  const pairs = pairsOf(join(gimp, 'en'), join(gimp, 'de'), '.html', every, ['glossary.html']);
  report('GIMP help ', pairs, []);
}
