// Lint (npm run lint; .ci/run runs it): ESLint's and typescript-eslint's recommended rules, no warnings allowed.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const nodeGlobals = {
  process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly',
  setInterval: 'readonly', clearInterval: 'readonly', setImmediate: 'readonly', performance: 'readonly', TextDecoder: 'readonly',
  TextEncoder: 'readonly', structuredClone: 'readonly', AbortController: 'readonly', queueMicrotask: 'readonly', fetch: 'readonly',
};

export default tseslint.config(
  { ignores: ['dist/', 'bundle/', 'node_modules/', 'data/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { languageOptions: { globals: nodeGlobals } },
  {
    rules: {
      // An unused argument named `_…` is a signature kept on purpose (a callback's shape).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Control characters are matched on purpose: XML forbids them (exports), ANSI colours and
      // man's backspace overstrikes are stripped, U+0000 marks a cue's place (claims/extract/negation.ts).
      'no-control-regex': 'off',
    },
  },
);
