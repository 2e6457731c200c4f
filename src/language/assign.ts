import { InputError, UNDETERMINED, type InputProblem } from '../core/problems.js';
import { ENGLISH_GERMAN, type Lang, type LanguageInfo, type LanguagePair } from '../core/types.js';
import { type Detection, detectLanguage, isShortText } from './detect.js';
import { knownShare, languageVotes, leanTo } from './shortText.js';
import { languageName } from './names.js';

export interface LanguageAssignment {
  /** Index (0 or 1) of the argument in the English role, and of the one in the German role. */
  en: number;
  de: number;
  info: Record<Lang, LanguageInfo>;
  /** The languages in the two roles: `en`, `de` unless another pair was stated. */
  languages: LanguagePair;
}

export interface NamedText {
  path: string;
  text: string;
}

/**
 * Decides which of two documents is English and which German. With `stated` the user's word is taken
 * unless a confident detection contradicts it (then the labels would lie in every TMX and XLIFF
 * written from the alignment): that is an input error unless `force`. Otherwise both are detected and must differ.
 * A stated pair other than English–German keeps the files' order: the first takes the `en`
 * role, the second the `de` role.
 */
export function assignLanguages(docs: [NamedText, NamedText], stated?: LanguagePair, force = false): LanguageAssignment {
  if (stated) {
    if (stated[0] === stated[1]) throw new InputError({ code: 'languages-not-distinct', stated });
    const englishGerman = namesOnlyEnglishGerman(stated);
    if (englishGerman && !force) checkStatedLanguages(docs, stated);
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
      throw new InputError(unknownLanguage(docs[k]!.path, best));
    }
  }
  const [a, b] = detections as [Detection, Detection];
  if (a.lang === b.lang) throw new InputError({ code: 'languages-alike', paths: [docs[0].path, docs[1].path], lang: a.lang! });
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
function checkStatedLanguages(docs: [NamedText, NamedText], stated: LanguagePair): void {
  docs.forEach((doc, k) => {
    if (isShortText(doc.text)) return;
    const detection = detectLanguage(doc.text);
    if (!detection.lang || detection.lang === stated[k] || detection.confidence < CONTRADICTION_CONFIDENCE) return;
    throw new InputError({ code: 'language-contradicted', path: doc.path, stated: stated[k] as Lang, detected: detection.lang, confidence: detection.confidence });
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

/** A document detected as neither English nor German, with the name of what it looks like instead. */
export function unknownLanguage(path: string, detected: string): InputProblem & { code: 'language-unknown' } {
  const name = detected === UNDETERMINED ? undefined : languageName(detected);
  return { code: 'language-unknown', path, detected, ...(name ? { name } : {}) };
}

/** Whether a stated pair names English and German only, in either order (roles are then assigned by language). */
export function namesOnlyEnglishGerman(pair: LanguagePair): boolean {
  return pair.every((lang) => lang === 'en' || lang === 'de');
}
