import { hasClauseMark } from '../../../src/analyse/tokens.js';
import { scanWords } from '../../../src/analyse/wordScan.js';

/**
 * The words of `tokenize`, each with whether punctuation that opens a clause stands before it: the gaps
 * between words walked as the analyser walks them, through the same `hasClauseMark`.
 */
export function tokenizeClauses(text: string): { words: string[]; opensClause: boolean[] } {
  const { words, starts } = scanWords(text);
  const opensClause = new Array<boolean>(words.length);
  let end = 0;
  for (let k = 0; k < words.length; k++) {
    const start = starts[k]!;
    opensClause[k] = k > 0 && hasClauseMark(text, end, start);
    end = start + words[k]!.length;
  }
  return { words, opensClause };
}
