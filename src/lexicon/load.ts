import type { LexiconChoice } from '../core/settings.js';
import { readLexiconFile } from '../resources/lexiconFile.js';
import { LEXICON_DE_EN, LEXICON_EN_DE, once, shippedGunzipped } from '../resources/shipped.js';
import { Lexicon } from './lexicon.js';
import { ReverseLexicon } from './reverse.js';
import { parseUserLexicon } from './userLexicon.js';
import { InputError } from '../core/problems.js';

/** The EN–DE lexicon derived from Ding (see data/lexicon/README.md); loaded once per process. */
export function shippedLexicon(): Lexicon {
  return once('lexicon/en-de', () => Lexicon.fromStemTableBytes(shippedGunzipped(LEXICON_EN_DE)));
}

/** The DE→EN direction of the shipped lexicon (see reverse.ts); loaded once per process, when first needed. */
export function shippedReverseLexicon(): ReverseLexicon {
  return once('lexicon/de-en', () => ReverseLexicon.fromStemTableBytes(shippedGunzipped(LEXICON_DE_EN)));
}

/** A file of the user's pairs added to `base` (the shipped lexicon, or an empty one when they replace it). */
export function loadUserLexicon(path: string, base: Lexicon): Lexicon {
  const { pairs, badLine } = parseUserLexicon(readLexiconFile(path));
  if (badLine !== undefined) {
    throw new InputError({ code: 'lexicon-bad-line', path, line: badLine });
  }
  return base.withPairs(pairs);
}

/**
 * The lexicon a choice asks for: the shipped one, none (`null`), or a file's pairs added to the shipped
 * one or alone (read once per process, path and mode).
 */
export function lexiconFor(choice: LexiconChoice): Lexicon | null {
  if (choice.kind === 'none') return null;
  if (choice.kind === 'shipped') return shippedLexicon();
  return once(`lexicon file:${choice.mode}:${choice.path}`, () => loadUserLexicon(choice.path, choice.mode === 'replace' ? new Lexicon() : shippedLexicon()));
}
