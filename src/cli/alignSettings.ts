import { UserError } from '../core/errors.js';
import { InputError, messageOf } from '../core/problems.js';
import { CLI_WORDS } from './optionWords.js';
import type { AlignSettings, SplitSettings } from '../core/settings.js';
import type { LanguagePair } from '../core/types.js';
import { parseLangsOption } from './langsOption.js';
import { lexiconFor } from '../lexicon/load.js';
import { readDocument } from '../read/readDocument.js';
import { lexiconChoice, type AlignOptionValues, type SplitOptionValues } from './alignOptions.js';

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
