#!/usr/bin/env node
// Whether a change leaves satzpaar's output byte for byte as it was. Runs the CLI as a user does and
// writes (--write) or compares (--check) every output in DIR:
//   - `align` JSON, default options, of every English fixture against every German one (fixtures/);
//   - `diff --format json` of the same pairs;
//   - `align --presegmented` JSON of the nine development documents, clean, omission and omission-blocks;
//   - `align --presegmented` JSON of the mixed speed set at 18k sentences and of the handbook speed set.
//
//   node bench/same-output.mjs SHARED DIR --write    (on the commit before a change)
//   node bench/same-output.mjs SHARED DIR --check    (after it; exit 1 on any difference)
//
// Paths inside the outputs are those given on the command line: fixtures relative to the checkout, the
// rest absolute (the mixed set lives in the OS temp folder), so two checkouts give comparable files.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeMixedSet } from './lib/mixedSpeedSet.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const [shared, dir, action] = process.argv.slice(2);
if (!shared || !dir || !['--write', '--check'].includes(action)) {
  console.error('usage: node bench/same-output.mjs SHARED DIR --write|--check');
  process.exit(2);
}

const runs = [];
const fixtures = readdirSync(join(root, 'fixtures')).sort();
for (const en of fixtures.filter((f) => f.startsWith('en-'))) {
  for (const de of fixtures.filter((f) => f.startsWith('de-'))) {
    const pair = `${en.slice(3, -4)}--${de.slice(3, -4)}`;
    const files = [`fixtures/${en}`, `fixtures/${de}`];
    runs.push({ name: `fixture-align-${pair}.json`, args: ['align', ...files] });
    runs.push({ name: `fixture-diff-${pair}.json`, args: ['diff', '--format', 'json', ...files] });
  }
}
for (const variant of ['clean', 'omission', 'omission-blocks']) {
  const folder = join(shared, 'eval', 'parallel', variant);
  for (const f of readdirSync(folder).filter((f) => f.endsWith('.en')).sort()) {
    const name = f.slice(0, -3);
    runs.push({ name: `${variant}-${name}.json`, args: ['align', '--presegmented', join(folder, `${name}.en`), join(folder, `${name}.de`)] });
  }
}
const mixed = writeMixedSet(shared, join(tmpdir(), 'satzpaar-speed-sets'), 18000);
runs.push({ name: 'mixed-18000.json', args: ['align', '--presegmented', mixed.en, mixed.de] });
const speed = join(shared, 'eval', 'parallel', 'speed');
runs.push({ name: 'handbook-x6.json', args: ['align', '--presegmented', join(speed, 'handbook-x6.en'), join(speed, 'handbook-x6.de')] });

/** Runs satzpaar with `args` in the checkout; resolves to its stdout (diff may exit 1 on conflicts only with --fail-on). */
function satzpaar(args) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, 'bin', 'satzpaar.js'), ...args], { cwd: root });
    const out = [];
    const err = [];
    child.stdout.on('data', (b) => out.push(b));
    child.stderr.on('data', (b) => err.push(b));
    child.on('close', (code) => (code === 0 ? resolve(Buffer.concat(out)) : reject(new Error(`satzpaar ${args.join(' ')}: exit ${code}\n${Buffer.concat(err)}`))));
  });
}

mkdirSync(dir, { recursive: true });
const differing = [];
let next = 0;
async function worker() {
  while (next < runs.length) {
    const run = runs[next++];
    const output = await satzpaar(run.args);
    const path = join(dir, run.name);
    if (action === '--write') writeFileSync(path, output);
    else if (!existsSync(path) || !readFileSync(path).equals(output)) differing.push(run.name);
  }
}
await Promise.all(Array.from({ length: Math.min(2, availableParallelism()) }, worker));
if (action === '--write') console.log(`${runs.length} outputs written to ${dir}`);
else if (differing.length) {
  console.log(`${differing.length} of ${runs.length} outputs differ:\n${differing.sort().join('\n')}`);
  process.exit(1);
} else console.log(`all ${runs.length} outputs identical`);
