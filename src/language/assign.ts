import { UserError } from '../core/errors.js';
import type { Lang, LanguageInfo } from '../core/types.js';
import { detectLanguage } from './detect.js';
import { languageName, UNDETERMINED } from './names.js';

export interface LanguageAssignment {
  /** Index (0 or 1) of the argument that is English, and of the one that is German. */
  en: number;
  de: number;
  info: Record<Lang, LanguageInfo>;
}

export interface NamedText {
  path: string;
  text: string;
}

/**
 * Decides which of two documents is English and which German. With `stated`
 * (from --langs) the user's word is taken; otherwise both are detected and must differ.
 */
export function assignLanguages(docs: [NamedText, NamedText], stated?: [Lang, Lang]): LanguageAssignment {
  if (stated) {
    if (stated[0] === stated[1]) {
      throw new UserError(`--langs ${stated.join(',')}: the two documents must be one English and one German`);
    }
    const en = stated[0] === 'en' ? 0 : 1;
    const statedInfo: LanguageInfo = { detected: '', confidence: 1, source: 'stated' };
    return {
      en,
      de: 1 - en,
      info: { en: { ...statedInfo, detected: 'en' }, de: { ...statedInfo, detected: 'de' } },
    };
  }
  const detections = docs.map((doc) => {
    const detection = detectLanguage(doc.text);
    if (!detection.lang) throw new UserError(notEnglishOrGerman(doc.path, detection.best, '--langs en,de'));
    return detection;
  });
  const [a, b] = detections as [typeof detections[0], typeof detections[0]];
  if (a.lang === b.lang) {
    const name = a.lang === 'en' ? 'English' : 'German';
    throw new UserError(
      `${docs[0].path} and ${docs[1].path}: both look ${name}; give one English and one German document (or state them with --langs en,de)`,
    );
  }
  const en = a.lang === 'en' ? 0 : 1;
  const de = 1 - en;
  const info = (d: typeof a): LanguageInfo => ({ detected: d.lang!, confidence: d.confidence, source: 'detected' });
  return { en, de, info: { en: info(detections[en]!), de: info(detections[de]!) } };
}

/**
 * The one-line error for a document detected as neither English nor German, naming what it
 * looks like instead; `override` is the option that states the language (`--langs en,de`).
 */
export function notEnglishOrGerman(path: string, detected: string, override: string): string {
  if (detected === UNDETERMINED) {
    return `${path}: too little text to tell its language (detected: ${detected}); state the languages with ${override}`;
  }
  const name = languageName(detected);
  return `${path}: looks like neither English nor German (detected: ${detected})${name ? ` but like ${name}` : ''}; if it is English or German, state the languages with ${override}`;
}

/** Parses the value of --langs ("en,de" or "de,en"). */
export function parseLangsOption(value: string): [Lang, Lang] {
  const parts = value.split(',').map((part) => part.trim().toLowerCase());
  const valid = (p: string | undefined): p is Lang => p === 'en' || p === 'de';
  if (parts.length !== 2 || !valid(parts[0]) || !valid(parts[1])) {
    throw new UserError(`--langs ${value}: expected "en,de" or "de,en" (the languages of the two files, in order)`);
  }
  return [parts[0], parts[1]];
}
