import type { OptionWords } from '../core/problems.js';

/** How to align a pair other than English–German from the command line. */
export const OTHER_PAIRS_HINT = 'to align another language pair, state it with --langs (e.g. de,fr) and give --presegmented --no-lexicon';

/** The flags that fix what a stage reports (core/problems.ts), as `align`, `diff` and `segment` take them. */
export const CLI_WORDS: OptionWords = {
  langs: '--langs',
  statesEnglishGerman: '--langs en,de',
  forcesLanguages: '--force-langs',
  otherPairs: OTHER_PAIRS_HINT,
  offersOtherPairs: true,
  encoding: '--encoding',
  lexicon: '--lexicon',
  tmxLangs: '--tmx-langs',
  clean: '--clean',
  presegmented: '--presegmented',
  mode: '--mode',
};

/** `batch` states the languages by its manifest's columns, and aligns English with German only. */
export const BATCH_WORDS: OptionWords = {
  ...CLI_WORDS,
  statesEnglishGerman: '--trust-columns (first column English, second German)',
  offersOtherPairs: false,
};
