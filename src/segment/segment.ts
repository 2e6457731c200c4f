import type { Lang, Sentence } from '../core/types.js';
import { findBlocks, type LineBreakMode } from './blocks.js';
import { rulesWithExtras } from './rules.js';
import { splitBlock } from './sentences.js';

export type { LineBreakMode } from './blocks.js';

export interface SegmentOptions {
  /** Extra abbreviations (with or without the final period), e.g. from --abbreviations FILE. */
  abbreviations?: Iterable<string>;
  /** How line breaks inside a paragraph are read: `structure` (default) or `wrap` (PDF text); see blocks.ts. */
  lineBreaks?: LineBreakMode;
}

/**
 * Splits a document into sentences. Two passes, both linear: line structure first (blank lines end a
 * segment; headings, bylines, captions, list items and table rows stay separate; wrapped lines are
 * joined), then the sentence boundaries inside each block (abbreviations, initials, ordinals, lists,
 * quotations, ellipses; rule lists in data/segment/). Every sentence is a trimmed slice of `text`:
 * `sentence.text === text.slice(sentence.start, sentence.end)`, and no non-whitespace character is dropped.
 */
export function segment(text: string, lang: Lang, options: SegmentOptions = {}): Sentence[] {
  const rules = rulesWithExtras(lang, options.abbreviations);
  const blocks = findBlocks(text, options.lineBreaks ?? 'structure', rules);
  const sentences: Sentence[] = [];
  for (let i = 0; i < blocks.length; i += 2) splitBlock(text, blocks[i]!, blocks[i + 1]!, rules, sentences);
  return sentences;
}
