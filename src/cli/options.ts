import { Option } from 'commander';
import { UserError } from '../core/errors.js';

/** Options several commands share, defined once so their help and validation agree. */
export const ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252', 'latin1'] as const;

export function encodingOption(): Option {
  return new Option('--encoding <name>', 'input encoding when there is no BOM (default: utf-8)').choices(ENCODINGS);
}

export function outputOption(): Option {
  return new Option('-o, --output <file>', 'write here instead of stdout (written atomically)');
}

export function parseScore(value: string): number {
  const score = Number(value);
  if (value.trim() === '' || !Number.isFinite(score) || score < 0 || score > 1) {
    throw new UserError(`--min-score ${value}: expected a number between 0 and 1`);
  }
  return score;
}

export function modeOption(): Option {
  return new Option('--mode <mode>', 'translation (parallel), comparable texts, or decide').choices(['auto', 'parallel', 'comparable']).default('auto');
}

/**
 * The options that decide how two documents are read and aligned, shared by `align` and `diff`
 * (the `AlignFilesOptions` of commands/align.ts).
 */
export function alignmentOptions(): Option[] {
  return [
    modeOption(),
    new Option('--langs <l1,l2>', 'languages of file1,file2 (en,de or de,en), refused where a confident detection disagrees (see --force-langs). Other pairs (e.g. de,fr) with --presegmented --no-lexicon'),
    forceLangsOption(),
    new Option('--presegmented', 'input has one sentence per line'),
    cleanOption(),
    sentenceLinksOption(),
    abbreviationsOption(),
    encodingOption(),
    ...lexiconOptions(),
  ];
}

export function abbreviationsOption(): Option {
  return new Option('--abbreviations <file>', 'extra abbreviations, one per line');
}

/** Shared by `align`, `diff` and `batch`: stated languages stand even where detection disagrees. */
export function forceLangsOption(): Option {
  return new Option('--force-langs', 'keep the stated languages (--langs, --trust-columns) even where a confident detection disagrees');
}

/** Shared by `align`, `diff` and `batch`: keep the sentence links of a restructured paragraph (holes.ts). */
export function sentenceLinksOption(): Option {
  return new Option(
    '--sentence-links',
    'in a paragraph the translator restructured, keep the sentence links (default: one n-m link for the paragraph)',
  );
}

/** Clean mode for the aligning commands (`align`, `diff`, `batch`); `segment` words its own. */
export function cleanOption(): Option {
  return new Option('--clean', 'remove markup and noise (tags, entities, dot leaders, page numbers, running headers) before splitting; HTML pages, XML documents, text with form feeds between pages and subtitle files are read so anyway');
}

/** The lexicon options of every command that aligns (`align`, `diff`, `batch`). */
export function lexiconOptions(): Option[] {
  return [
    new Option('--lexicon <file>', 'extra EN–DE word pairs: "english<TAB>german" or hunalign "german @ english" lines'),
    new Option('--no-lexicon', 'align without the shipped EN–DE lexicon (names, numbers, cognates and length only)'),
    new Option('--lexicon-mode <mode>', "with --lexicon: add the file's pairs to the shipped lexicon, or replace it with them").choices(['add', 'replace']).default('add'),
  ];
}
