#!/usr/bin/env node
// Usage: node scripts/bundle.mjs   (`npm run build` runs it after tsc)
// Bundles tsc's output in dist/ into bundle/, which bin/satzpaar.js launches: one ES module per entry point
// (the CLI, the analysis worker, the batch worker) and the chunks they share, which hold the code the CLI
// imports lazily (each command, comparable mode, the claims). Node's ES module loader then reads and links a
// handful of files instead of about 120 for a one-line `align` (bench/README.md, "Start-up"). dist/ stays as
// tsc writes it, for the scripts and benches that import its modules.
import { build } from 'esbuild';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const src = join(root, 'src');

// A module that finds a file by `import.meta.url` (the data files, the worker files) must sit two levels
// below the package root (src/<folder>/<file>.ts), as every bundle file does (bundle/cli/main.js,
// bundle/chunks/*.js), so that one relative path holds from dist/ and from the bundle alike.
const misplaced = [];
for (const entry of readdirSync(src, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !entry.name.endsWith('.ts')) continue;
  const path = join(entry.parentPath, entry.name);
  if (readFileSync(path, 'utf8').includes('import.meta.url') && relative(src, path).split(sep).length !== 2) {
    misplaced.push(relative(root, path));
  }
}
if (misplaced.length > 0) {
  process.stderr.write(`bundle: ${misplaced.join(', ')}: resolve files by import.meta.url only in a module of src/<folder>/\n`);
  process.exit(1);
}

// commander requires node:child_process when it loads, for sub-commands that are executables of their own
// (satzpaar has none); child_process brings net and dgram, a few ms of every run's start-up. The bundled
// commander requires it on first use instead. A commander whose source no longer has that line fails here.
const lazyChildProcess = {
  name: 'commander-child-process-on-use',
  setup(bundler) {
    bundler.onLoad({ filter: /[\\/]commander[\\/]lib[\\/]command\.js$/ }, async ({ path }) => {
      const text = await readFile(path, 'utf8');
      const eager = "const childProcess = require('node:child_process');";
      if (text.split(eager).length !== 2) throw new Error(`${path}: expected one "${eager}" (scripts/bundle.mjs defers it)`);
      const onUse = "const childProcess = { spawn: (...args) => require('node:child_process').spawn(...args) };";
      return { contents: text.replace(eager, onUse), loader: 'js' };
    });
  },
};

rmSync(join(root, 'bundle'), { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: ['dist/cli/main.js', 'dist/analyse/analysisWorker.js', 'dist/batch/worker.js'],
  outbase: 'dist',
  outdir: 'bundle',
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // piscina starts its own worker file beside its code, so it stays in node_modules; so do the readers and
  // writers of Office files and the progress bar (CommonJS, loaded only by the commands that need them).
  external: ['piscina', 'mammoth', 'jszip', 'read-excel-file', 'write-excel-file', 'cli-progress'],
  // CommonJS code bundled into ES modules (commander) requires Node's built-in modules.
  banner: { js: "import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);" },
  sourcemap: 'linked',
  plugins: [lazyChildProcess],
  logLevel: 'warning',
});
