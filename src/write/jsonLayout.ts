import { ENGLISH_GERMAN, type Lang, type LanguagePair, type Sentence } from '../core/types.js';

/**
 * Pretty-printed JSON, except that each sentence and each item of the main list sit on one line,
 * so a diff or `grep` of the output stays readable on long documents. Shared by the alignment and
 * the claims JSON, which have the same layout: a head, `sentences`, and one list. `keys` names the
 * two sentence lists (the languages of the `en` and `de` roles).
 */
export function formatOneItemPerLine(
  head: object,
  sentences: Record<Lang, Sentence[]>,
  listName: string,
  items: unknown[],
  keys: LanguagePair = ENGLISH_GERMAN,
): string {
  const headJson = JSON.stringify(head, null, 2);
  const list = (entries: unknown[], indent: string) => (entries.length === 0 ? '[]' : `[\n${lines(entries, indent)}\n${indent.slice(2)}]`);
  // Linked with `+` and template literals, never `join`: joining the lists would copy all of the text (7 MB,
  // twice that as two-byte characters, on handbook-x6) once before the write copies it again.
  const sentenceLists = `  "sentences": {\n    ${JSON.stringify(keys[0])}: ${list(sentences.en, '      ')},\n    ${JSON.stringify(keys[1])}: ${list(sentences.de, '      ')}\n  }`;
  const mainList = `  ${JSON.stringify(listName)}: ${list(items, '    ')}`;
  return `${headJson.slice(0, -2)},\n${sentenceLists},\n${mainList}\n}\n`;
}

/** Lines joined in batches of this many. */
const BATCH = 1000;

/**
 * Each entry as JSON on a line of its own, after `indent`, the lines joined by commas. In batches: the 64k
 * lines of an 18k-sentence alignment, all made before the one join, lived through several young-generation
 * collections, each of which copied them (some 7 MB); a batch's lines die young, in the join that follows.
 */
function lines(entries: unknown[], indent: string): string {
  let text = '';
  for (let from = 0; from < entries.length; from += BATCH) {
    const batch = entries
      .slice(from, from + BATCH)
      .map((entry) => indent + JSON.stringify(entry))
      .join(',\n');
    // Joined with `+`, which links the batches instead of copying them: the text is copied once, when written.
    text = from === 0 ? batch : text + ',\n' + batch;
  }
  return text;
}
