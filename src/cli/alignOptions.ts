import { Option } from 'commander';
import { UserError } from '../core/errors.js';
import type { Encoding, LexiconChoice } from '../core/settings.js';
import type { ModeChoice } from '../core/types.js';
import { encodingOption } from './options.js';

/**
 * The options that decide an alignment, shared by `align`, `diff` and `batch` (batch states the
 * languages by its columns, not --langs): defined here beside what turns them into settings, so a new
 * one is added in this file and in core/settings.ts.
 */
export function alignmentOptions(): Option[] {
  return [
    new Option('--mode <mode>', 'translation (parallel), comparable texts, or decide').choices(['auto', 'parallel', 'comparable']).default('auto'),
    new Option('--langs <l1,l2>', 'languages of file1,file2 (en,de or de,en), refused where a confident detection disagrees (see --force-langs). Other pairs (e.g. de,fr) with --presegmented --no-lexicon'),
    new Option('--force-langs', 'keep the stated languages (--langs, --trust-columns) even where a confident detection disagrees'),
    new Option('--presegmented', 'input has one sentence per line'),
    new Option('--clean', 'remove markup and noise (tags, entities, dot leaders, page numbers, running headers) before splitting; HTML pages, XML documents, text with form feeds between pages and subtitle files are read so anyway'),
    new Option('--sentence-links', 'in a paragraph the translator restructured, keep the sentence links (default: one n-m link for the paragraph)'),
    new Option('--abbreviations <file>', 'extra abbreviations, one per line'),
    encodingOption(),
    new Option('--lexicon <file>', 'extra EN–DE word pairs: "english<TAB>german" or hunalign "german @ english" lines'),
    new Option('--no-lexicon', 'align without the shipped EN–DE lexicon (names, numbers, cognates and length only)'),
    new Option('--lexicon-mode <mode>', "with --lexicon: add the file's pairs to the shipped lexicon, or replace it with them").choices(['add', 'replace']).default('add'),
  ];
}

/** The options of every command that splits documents, as commander parses them. */
export interface SplitOptionValues {
  presegmented?: boolean;
  clean?: boolean;
  abbreviations?: string;
  encoding?: Encoding;
}

/** The values of `alignmentOptions()`, as commander parses them. */
export interface AlignOptionValues extends SplitOptionValues {
  mode: ModeChoice;
  langs?: string;
  forceLangs?: boolean;
  sentenceLinks?: boolean;
  /** `--lexicon FILE`, `false` for --no-lexicon, undefined for the shipped lexicon alone. */
  lexicon?: string | false;
  lexiconMode?: 'add' | 'replace';
}

/** The lexicon the options choose: the shipped one, none, or a file's pairs added to it or alone. */
export function lexiconChoice(options: Pick<AlignOptionValues, 'lexicon' | 'lexiconMode'>): LexiconChoice {
  const choice = chosenLexicon(options);
  if (!choice) throw new UserError('--lexicon-mode replace needs --lexicon FILE: the pairs that replace the shipped lexicon');
  return choice;
}

/** Whether the options align with the shipped lexicon, alone or under a file's pairs; false where `lexiconChoice` refuses them. */
export function usesShippedLexicon(options: Pick<AlignOptionValues, 'lexicon' | 'lexiconMode'>): boolean {
  const choice = chosenLexicon(options);
  return choice?.kind === 'shipped' || (choice?.kind === 'file' && choice.mode === 'add');
}

/** `lexiconChoice` without its check: undefined for replace mode without a file. */
function chosenLexicon(options: Pick<AlignOptionValues, 'lexicon' | 'lexiconMode'>): LexiconChoice | undefined {
  if (options.lexiconMode === 'replace' && typeof options.lexicon !== 'string') return undefined;
  if (options.lexicon === false) return { kind: 'none' };
  if (options.lexicon === undefined) return { kind: 'shipped' };
  return { kind: 'file', path: options.lexicon, mode: options.lexiconMode ?? 'add' };
}
