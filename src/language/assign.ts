import { UserError } from '../core/errors.js';
import { ENGLISH_GERMAN, isLanguageCode, type Lang, type LanguageInfo, type LanguagePair } from '../core/types.js';
import { detectLanguage } from './detect.js';
import { languageName, UNDETERMINED } from './names.js';

export interface LanguageAssignment {
  /** Index (0 or 1) of the argument in the English role, and of the one in the German role. */
  en: number;
  de: number;
  info: Record<Lang, LanguageInfo>;
  /** The languages in the two roles: `en`, `de` unless another pair was stated. */
  languages: LanguagePair;
}

/** How to align a pair other than English–German; said wherever such a pair comes up. */
export const OTHER_PAIRS_HINT = 'to align another language pair, state it with --langs (e.g. de,fr) and give --presegmented --no-lexicon';

/** What a detection error tells the user to do: the command's own option, and whether other pairs are possible there. */
export interface LanguageAdvice {
  /** The option that states English and German (`--langs en,de`; batch: `--trust-columns`). */
  statesLanguages: string;
  /** How to align other pairs, where the command can. */
  otherPairs?: string;
}

export const ALIGN_ADVICE: LanguageAdvice = { statesLanguages: '--langs en,de', otherPairs: OTHER_PAIRS_HINT };

export interface NamedText {
  path: string;
  text: string;
}

/**
 * Decides which of two documents is English and which German. With `stated`
 * (from --langs) the user's word is taken; otherwise both are detected and must differ.
 * A stated pair other than English–German keeps the files' order: the first takes the `en`
 * role, the second the `de` role.
 */
export function assignLanguages(docs: [NamedText, NamedText], stated?: LanguagePair, advice: LanguageAdvice = ALIGN_ADVICE): LanguageAssignment {
  if (stated) {
    if (stated[0] === stated[1]) {
      throw new UserError(`--langs ${stated.join(',')}: the two documents must be in two different languages`);
    }
    const englishGerman = namesOnlyEnglishGerman(stated);
    const en = englishGerman && stated[0] !== 'en' ? 1 : 0;
    const statedInfo: LanguageInfo = { detected: '', confidence: 1, source: 'stated' };
    const languages: LanguagePair = englishGerman ? ENGLISH_GERMAN : stated;
    return {
      en,
      de: 1 - en,
      info: { en: { ...statedInfo, detected: languages[0] }, de: { ...statedInfo, detected: languages[1] } },
      languages,
    };
  }
  const detections = docs.map((doc) => {
    const detection = detectLanguage(doc.text);
    if (!detection.lang) throw new UserError(notEnglishOrGerman(doc.path, detection.best, advice.statesLanguages, advice.otherPairs));
    return detection;
  });
  const [a, b] = detections as [typeof detections[0], typeof detections[0]];
  if (a.lang === b.lang) {
    const name = a.lang === 'en' ? 'English' : 'German';
    throw new UserError(
      `${docs[0].path} and ${docs[1].path}: both look ${name}; give one English and one German document (or state them with ${advice.statesLanguages})`,
    );
  }
  const en = a.lang === 'en' ? 0 : 1;
  const de = 1 - en;
  const info = (d: typeof a): LanguageInfo => ({ detected: d.lang!, confidence: d.confidence, source: 'detected' });
  return { en, de, info: { en: info(detections[en]!), de: info(detections[de]!) }, languages: ENGLISH_GERMAN };
}

/**
 * The one-line error for a document detected as neither English nor German, naming what it
 * looks like instead; `override` is the option that states the language (`--langs en,de`),
 * `otherLanguages` what to do when it really is another language.
 */
export function notEnglishOrGerman(path: string, detected: string, override: string, otherLanguages?: string): string {
  if (detected === UNDETERMINED) {
    return `${path}: too little text to tell its language (detected: ${detected}); state the languages with ${override}`;
  }
  const name = languageName(detected);
  const other = otherLanguages && detected !== 'eng' && detected !== 'deu' ? `; ${otherLanguages}` : '';
  return `${path}: looks like neither English nor German (detected: ${detected})${name ? ` but like ${name}` : ''}; if it is English or German, state the languages with ${override}${other}`;
}

/**
 * Parses the value of --langs: "en,de" or "de,en", or — when `otherPairs` (the run has
 * --presegmented and --no-lexicon, so needs neither segmentation rules nor a lexicon) — any two
 * language codes such as "de,fr".
 */
export function parseLangsOption(value: string, otherPairs = false): LanguagePair {
  const parts = value.split(',').map((part) => part.trim().toLowerCase());
  if (parts.length !== 2 || !parts.every(isLanguageCode)) {
    throw new UserError(`--langs ${value}: expected two language codes, the languages of the two files in order: "en,de" or "de,en"`);
  }
  const pair: LanguagePair = [parts[0]!, parts[1]!];
  if (!namesOnlyEnglishGerman(pair) && !otherPairs) {
    throw new UserError(`--langs ${value}: satzpaar segments and translates only English and German; ${OTHER_PAIRS_HINT}`);
  }
  return pair;
}

/** Whether --langs names English and German only, in either order (roles are then assigned by language). */
function namesOnlyEnglishGerman(pair: LanguagePair): boolean {
  return pair.every((lang) => lang === 'en' || lang === 'de');
}
