import { Option } from 'commander';
import { UserError } from '../core/errors.js';
import { InputError, messageOf } from '../core/problems.js';
import { CLI_WORDS } from './optionWords.js';
import type { AlignSettings, Encoding, LexiconChoice, SplitSettings } from '../core/settings.js';
import type { LanguagePair, ModeChoice } from '../core/types.js';
import { parseLangsOption } from './langsOption.js';
import { lexiconFor } from '../lexicon/load.js';
import { readDocument } from '../read/readDocument.js';
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

/**
 * The settings of an aligning command, checked once: option combinations, --langs, the --lexicon
 * file (read now, so a bad one is reported before any document is read) and the abbreviations file.
 * `statedLangs`: batch states the languages by its columns (--trust-columns) instead of --langs.
 */
export async function alignSettingsFrom(options: AlignOptionValues, statedLangs?: LanguagePair): Promise<AlignSettings> {
  const split = await splitSettingsFrom(options);
  const lexicon = lexiconChoice(options);
  if (lexicon.kind === 'file') lexiconFor(lexicon);
  // Without segmentation rules or a lexicon to apply, any language pair can be aligned.
  const otherPairs = split.presegmented && lexicon.kind === 'none';
  const langs = statedLangs ?? (options.langs ? parseLangsOption(options.langs, otherPairs) : undefined);
  if (options.forceLangs && !langs) throw new UserError('--force-langs keeps stated languages; state them with --langs (e.g. --langs de,en)');
  return {
    mode: options.mode,
    ...(langs ? { langs } : {}),
    forceLangs: options.forceLangs ?? false,
    ...split,
    sentenceLinks: options.sentenceLinks ?? false,
    lexicon,
  };
}

/** How the documents are split, for `segment` and the aligning commands alike. */
export async function splitSettingsFrom(options: SplitOptionValues): Promise<SplitSettings> {
  if (options.clean && options.presegmented) throw new InputError({ code: 'clean-with-lines' });
  return {
    presegmented: options.presegmented ?? false,
    clean: options.clean ?? false,
    ...(options.abbreviations ? { abbreviations: await readAbbreviations(options.abbreviations) } : {}),
    ...(options.encoding ? { encoding: options.encoding } : {}),
  };
}

function lexiconChoice(options: Pick<AlignOptionValues, 'lexicon' | 'lexiconMode'>): LexiconChoice {
  if (options.lexiconMode === 'replace' && typeof options.lexicon !== 'string') {
    throw new UserError('--lexicon-mode replace needs --lexicon FILE: the pairs that replace the shipped lexicon');
  }
  if (options.lexicon === false) return { kind: 'none' };
  if (options.lexicon === undefined) return { kind: 'shipped' };
  return { kind: 'file', path: options.lexicon, mode: options.lexiconMode ?? 'add' };
}

/** One abbreviation a line, with or without its final period; `#` starts a comment. */
async function readAbbreviations(path: string): Promise<string[]> {
  const { text } = await readDocument(path).catch((error: unknown) => {
    throw error instanceof UserError ? new UserError(`--abbreviations ${messageOf(error, CLI_WORDS)}`) : error;
  });
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/#.*/, '').trim())
    .filter((line) => line !== '');
}
