import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Two workers: most of the time goes to end-to-end tests that wait on the CLI's child processes, so two files
    // at a time on a 2-core machine take about 7.5 of the 12 minutes one at a time takes (vitest's default there is one).
    maxWorkers: 2,
    // The tests' runs compile regular expressions straight to machine code (see NODE_FLAGS in test/helpers/cli.ts): the
    // test files that load the claims' number grammars are spared about a second each.
    execArgv: ['--no-regexp-tier-up'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
