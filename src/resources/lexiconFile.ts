import { readFileSync } from 'node:fs';
import { InputError } from '../core/problems.js';

/** The text of a user's lexicon file; a file that cannot be read is an input problem naming it. */
export function readLexiconFile(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new InputError({ code: 'lexicon-unreadable', path, cause: (error as NodeJS.ErrnoException).code ?? String(error) });
  }
}
