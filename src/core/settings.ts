import type { LanguagePair, ModeChoice } from './types.js';

/** The input encodings read where a file has no byte-order mark. */
export const ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252', 'latin1'] as const;
export type Encoding = (typeof ENCODINGS)[number];

/**
 * Which lexicon aligns: the shipped EN–DE one, none (names, numbers, cognates and length only), or a
 * file of the user's pairs added to the shipped one or replacing it. Resolved to a `Lexicon` once, by
 * lexicon/load.ts `lexiconFor`.
 */
export type LexiconChoice = { kind: 'shipped' } | { kind: 'none' } | { kind: 'file'; path: string; mode: 'add' | 'replace' };

/** How documents are split into sentences: the settings `segment` and the aligning commands share. */
export interface SplitSettings {
  /** One sentence a line, taken as it is. */
  presegmented: boolean;
  /** Markup and noise removed before splitting (HTML pages, XML documents, paged text and subtitles get it anyway). */
  clean: boolean;
  /** Extra abbreviations for the segmenter. */
  abbreviations?: readonly string[];
  /** Input encoding where a file has no byte-order mark (UTF-8 when unset). */
  encoding?: Encoding;
}

/**
 * Everything that decides an alignment besides the two documents: built and checked once from the
 * command line (cli/alignSettings.ts), then passed whole, through the pipeline and into batch jobs.
 * Plain data, so a batch records it beside each output and compares it on --resume.
 */
export interface AlignSettings extends SplitSettings {
  mode: ModeChoice;
  /** The documents' languages, in their order; detected when unset. */
  langs?: LanguagePair;
  /** Keep the stated `langs` even where a confident detection contradicts them. */
  forceLangs: boolean;
  /** In a paragraph the translator restructured, keep the sentence links instead of one n-m link (align/holes.ts). */
  sentenceLinks: boolean;
  lexicon: LexiconChoice;
}

/** What a caller that states only some settings gets for the rest: what the command line gives without options. */
export const DEFAULT_ALIGN_SETTINGS: AlignSettings = {
  mode: 'auto',
  forceLangs: false,
  presegmented: false,
  clean: false,
  sentenceLinks: false,
  lexicon: { kind: 'shipped' },
};
