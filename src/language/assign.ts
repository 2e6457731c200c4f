import { UserError } from '../core/errors.js';
import { ENGLISH_GERMAN, isLanguageCode, type Lang, type LanguageInfo, type LanguagePair } from '../core/types.js';
import { type Detection, detectLanguage, isShortText } from './detect.js';
import { knownShare, languageVotes, leanTo } from './shortText.js';
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
  /** The option that states the languages whatever the text looks like (`--force-langs`), named when stated languages contradict it. */
  forcesLanguages: string;
}

export const ALIGN_ADVICE: LanguageAdvice = { statesLanguages: '--langs en,de', otherPairs: OTHER_PAIRS_HINT, forcesLanguages: '--force-langs' };

export interface NamedText {
  path: string;
  text: string;
}

/**
 * Decides which of two documents is English and which German. With `stated`
 * (from --langs) the user's word is taken unless a confident detection contradicts it (then the
 * labels would lie in every TMX and XLIFF written from the alignment): that is an input error
 * unless `force`. Otherwise both are detected and must differ.
 * A stated pair other than English–German keeps the files' order: the first takes the `en`
 * role, the second the `de` role.
 */
export function assignLanguages(docs: [NamedText, NamedText], stated?: LanguagePair, advice: LanguageAdvice = ALIGN_ADVICE, force = false): LanguageAssignment {
  if (stated) {
    if (stated[0] === stated[1]) {
      throw new UserError(`--langs ${stated.join(',')}: the two documents must be in two different languages`);
    }
    const englishGerman = namesOnlyEnglishGerman(stated);
    if (englishGerman && !force) checkStatedLanguages(docs, stated, advice);
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
  const detections = docs.map((doc) => detectLanguage(doc.text));
  const paired = pairShortDocuments(docs, detections);
  if (paired) return paired;
  for (const [k, detection] of detections.entries()) {
    if (!detection.lang) {
      // franc's guess for a title of a few words is noise ("Email & email software" reads as Italian).
      const best = isShortText(docs[k]!.text) ? UNDETERMINED : detection.best;
      throw new UserError(notEnglishOrGerman(docs[k]!.path, best, advice.statesLanguages, advice.otherPairs));
    }
  }
  const [a, b] = detections as [Detection, Detection];
  if (a.lang === b.lang) {
    const name = a.lang === 'en' ? 'English' : 'German';
    throw new UserError(
      `${docs[0].path} and ${docs[1].path}: both look ${name}; give one English and one German document (or state them with ${advice.statesLanguages})`,
    );
  }
  const en = a.lang === 'en' ? 0 : 1;
  const info = (d: Detection): LanguageInfo => ({ detected: d.lang!, confidence: d.confidence, source: 'detected' });
  return roles(en, info(detections[en]!), info(detections[1 - en]!));
}

/** Share of a document's passages that must agree before its detected language overrules a stated one. */
const CONTRADICTION_CONFIDENCE = 0.8;

/**
 * Refuses English–German labels that a confident detection contradicts: a German file stated as
 * English (`--langs de,en` given in the wrong order, a swapped manifest). Short texts and mixed
 * documents are left to the user's word.
 */
function checkStatedLanguages(docs: [NamedText, NamedText], stated: LanguagePair, advice: LanguageAdvice): void {
  docs.forEach((doc, k) => {
    if (isShortText(doc.text)) return;
    const detection = detectLanguage(doc.text);
    if (!detection.lang || detection.lang === stated[k] || detection.confidence < CONTRADICTION_CONFIDENCE) return;
    const name = (lang: string) => (lang === 'en' ? 'English' : 'German');
    throw new UserError(
      `${doc.path}: stated as ${name(stated[k]!)} but its text is ${name(detection.lang)} ` +
        `(detected: ${detection.lang === 'en' ? 'eng' : 'deu'}, confidence ${detection.confidence}); state the languages in the right order, or pass ${advice.forcesLanguages} to keep them`,
    );
  });
}

/**
 * A document too short to detect over all languages (a help page that is only its title, "Date & time") must be
 * the other language of the pair. Next to a detected document it takes the other language when its words lean
 * that way ("Freigabe" beside an English page; not an untranslated title, a number or a stray word). When both
 * are short, the one whose words read more English is English ("Date & time" beside "Datum und Uhrzeit").
 * Undefined when the pair needs no such help or cannot be told apart this way.
 */
function pairShortDocuments(docs: [NamedText, NamedText], detections: Detection[]): LanguageAssignment | undefined {
  const [a, b] = detections as [Detection, Detection];
  if (a.lang && b.lang && a.lang !== b.lang) return undefined;
  const short = docs.map((doc) => isShortText(doc.text));
  if (!short[0] && !short[1]) return undefined;
  const votes = docs.map((doc) => languageVotes(doc.text));
  let en: number;
  if (short[0] && short[1]) {
    const english = [leanTo('en', votes[0]!), leanTo('en', votes[1]!)] as const;
    en = english[0] > english[1] ? 0 : 1;
    // They must lean apart, at least one of them clearly ("Datum und Uhrzeit" beside "Date & time").
    if (english[en]! < 0 || english[1 - en]! > 0 || Math.max(Math.abs(english[0]), Math.abs(english[1])) < CLEAR_LEAN) return undefined;
  } else {
    const detected = short[0] ? 1 : 0;
    const lang = detections[detected]!.lang;
    if (!lang) return undefined;
    // The short one must read as the other language: a title, not a number or a sentence in a third language.
    const other = lang === 'en' ? 'de' : 'en';
    if (leanTo(other, votes[1 - detected]!) < CLEAR_LEAN || knownShare(other, votes[1 - detected]!) < KNOWN_SHARE) return undefined;
    en = lang === 'en' ? detected : 1 - detected;
  }
  const info = (k: number): LanguageInfo =>
    short[k] ? { detected: k === en ? 'en' : 'de', confidence: 0, source: 'paired' } : { detected: k === en ? 'en' : 'de', confidence: detections[k]!.confidence, source: 'detected' };
  return roles(en, info(en), info(1 - en));
}

/** Net share of its words that must vote for a language before a short text is taken as that language. */
const CLEAR_LEAN = 0.3;
/** Share of its words that language must know (Spanish words the lexicon half knows through loanwords fall short). */
const KNOWN_SHARE = 0.6;

function roles(en: number, enInfo: LanguageInfo, deInfo: LanguageInfo): LanguageAssignment {
  return { en, de: 1 - en, info: { en: enInfo, de: deInfo }, languages: ENGLISH_GERMAN };
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
