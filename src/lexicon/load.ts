import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { InputError } from '../core/problems.js';
import type { LexiconChoice } from '../core/settings.js';
import { Lexicon } from './lexicon.js';
import { ReverseLexicon } from './reverse.js';
import { parseUserLexicon } from './userLexicon.js';

/** dist/lexicon/load.js and src/lexicon/load.ts both sit two levels below the package root. */
const SHIPPED = fileURLToPath(new URL('../../data/lexicon/en-de.tsv.gz', import.meta.url));

const SHIPPED_REVERSE = fileURLToPath(new URL('../../data/lexicon/de-en.tsv.gz', import.meta.url));

let shipped: Lexicon | undefined;
let shippedReverse: ReverseLexicon | undefined;

/** The EN–DE lexicon derived from Ding (see data/lexicon/README.md); loaded once per process. */
export function shippedLexicon(): Lexicon {
  if (!shipped) shipped = Lexicon.fromStemTableBytes(gunzipWhole(readFileSync(SHIPPED)));
  return shipped;
}

/** The DE→EN direction of the shipped lexicon (see reverse.ts); loaded once per process, when first needed. */
export function shippedReverseLexicon(): ReverseLexicon {
  if (!shippedReverse) shippedReverse = ReverseLexicon.fromStemTableBytes(gunzipWhole(readFileSync(SHIPPED_REVERSE)));
  return shippedReverse;
}

/**
 * Gunzips into one buffer of the right size: the gzip trailer gives the size, and one output chunk
 * spares zlib copying 6.7 MB of 16 kB chunks into a buffer, about a third of the lexicon's load.
 */
function gunzipWhole(gz: Buffer): Buffer {
  const size = gz.length >= 4 ? gz.readUInt32LE(gz.length - 4) : 0;
  return gunzipSync(gz, { chunkSize: Math.max(64 * 1024, size + 1024) });
}

/** A file of the user's pairs added to `base` (the shipped lexicon, or an empty one when they replace it). */
export function loadUserLexicon(path: string, base: Lexicon): Lexicon {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new InputError({ code: 'lexicon-unreadable', path, cause: (error as NodeJS.ErrnoException).code ?? String(error) });
  }
  const { pairs, badLine } = parseUserLexicon(text);
  if (badLine !== undefined) {
    throw new InputError({ code: 'lexicon-bad-line', path, line: badLine });
  }
  return base.withPairs(pairs);
}

const userLexicons = new Map<string, Lexicon>();

/**
 * The lexicon a choice asks for: the shipped one, none (`null`), or a file's pairs added to the shipped
 * one or alone (read once per process, path and mode).
 */
export function lexiconFor(choice: LexiconChoice): Lexicon | null {
  if (choice.kind === 'none') return null;
  if (choice.kind === 'shipped') return shippedLexicon();
  const key = `${choice.mode}:${choice.path}`;
  let lexicon = userLexicons.get(key);
  if (!lexicon) {
    lexicon = loadUserLexicon(choice.path, choice.mode === 'replace' ? new Lexicon() : shippedLexicon());
    userLexicons.set(key, lexicon);
  }
  return lexicon;
}
