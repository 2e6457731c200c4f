import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { UserError } from '../core/errors.js';
import { Lexicon } from './lexicon.js';
import { parseUserLexicon } from './userLexicon.js';

/** dist/lexicon/load.js and src/lexicon/load.ts both sit two levels below the package root. */
const SHIPPED = fileURLToPath(new URL('../../data/lexicon/en-de.tsv.gz', import.meta.url));

let shipped: Lexicon | undefined;

/** The EN–DE lexicon derived from Ding (see data/lexicon/README.md); loaded once per process. */
export function shippedLexicon(): Lexicon {
  if (!shipped) shipped = Lexicon.fromStemTable(gunzipSync(readFileSync(SHIPPED)).toString('utf8'));
  return shipped;
}

/** `--lexicon FILE`: the user's pairs added to `base` (the shipped lexicon, or an empty one with `--no-lexicon`). */
export function loadUserLexicon(path: string, base: Lexicon): Lexicon {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new UserError(`--lexicon ${path}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)}); check the path`);
  }
  const { pairs, badLine } = parseUserLexicon(text);
  if (badLine !== undefined) {
    throw new UserError(`--lexicon ${path}:${badLine}: expected "english<TAB>german" or hunalign's "german @ english"`);
  }
  return base.withPairs(pairs);
}

const userLexicons = new Map<string, Lexicon>();

/**
 * The lexicon the `--lexicon`/`--no-lexicon` options ask for: `undefined` for the shipped one,
 * `null` for none, or the shipped one plus a file's pairs (read once per process and path).
 */
export function lexiconForOption(option: string | false | undefined): Lexicon | null | undefined {
  if (option === false) return null;
  if (option === undefined) return undefined;
  let lexicon = userLexicons.get(option);
  if (!lexicon) {
    lexicon = loadUserLexicon(option, shippedLexicon());
    userLexicons.set(option, lexicon);
  }
  return lexicon;
}
