import type { AlignmentDocument, Lang, Sentence } from '../../src/core/types.js';

/**
 * The "nothing lost" invariants as functions that return the first violation (or undefined):
 * one `expect` per document instead of one per sentence, fast enough for property runs and
 * 100,000-sentence documents, and the message says exactly what went wrong.
 */

/** Whitespace by either JavaScript's `\s` or Unicode's White_Space property (NEL, U+1680, …). */
export function isWhitespace(ch: string): boolean {
  return /^[\s\p{White_Space}]$/u.test(ch);
}

/**
 * "Nothing lost": every sentence is the exact slice its offsets name, sentences are in order and
 * do not overlap, and every character outside them is whitespace. Together: every non-whitespace
 * character lies in exactly one sentence. Returns the first violation, for a readable failure.
 */
export function nothingLostProblem(sentences: Sentence[], text: string): string | undefined {
  let cursor = 0;
  for (const [k, s] of sentences.entries()) {
    if (!(Number.isInteger(s.start) && Number.isInteger(s.end) && s.start < s.end)) return `sentence ${k}: bad range ${s.start}..${s.end}`;
    if (s.start < cursor) return `sentence ${k} overlaps the previous one`;
    if (text.slice(s.start, s.end) !== s.text) return `sentence ${k}: text !== slice(${s.start}, ${s.end})`;
    const gap = [...text.slice(cursor, s.start)].find((ch) => !isWhitespace(ch));
    if (gap !== undefined) return `U+${gap.codePointAt(0)!.toString(16)} before sentence ${k} is in no sentence`;
    cursor = s.end;
  }
  const tail = [...text.slice(cursor)].find((ch) => !isWhitespace(ch));
  return tail === undefined ? undefined : `U+${tail.codePointAt(0)!.toString(16)} after the last sentence is in no sentence`;
}

/** Every sentence of both documents in exactly one alignment entry, no entry empty. */
export function linkProblem(doc: AlignmentDocument): string | undefined {
  for (const lang of ['en', 'de'] as Lang[]) {
    const count = new Array<number>(doc.sentences[lang].length).fill(0);
    for (const link of doc.alignments) {
      for (const i of link[lang]) {
        if (!(Number.isInteger(i) && i >= 0 && i < count.length)) return `${lang} index ${i} out of range`;
        count[i]!++;
      }
    }
    const wrong = count.findIndex((c) => c !== 1);
    if (wrong >= 0) return `${lang} sentence ${wrong} is in ${count[wrong]} entries`;
  }
  if (doc.alignments.some((l) => l.en.length + l.de.length === 0)) return 'an empty entry';
  if (doc.alignments.some((l) => !(l.score >= 0 && l.score <= 1))) return 'a score outside [0, 1]';
  return undefined;
}

