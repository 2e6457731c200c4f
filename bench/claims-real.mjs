#!/usr/bin/env node
// False conflicts of `satzpaar diff` on whole published translations (issue 19): Debian's FAQ, the
// Debian Reference, the Debian Administrator's Handbook, GNOME's help and the installation guide,
// from their bookworm packages. The translations are faithful, so every conflict counts as false.
//
//   npm run build && node bench/claims-real.mjs [--debs DIR] [--work DIR] [--book NAME]... [--every N]
//       [--sample N] [--json FILE] [--verbose]
//
// --debs DIR   the .deb files; a missing one is fetched with `apt-get download` (default
//              $XDG_CACHE_HOME/satzpaar-bench/debs). --work DIR: where they are unpacked with
//              `dpkg-deb -x`, once (default $XDG_CACHE_HOME/satzpaar-bench/unpacked).
// --book NAME  only this book (faq, reference, handbook, gnome-help, install); repeat for several.
// --every N    every Nth page pair of each book (a quick run); --sample N conflicts shown per type
//              and book (default 5); --json FILE writes the numbers; --verbose lists skipped pages
//              and every conflict.
//
// Each page pair is aligned and diffed as `satzpaar diff en de` does by default (mode auto, clean
// mode for HTML and Mallard pages, the shipped lexicon); a pair whose German page language detection
// does not take for German (left untranslated) is skipped and counted. Per book it counts linked
// sentence pairs (links with at least one English and one German sentence) and conflicts by type,
// and prints conflicts per 1,000 linked pairs.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BOOKS, DEFAULT_DEBS, DEFAULT_WORK, debFile, unpacked } from './lib/debianBooks.mjs';

const started = performance.now();
const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const values = (name) => args.flatMap((arg, k) => (arg === name && k + 1 < args.length ? [args[k + 1]] : []));
const option = (name) => values(name).at(-1);
const count = (name, fallback) => {
  const value = option(name) ?? String(fallback);
  if (!/^[0-9]+$/.test(value) || (Number(value) === 0 && name !== '--sample')) usage(`${name} takes a positive whole number, not "${value}"`);
  return Number(value);
};
function usage(problem) {
  console.error(`${problem}\nusage: node bench/claims-real.mjs [--debs DIR] [--work DIR] [--book ${BOOKS.map((b) => b.name).join('|')}]... [--every N] [--sample N] [--json FILE] [--verbose]`);
  process.exit(2);
}
const known = new Set(['--debs', '--work', '--book', '--every', '--sample', '--json']);
for (let k = 0; k < args.length; k++) {
  if (known.has(args[k])) k++;
  else if (args[k] !== '--verbose') usage(`unknown argument "${args[k]}"`);
}
const debs = option('--debs') ?? DEFAULT_DEBS;
const work = option('--work') ?? DEFAULT_WORK;
const every = count('--every', 1);
const sampleSize = count('--sample', 5);
const jsonPath = option('--json');
const verbose = args.includes('--verbose');
const wanted = values('--book').flatMap((v) => v.split(','));
for (const name of wanted) if (!BOOKS.some((b) => b.name === name)) usage(`no book "${name}"`);
const books = BOOKS.filter((b) => wanted.length === 0 || wanted.includes(b.name));

// Packages: downloaded when missing, unpacked once.
const debOf = {};
const treeOf = {};
for (const pkg of new Set(books.flatMap((b) => b.packages))) {
  debOf[pkg] = debFile(debs, pkg);
  treeOf[pkg] = unpacked(debOf[pkg], work);
}

const tasks = books.map((book) => ({
  book,
  pairs: book.pairs((pkg) => treeOf[pkg]).filter((_, k) => k % every === 0),
}));

// One thread: a full run takes about 20 s (a worker pool saved a fifth of that on two cores).
const { default: diffPair } = await import('./lib/claimsRealPair.mjs');
const results = [];
for (const { pairs } of tasks) {
  const book = [];
  for (const [, en, de] of pairs) book.push(await diffPair({ en, de }));
  results.push(book);
}

const TYPES = ['number', 'amount', 'percentage', 'date', 'time', 'ordinal', 'quantity', 'range', 'entity', 'negation'];
const perThousand = (n, linked) => (linked === 0 ? 0 : (1000 * n) / linked);
const report = tasks.map(({ book, pairs }, b) => {
  const summary = {
    name: book.name,
    title: book.title,
    packages: book.packages.map((pkg) => basename(debOf[pkg])),
    pagePairs: pairs.length,
    pages: 0,
    skipped: { language: [], error: [] },
    comparablePages: 0,
    sentences: { en: 0, de: 0 },
    linked: 0,
    findings: {},
    conflicts: 0,
    byType: {},
    per1000: 0,
    per1000ByType: {},
    samples: {},
  };
  const conflicts = [];
  results[b].forEach((result, k) => {
    const page = pairs[k][0];
    if (result.status !== 'ok') {
      summary.skipped[result.status].push({ page, message: result.message });
      return;
    }
    summary.pages++;
    if (result.mode === 'comparable') summary.comparablePages++;
    summary.sentences.en += result.sentences.en;
    summary.sentences.de += result.sentences.de;
    summary.linked += result.linked;
    for (const [status, n] of Object.entries(result.findings)) summary.findings[status] = (summary.findings[status] ?? 0) + n;
    for (const conflict of result.conflicts) conflicts.push({ page, ...conflict });
  });
  summary.conflicts = conflicts.length;
  summary.per1000 = perThousand(conflicts.length, summary.linked);
  for (const type of TYPES) {
    const ofType = conflicts.filter((c) => c.type === type);
    if (ofType.length === 0) continue;
    summary.byType[type] = ofType.length;
    summary.per1000ByType[type] = perThousand(ofType.length, summary.linked);
    summary.samples[type] = spread(ofType, sampleSize);
  }
  if (verbose) summary.all = conflicts;
  return summary;
});
const wallSeconds = (performance.now() - started) / 1000;

// The table.
const fixed = (x) => x.toFixed(2);
const rows = [['book', 'pages', 'skipped', 'compar.', 'linked pairs', 'conflicts', 'per 1,000', 'EN-only', 'DE-only', 'matches']];
for (const s of report) {
  rows.push([
    s.name,
    String(s.pages),
    `${s.skipped.language.length}${s.skipped.error.length ? ` +${s.skipped.error.length} err` : ''}`,
    String(s.comparablePages),
    String(s.linked),
    String(s.conflicts),
    fixed(s.per1000),
    String(s.findings['en-only'] ?? 0),
    String(s.findings['de-only'] ?? 0),
    String(s.findings.match ?? 0),
  ]);
}
const typesSeen = TYPES.filter((t) => report.some((s) => s.byType[t]));
const typeRows = [['per 1,000 linked pairs', ...typesSeen]];
for (const s of report) typeRows.push([s.name, ...typesSeen.map((t) => (s.byType[t] ? `${fixed(s.per1000ByType[t])} (${s.byType[t]})` : '–'))]);
const commit = gitCommit();
console.log(`satzpaar diff on published translations — ${new Date().toISOString().slice(0, 10)}, commit ${commit}${every > 1 ? `, every ${every}th page pair` : ''}`);
console.log('(pages: page pairs diffed; skipped: German page not detected as German; compar.: pages auto aligned as comparable)\n');
console.log(table(rows));
console.log(`\nconflicts by type${typesSeen.length ? '' : ': none'}`);
if (typesSeen.length) console.log(table(typeRows));
for (const s of report) {
  const skipped = [...s.skipped.language, ...s.skipped.error];
  if (verbose && skipped.length) {
    console.log(`\n${s.name}: skipped pages`);
    for (const { page, message } of skipped) console.log(`  ${page}: ${message}`);
  }
  const types = Object.keys(s.samples);
  if (types.length === 0) continue;
  console.log(`\n${s.name} — ${verbose ? 'every conflict' : `samples (up to ${sampleSize} a type)`}`);
  for (const type of types) {
    const shown = verbose ? s.all.filter((c) => c.type === type) : s.samples[type];
    console.log(`  ${type} (${s.byType[type]})`);
    for (const c of shown) {
      console.log(`    ${c.page}: "${short(c.en)}" ≠ "${short(c.de)}"`);
      console.log(`      EN ${c.enSentence}`);
      console.log(`      DE ${c.deSentence}`);
    }
  }
}
console.log(`\nwall time ${wallSeconds.toFixed(1)} s`);
if (jsonPath) {
  for (const s of report) delete s.all;
  const json = { date: new Date().toISOString(), commit, node: process.version, every, wallSeconds, books: report };
  writeFileSync(jsonPath, `${JSON.stringify(json, null, 2)}\n`);
}

/** A claim's text on one line, a negation claim's whole sentence (what the other side's cue stood against) cut short. */
function short(text) {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= 60 ? flat : `${flat.slice(0, 59)}…`;
}

/** Up to n items spread evenly over the list (first, last and between), so one page does not fill a sample. */
function spread(list, n) {
  if (list.length <= n) return list;
  if (n === 0) return [];
  if (n === 1) return [list[0]];
  return Array.from({ length: n }, (_, k) => list[Math.round((k * (list.length - 1)) / (n - 1))]);
}

function table(rows) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  return rows.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ')).join('\n');
}

function gitCommit() {
  try {
    return execFileSync('git', ['-C', root, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}
