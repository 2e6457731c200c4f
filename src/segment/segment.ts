import type { Lang, Sentence } from '../core/types.js';
import { pushTrimmed } from './lines.js';

export interface SegmentOptions {
  /** Extra abbreviations (without the final period), e.g. from --abbreviations FILE. */
  abbreviations?: Iterable<string>;
}

const ABBREVIATIONS: Record<Lang, string[]> = {
  en: ['mr', 'mrs', 'ms', 'dr', 'prof', 'inc', 'ltd', 'co', 'corp', 'jr', 'sr', 'st', 'vs', 'etc', 'e.g', 'i.e', 'u.s', 'no', 'fig', 'approx', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'],
  de: ['dr', 'prof', 'nr', 'abb', 'art', 'abs', 'mio', 'mrd', 'bzw', 'ca', 'ggf', 'vgl', 'z.b', 'u.a', 'd.h', 'i.d.r', 's', 'str', 'jh', 'tel', 'evtl', 'inkl', 'zzgl', 'usw', 'etc'],
};

/**
 * Splits a document into sentences. Blank lines always end a sentence; a line that does
 * not end in sentence punctuation and is followed by a line starting in lower case is
 * treated as hard-wrapped and joined; other line breaks end the segment (headings, bylines,
 * captions). Within a line, a sentence ends at . ! ? followed by space and an upper-case
 * letter, digit or quote, unless the period closes a known abbreviation, an initial or a German ordinal.
 */
export function segment(text: string, lang: Lang, options: SegmentOptions = {}): Sentence[] {
  const abbreviations = new Set(ABBREVIATIONS[lang]);
  for (const extra of options.abbreviations ?? []) abbreviations.add(extra.toLowerCase().replace(/\.$/, ''));
  const sentences: Sentence[] = [];
  for (const [start, end] of units(text)) splitUnit(text, start, end, lang, abbreviations, sentences);
  return sentences;
}

/** Yields [start, end) ranges of paragraphs or single structural lines. */
function* units(text: string): Generator<[number, number]> {
  const lineBreak = /\r\n|\r|\n/g;
  let unitStart = 0;
  let lineStart = 0;
  for (;;) {
    const match = lineBreak.exec(text);
    const lineEnd = match ? match.index : text.length;
    if (!match) {
      yield [unitStart, text.length];
      return;
    }
    const nextStart = match.index + match[0].length;
    const line = text.slice(lineStart, lineEnd).trim();
    const nextLine = nextLineText(text, nextStart);
    const joins = line !== '' && nextLine !== '' && !/[.!?:;"“”»«]$/.test(line) && /^[a-zäöüß(]/.test(nextLine);
    if (!joins) {
      yield [unitStart, lineEnd];
      unitStart = nextStart;
    }
    lineStart = nextStart;
  }
}

function nextLineText(text: string, from: number): string {
  const rest = /[^\r\n]*/y;
  rest.lastIndex = from;
  return (rest.exec(text)?.[0] ?? '').trim();
}

function splitUnit(text: string, start: number, end: number, lang: Lang, abbreviations: Set<string>, out: Sentence[]): void {
  const boundary = /([.!?]+)(["'”’»)\]]*)\s+(?=["'“„»(]?[\p{Lu}\d])/gu;
  boundary.lastIndex = start;
  let sentenceStart = start;
  const slice = text.slice(0, end);
  for (let match = boundary.exec(slice); match; match = boundary.exec(slice)) {
    const punctEnd = match.index + match[1]!.length + match[2]!.length;
    if (match[1] === '.' && !match[2] && isNonFinalPeriod(text, sentenceStart, match.index, lang, abbreviations)) continue;
    pushTrimmed(text, sentenceStart, punctEnd, out);
    sentenceStart = punctEnd;
  }
  pushTrimmed(text, sentenceStart, end, out);
}

function isNonFinalPeriod(text: string, from: number, periodAt: number, lang: Lang, abbreviations: Set<string>): boolean {
  const before = /[\p{L}\d.]+$/u.exec(text.slice(from, periodAt))?.[0] ?? '';
  if (before === '') return false;
  const word = before.toLowerCase();
  if (abbreviations.has(word)) return true;
  if (/^\p{Lu}$/u.test(before)) return true;
  if (/^(\p{L}\.)+\p{L}$/u.test(before)) return true;
  if (lang === 'de' && /^\d{1,2}$/.test(before)) {
    const after = text.slice(periodAt + 1, periodAt + 20);
    return /^\s+(Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Jahrhundert|Jh)/.test(after);
  }
  return false;
}
