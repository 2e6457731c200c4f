import { scoreLanguages } from './trigrams.js';
import type { Lang } from '../core/types.js';
import { UNDETERMINED } from '../core/problems.js';

const MAIN: Record<string, Lang> = { eng: 'en', deu: 'de' };
/** Languages franc confuses with English or German on short or technical text. */
const RELATIVES: Record<string, Lang> = { sco: 'en', nds: 'de', ltz: 'de', gsw: 'de', bar: 'de', pdc: 'de', swg: 'de' };
/** How close (relative score) the main language must be when franc prefers a relative. */
const RELATIVE_MARGIN = 0.9;

export interface Detection {
  /** ISO 639-3 code of franc's best guess over all languages (`und` when there is too little text). */
  best: string;
  /** English or German when the text is one of them, otherwise undefined. */
  lang: Lang | undefined;
  /**
   * Share of the document's text samples (up to 15 passages) in which `lang` beats the other
   * of English/German: 1 for a document wholly in one language, lower for mixed text.
   */
  confidence: number;
}

/** Non-blank lines, longest first: prose rather than page furniture. */
function proseLines(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .sort((a, b) => b.length - a.length);
}

/** Franc reads only ~2k characters; give it the longest lines. */
function sample(lines: string[], maxChars: number): string {
  let out = '';
  for (const line of lines) {
    if (out.length >= maxChars) break;
    out += line + '\n';
  }
  return out;
}

export function detectLanguage(text: string): Detection {
  const lines = proseLines(text);
  const scores = scoreLanguages(sample(lines, 2000), { minLength: 10 });
  const best = scores[0]?.[0] ?? UNDETERMINED;
  const bestScore = scores[0]?.[1] ?? 0;
  let lang = MAIN[best];
  if (!lang && RELATIVES[best]) {
    const main = RELATIVES[best]!;
    const mainScore = scores.find(([code]) => MAIN[code] === main)?.[1] ?? 0;
    if (mainScore >= RELATIVE_MARGIN * bestScore) lang = main;
  }
  return { best, lang, confidence: lang ? agreement(lines, lang) : 0 };
}

function agreement(lines: string[], lang: Lang): number {
  const passages = lines.filter((line) => line.length >= 40).slice(0, 15);
  if (passages.length === 0) return 0.5;
  const code = lang === 'en' ? 'eng' : 'deu';
  const votes = passages.filter((p) => scoreLanguages(p, { only: ['eng', 'deu'], minLength: 10 })[0]![0] === code).length;
  return Math.round((votes / passages.length) * 1000) / 1000;
}

/**
 * Below this many letters franc's guess over all languages is noise: a help page's title "Date & time" reads
 * as Portuguese, "Networking, web & email" as Uighur.
 */
export const SHORT_TEXT_LETTERS = 100;

/** Whether `text` is too short for a detection over all languages to mean anything. */
export function isShortText(text: string): boolean {
  let letters = 0;
  for (const match of text.matchAll(/\p{L}+/gu)) {
    letters += match[0].length;
    if (letters >= SHORT_TEXT_LETTERS) return false;
  }
  return true;
}
