import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Two workers: most of the time goes to end-to-end tests that wait on the CLI's child processes, so two files
    // at a time on a 2-core machine take about 7.5 of the 12 minutes one at a time takes (vitest's default there is one).
    maxWorkers: 2,
    // As bin/satzpaar.js does: V8 compiles each regular expression straight to machine code instead of to bytecode first
    // and again on its second use, which spares every test file that loads the claims' number grammars about a second.
    execArgv: ['--no-regexp-tier-up'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
