#!/usr/bin/env node
// Usage: npm run build && node bench/outputs-unchanged.mjs SHARED DIR --write   (before a change)
//        npm run build && node bench/outputs-unchanged.mjs SHARED DIR --check   (after it)
// Runs the CLI as a user does on the fixtures and the development sets, in every output format
// (align: json, jsonl, tmx, xliff, tsv, moses, html; diff: text, json, html; segment; export and report
// of a saved alignment), the nine development documents, the news stories and the two speed sets (the
// mixed set at 18k sentences, built into the temp folder, and handbook-x6), and writes each output to DIR (--write) or compares it byte for byte with
// what DIR holds (--check), listing every output that differs. A refactor that should change nothing
// must leave every one of them identical.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { writeMixedSet } from './lib/mixedSpeedSet.mjs';

const run = promisify(execFile);
const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'bin/satzpaar.js');
const [sharedArg, dir, action] = process.argv.slice(2);
const shared = sharedArg && resolve(sharedArg);
if (!shared || !dir || !['--write', '--check'].includes(action ?? '')) {
  process.stderr.write('usage: node bench/outputs-unchanged.mjs SHARED DIR --write|--check\n');
  process.exit(2);
}

// Relative to the checkout, so that outputs naming their documents compare across checkouts.
const fixtures = 'fixtures';
const english = readdirSync(join(root, fixtures)).filter((f) => f.startsWith('en-')).sort();
const german = readdirSync(join(root, fixtures)).filter((f) => f.startsWith('de-')).sort();
const scratch = join(tmpdir(), `outputs-unchanged-${process.pid}`);
mkdirSync(scratch, { recursive: true });
// Fixed, so that TMX and XLIFF headers do not carry the time of the run.
const DATE = ['--creation-date', '20260101T000000Z'];

/** name → argument list; `{out}` is replaced by a scratch file for commands that write files (moses). */
const cases = [];
for (const en of english) {
  for (const de of german) {
    const pair = [join(fixtures, en), join(fixtures, de)];
    const name = `${en.replace(/\.txt$/, '')}+${de.replace(/\.txt$/, '')}`;
    for (const format of ['json', 'jsonl', 'tmx', 'xliff', 'tsv', 'html']) cases.push([`align.${format}.${name}`, ['align', ...pair, '--format', format, ...DATE]]);
    cases.push([`align.moses.${name}`, ['align', ...pair, '--format', 'moses', '-o', '{out}']]);
    cases.push([`align.parallel.${name}`, ['align', ...pair, '--mode', 'parallel']]);
    cases.push([`align.no-lexicon.${name}`, ['align', ...pair, '--no-lexicon', '--clean']]);
    for (const format of ['text', 'json', 'html']) cases.push([`diff.${format}.${name}`, ['diff', ...pair, '--format', format]]);
  }
}
for (const file of [...english, ...german]) cases.push([`segment.${file}`, ['segment', join(fixtures, file), '--format', 'jsonl']]);
for (const set of ['clean', 'omission', 'omission-blocks']) {
  const folder = join(shared, 'eval/parallel', set);
  for (const doc of readdirSync(folder).filter((f) => f.endsWith('.en')).map((f) => f.slice(0, -3)).sort()) {
    cases.push([`parallel.${set}.${doc}`, ['align', join(folder, `${doc}.en`), join(folder, `${doc}.de`), '--presegmented']]);
  }
}
const mixed = writeMixedSet(shared, join(tmpdir(), 'satzpaar-speed-sets'), 18000);
cases.push(['speed.mixed-18000', ['align', mixed.en, mixed.de, '--presegmented']]);
const speed = join(shared, 'eval/parallel/speed');
cases.push(['speed.handbook-x6', ['align', join(speed, 'handbook-x6.en'), join(speed, 'handbook-x6.de'), '--presegmented']]);
const news = join(shared, 'eval/comparable-news');
for (const story of readdirSync(news).filter((f) => existsSync(join(news, f, 'en.txt'))).sort()) {
  const pair = [join(news, story, 'en.txt'), join(news, story, 'de.txt')];
  cases.push([`news.align.${story}`, ['align', ...pair]]);
  cases.push([`news.diff.${story}`, ['diff', ...pair, '--format', 'json']]);
}

async function output(name, args) {
  const out = join(scratch, name);
  const { stdout } = await run(process.execPath, [bin, ...args.map((a) => (a === '{out}' ? out : a))], { cwd: root, maxBuffer: 1 << 28, encoding: 'buffer' });
  if (!args.includes('{out}')) return stdout;
  return Buffer.concat(['.en', '.de'].map((suffix) => readFileSync(out + suffix)));
}

/** Outputs made from a saved alignment: export in each format and the report. */
async function fromSaved(name, json) {
  const saved = join(scratch, `${name}.saved.json`);
  writeFileSync(saved, json);
  const made = [];
  for (const format of ['tmx', 'xliff', 'tsv', 'jsonl']) made.push([`export.${format}.${name}`, await output(`export.${format}.${name}`, ['export', saved, '--format', format, ...DATE])]);
  made.push([`report.${name}`, await output(`report.${name}`, ['report', saved])]);
  return made;
}

const results = new Map();
let next = 0;
async function worker() {
  while (next < cases.length) {
    const [name, args] = cases[next++];
    const bytes = await output(name, args);
    results.set(name, bytes);
    if (name.startsWith('align.json.')) for (const [derived, data] of await fromSaved(name.slice('align.json.'.length), bytes)) results.set(derived, data);
  }
}
await Promise.all(Array.from({ length: Math.max(1, Math.min(4, availableParallelism())) }, worker));
rmSync(scratch, { recursive: true, force: true });

mkdirSync(dir, { recursive: true });
const names = [...results.keys()].sort();
if (action === '--write') {
  for (const name of names) writeFileSync(join(dir, name), results.get(name));
  process.stdout.write(`${names.length} outputs written to ${dir}\n`);
} else {
  const differing = names.filter((name) => !existsSync(join(dir, name)) || !readFileSync(join(dir, name)).equals(results.get(name)));
  const missing = readdirSync(dir).filter((name) => !results.has(name));
  for (const name of differing) process.stdout.write(`differs: ${name}\n`);
  for (const name of missing) process.stdout.write(`not made: ${name}\n`);
  process.stdout.write(`${names.length - differing.length} of ${names.length} outputs identical\n`);
  process.exitCode = differing.length + missing.length > 0 ? 1 : 0;
}
