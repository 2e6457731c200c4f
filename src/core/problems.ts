import { UserError } from './errors.js';
import type { LanguagePair } from './types.js';

/**
 * What a stage found wrong with its input, as a code and the facts: never which option fixes it, since
 * the stages serve the library as well as the command line. The caller words it with its own options
 * (`describeProblem` with the CLI's `OptionWords`, cli/optionWords.ts).
 */
export type InputProblem =
  | { code: 'lexicon-unreadable'; path: string; cause: string }
  | { code: 'lexicon-bad-line'; path: string; line: number }
  | { code: 'utf16-without-bom'; path: string; encoding: 'utf-16le' | 'utf-16be' }
  | { code: 'undecodable'; path: string; encoding: string; where: string }
  | { code: 'tmx-langs-mismatch'; stated: [string, string]; languages: LanguagePair }
  | { code: 'languages-not-distinct'; stated: LanguagePair }
  /** `detected` is a franc code (`und` when the text is too short to tell); `name` its English name where known. */
  | { code: 'language-unknown'; path: string; detected: string; name?: string }
  | { code: 'languages-alike'; paths: [string, string]; lang: 'en' | 'de' }
  | { code: 'language-contradicted'; path: string; stated: 'en' | 'de'; detected: 'en' | 'de'; confidence: number }
  | { code: 'other-pair-needs-lines'; languages: LanguagePair }
  | { code: 'clean-with-lines' };

export type ProblemCode = InputProblem['code'];

/** Franc's code when it cannot tell a text's language (too little text): the `detected` of such a `language-unknown`. */
export const UNDETERMINED = 'und';

/** How a caller names what the user can set: the CLI's flags, or the library's settings fields. */
export interface OptionWords {
  langs: string;
  /** The setting that states English and German (`--langs en,de`; batch: its trusted columns). */
  statesEnglishGerman: string;
  forcesLanguages: string;
  /** How to align a pair other than English–German. */
  otherPairs: string;
  /** Whether a document in another language is told `otherPairs` (not where the caller cannot align other pairs). */
  offersOtherPairs: boolean;
  encoding: string;
  lexicon: string;
  tmxLangs: string;
  clean: string;
  presegmented: string;
  /** The setting that forces parallel or comparable mode, named where the alignment says how its mode was chosen. */
  mode: string;
}

/** The names of `AlignSettings` and the writer options, for callers of the library. */
export const SETTINGS_WORDS: OptionWords = {
  langs: 'langs',
  statesEnglishGerman: 'langs ["en", "de"]',
  forcesLanguages: 'forceLangs',
  otherPairs: 'to align another language pair, state it in langs (e.g. ["de", "fr"]) with presegmented and no lexicon',
  offersOtherPairs: true,
  encoding: 'encoding',
  lexicon: 'lexicon',
  tmxLangs: 'tmxLangs',
  clean: 'clean',
  presegmented: 'presegmented',
  mode: 'mode',
};

/** A user-fixable input problem raised by a stage; its message uses the library's words until a caller words it with its own. */
export class InputError extends UserError {
  readonly problem: InputProblem;
  constructor(problem: InputProblem) {
    super(describeProblem(problem, SETTINGS_WORDS));
    this.name = 'InputError';
    this.problem = problem;
  }
}

/** The error's one line in the caller's words; other errors keep their message. */
export function messageOf(error: UserError, words: OptionWords): string {
  return error instanceof InputError ? describeProblem(error.problem, words) : error.message;
}

const ROLE_NAMES = { en: 'English', de: 'German' } as const;
const FRANC_CODES = { en: 'eng', de: 'deu' } as const;

/** The one line a problem is reported with, naming what the user can set in `words`. */
export function describeProblem(problem: InputProblem, words: OptionWords): string {
  switch (problem.code) {
    case 'lexicon-unreadable':
      return `${words.lexicon} ${problem.path}: cannot read the file (${problem.cause}); check the path`;
    case 'lexicon-bad-line':
      return `${words.lexicon} ${problem.path}:${problem.line}: expected "english<TAB>german" or hunalign's "german @ english"`;
    case 'utf16-without-bom':
      return `${problem.path}: looks like ${problem.encoding.toUpperCase()} text without a byte-order mark; pass ${words.encoding} ${problem.encoding}`;
    case 'undecodable':
      return problem.encoding === 'utf-8'
        ? `${problem.path}: not valid UTF-8 (${problem.where}); if it is Windows-1252/Latin-1 text (common for German umlauts), pass ${words.encoding} windows-1252`
        : `${problem.path}: not valid ${problem.encoding.toUpperCase()} (${problem.where}); check the file's encoding and pass the right ${words.encoding}`;
    case 'tmx-langs-mismatch': {
      const label = (code: string) => ({ en: 'English (en…)', de: 'German (de…)' })[code] ?? `${code}…`;
      return `${words.tmxLangs} ${problem.stated.join(',')}: the codes must name ${label(problem.languages[0])} and ${label(problem.languages[1])}, the source language first`;
    }
    case 'languages-not-distinct':
      return `${words.langs} ${problem.stated.join(',')}: the two documents must be in two different languages`;
    case 'language-unknown':
      return describeUnknownLanguage(problem, words.statesEnglishGerman, words.offersOtherPairs ? words.otherPairs : undefined);
    case 'languages-alike':
      return `${problem.paths[0]} and ${problem.paths[1]}: both look ${ROLE_NAMES[problem.lang]}; give one English and one German document (or state them with ${words.statesEnglishGerman})`;
    case 'language-contradicted':
      return (
        `${problem.path}: stated as ${ROLE_NAMES[problem.stated]} but its text is ${ROLE_NAMES[problem.detected]} ` +
        `(detected: ${FRANC_CODES[problem.detected]}, confidence ${problem.confidence}); state the languages in the right order, or pass ${words.forcesLanguages} to keep them`
      );
    case 'other-pair-needs-lines':
      return `${words.langs} ${problem.languages.join(',')}: ${words.otherPairs}`;
    case 'clean-with-lines':
      return `${words.clean} and ${words.presegmented} exclude each other: pre-segmented lines are taken as they are; drop one of them`;
  }
}

/**
 * A document detected as neither English nor German, naming what it looks like instead; `override`
 * states the language, `otherLanguages` says what to do when it really is another language.
 */
export function describeUnknownLanguage(problem: { path: string; detected: string; name?: string }, override: string, otherLanguages?: string): string {
  if (problem.detected === UNDETERMINED) {
    return `${problem.path}: too little text to tell its language (detected: ${problem.detected}); state the languages with ${override}`;
  }
  const other = otherLanguages && problem.detected !== 'eng' && problem.detected !== 'deu' ? `; ${otherLanguages}` : '';
  const like = problem.name ? ` but like ${problem.name}` : '';
  return `${problem.path}: looks like neither English nor German (detected: ${problem.detected})${like}; if it is English or German, state the languages with ${override}${other}`;
}
