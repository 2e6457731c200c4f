import type { Lang, Sentence } from '../core/types.js';
import { wordTestOf } from '../lexicon/knownWord.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import { findBlocks } from './blocks.js';
import { cleanText } from './clean.js';
import { joinLineEndHyphens } from './lineEndHyphens.js';
import type { DerivedText } from './offsetMap.js';
import { rulesWithExtras } from './rules.js';
import { splitBlock } from './sentences.js';

export interface SegmentOptions {
  /** Extra abbreviations (with or without the final period), e.g. from --abbreviations FILE. */
  abbreviations?: Iterable<string>;
  /**
   * Clean mode, for HTML-ish or PDF-extracted text: markup and noise (tags, entities, dot leaders, page
   * numbers, rule lines, letter-spaced words; see clean.ts) are masked before the boundaries are found, and
   * every sentence also carries its cleaned text.
   */
  clean?: boolean;
  /**
   * Clean mode: the lexicon that tells a word the typesetter hyphenated at a line end from a compound written
   * with a hyphen (see lineEndHyphens.ts); `undefined` is the shipped EN–DE lexicon, `null` none (every hyphen stays).
   */
  lexicon?: Lexicon | null;
}

/** A sentence found in clean mode: `text` is still the exact slice; `clean` is what a reader sees. */
export interface CleanSentence extends Sentence {
  /**
   * The sentence with markup removed, character references decoded, leaders and page numbers dropped, words
   * hyphenated at line ends joined (or their hyphen kept, for a compound), whitespace collapsed.
   */
  clean: string;
}

/**
 * Splits a document into sentences. Two passes, both linear: line structure first (blank lines end a
 * segment; headings, bylines, captions, list items and table rows stay separate; a line that leaves its
 * sentence open is joined with the next, see blocks.ts), then the sentence boundaries inside each block (abbreviations, initials, ordinals, lists,
 * quotations, ellipses; rule lists in data/segment/). Every sentence is a trimmed slice of `text`:
 * `sentence.text === text.slice(sentence.start, sentence.end)`, and no non-whitespace character is dropped.
 *
 * In clean mode the offsets stay exact, but noise that makes up no sentence (a rule line, a page number,
 * a tag between sentences) is dropped: only there may non-whitespace text lie outside every sentence.
 */
export function segment(text: string, lang: Lang, options: SegmentOptions & { clean: true }): CleanSentence[];
export function segment(text: string, lang: Lang, options?: SegmentOptions): Sentence[];
export function segment(text: string, lang: Lang, options: SegmentOptions = {}): Sentence[] {
  if (options.clean) return segmentCleanView(text, cleanText(text), lang, options);
  const rules = rulesWithExtras(lang, options.abbreviations);
  const blocks = findBlocks(text, rules);
  const sentences: Sentence[] = [];
  for (let i = 0; i < blocks.length; i += 2) splitBlock(text, blocks[i]!, blocks[i + 1]!, rules, sentences);
  return sentences;
}

/**
 * Clean mode: segments the cleaned view of `text` (`cleanText(text)`, passed in by callers that have it
 * already, as the pipeline does after detecting the language on it) and maps every sentence back to its
 * slice of `text`.
 */
export function segmentCleanView(text: string, cleaned: DerivedText, lang: Lang, options: SegmentOptions = {}): CleanSentence[] {
  const { map } = cleaned;
  const isWord = wordTestOf(options.lexicon);
  const words = isWord ? { isWord, lang } : undefined;
  return segment(cleaned.text, lang, { ...options, clean: false }).map((sentence) => {
    const start = map.sourceStart(sentence.start);
    const end = map.sourceEnd(sentence.end);
    return { text: text.slice(start, end), start, end, clean: collapseWhitespace(joinLineEndHyphens(sentence.text, words)) };
  });
}

/** Whitespace other than single spaces. */
const LOOSE_SPACE = /[^\S ]| {2}/;

/** Collapses whitespace runs to single spaces; most sentences need nothing, and are returned as they are (no copy). */
function collapseWhitespace(sentence: string): string {
  return LOOSE_SPACE.test(sentence) ? sentence.replace(/\s+/g, ' ') : sentence;
}
