import { UserError } from '../core/errors.js';
import { isLanguageCode, type LanguagePair } from '../core/types.js';
import { namesOnlyEnglishGerman } from '../language/assign.js';
import { OTHER_PAIRS_HINT } from './optionWords.js';

/**
 * Parses the value of --langs: "en,de" or "de,en", or — when `otherPairs` (the run has
 * --presegmented and --no-lexicon, so needs neither segmentation rules nor a lexicon) — any two
 * language codes such as "de,fr".
 */
export function parseLangsOption(value: string, otherPairs = false): LanguagePair {
  const parts = value.split(',').map((part) => part.trim().toLowerCase());
  if (parts.length !== 2 || !parts.every(isLanguageCode)) {
    throw new UserError(`--langs ${value}: expected two language codes, the languages of the two files in order: "en,de" or "de,en"`);
  }
  const pair: LanguagePair = [parts[0]!, parts[1]!];
  if (!namesOnlyEnglishGerman(pair) && !otherPairs) {
    throw new UserError(`--langs ${value}: satzpaar segments and translates only English and German; ${OTHER_PAIRS_HINT}`);
  }
  return pair;
}
