import { normaliseNumber } from '../../analyse/tokens.js';
import type { Finding, FindingStatus } from '../../core/claims.js';
import { reasonOf } from '../claims/reasons.js';
import type { Lang } from '../../core/types.js';
import { readerText } from '../../segment/readerText.js';

/** A half-open range of UTF-16 offsets into one sentence's text. */
export interface Span {
  start: number;
  end: number;
}

/** A claim to mark inline, with what the reader needs to know about it. */
export interface ClaimMark extends Span {
  status: FindingStatus;
  /** Full explanation (tooltip). */
  title: string;
  /** Short visible text after the mark, e.g. "≠ DE 2016" for a conflict. */
  note?: string;
}

const LANG_LABEL: Record<Lang, string> = { en: 'EN', de: 'DE' };
const LANG_NAME: Record<Lang, string> = { en: 'English', de: 'German' };
/** The most severe status wins when two claims overlap in one sentence. */
const SEVERITY: Record<FindingStatus, number> = { match: 0, 'en-only': 1, 'de-only': 1, conflict: 2 };

const BOUNDARY_BEFORE = '(?<![\\p{L}\\p{N}])';
const BOUNDARY_AFTER = '(?![\\p{L}\\p{N}])';
const NUMBER_TOKEN = /\d(?:[\d.,]*\d)?/g;

/**
 * Where the link's shared names and numbers occur in one sentence. `shared` holds them
 * lower-cased and with numbers normalised ("7,5" → "7.5"), so a number is found by normalising
 * each number written in the sentence the way the scorer did, and anything else by a
 * case-insensitive whole-word search.
 */
export function sharedSpans(text: string, lang: Lang, shared: readonly string[]): Span[] {
  const spans: Span[] = [];
  const numbers = new Set(shared.filter((term) => /^\d+(\.\d+)?$/.test(term)));
  if (numbers.size > 0) {
    for (const match of text.matchAll(NUMBER_TOKEN)) {
      const value = normaliseNumber(match[0], lang);
      if (value !== undefined && numbers.has(value)) spans.push({ start: match.index, end: match.index + match[0].length });
    }
  }
  for (const term of shared) {
    if (numbers.has(term) || term.trim() === '') continue;
    const pattern = new RegExp(BOUNDARY_BEFORE + escapeRegExp(term) + BOUNDARY_AFTER, 'giu');
    for (const match of text.matchAll(pattern)) spans.push({ start: match.index, end: match.index + match[0].length });
  }
  return unionOf(spans);
}

/** Claim marks per sentence, keyed `${lang}:${sentenceIndex}`; overlapping claims are merged. */
export function claimMarksBySentence(findings: readonly Finding[], sentences: Record<Lang, { text: string; clean?: string }[]>): Map<string, ClaimMark[]> {
  const bySentence = new Map<string, ClaimMark[]>();
  for (const finding of findings) {
    for (const lang of ['en', 'de'] as const) {
      const side = finding[lang];
      const sentence = side ? sentences[lang][side.sentence] : undefined;
      // A finding that does not fit the alignment's sentences is skipped rather than drawn in the wrong place.
      if (!side || !sentence || side.start < 0 || side.end > readerText(sentence).length || side.start >= side.end) continue;
      const key = `${lang}:${side.sentence}`;
      const marks = bySentence.get(key) ?? [];
      marks.push({ start: side.start, end: side.end, ...describeClaim(finding, lang) });
      bySentence.set(key, marks);
    }
  }
  for (const [key, marks] of bySentence) bySentence.set(key, mergeOverlapping(marks));
  return bySentence;
}

function describeClaim(finding: Finding, lang: Lang): { status: FindingStatus; title: string; note?: string } {
  const other: Lang = lang === 'en' ? 'de' : 'en';
  const mine = finding[lang]!;
  const theirs = finding[other];
  const quoted = (l: Lang) => `${LANG_LABEL[l]} “${finding[l]!.text}” (${finding[l]!.value})`;
  const reason = reasonOf(finding);
  const why = reason ? ` (${reason})` : '';
  switch (finding.status) {
    case 'conflict':
      return {
        status: 'conflict',
        title: `Conflict (${finding.conflict === 'entity-substituted' ? 'entity substituted' : finding.type}): ${theirs ? `${quoted('en')} ≠ ${quoted('de')}` : quoted(lang)}${why}${finding.about ? `, both about ${finding.about.en} / ${finding.about.de}` : ''}`,
        note: theirs ? `≠ ${LANG_LABEL[other]} ${theirs.text}` : undefined,
      };
    case 'match':
      return { status: 'match', title: `Same ${finding.type} in both: ${mine.value}${why}` };
    default:
      return { status: finding.status, title: `${capitalise(finding.type)} only in the ${LANG_NAME[lang]} text: ${mine.value}${why}` };
  }
}

function mergeOverlapping(marks: ClaimMark[]): ClaimMark[] {
  const sorted = [...marks].sort((a, b) => a.start - b.start || b.end - a.end || a.title.localeCompare(b.title));
  const merged: ClaimMark[] = [];
  for (const mark of sorted) {
    const last = merged[merged.length - 1];
    if (!last || mark.start >= last.end) {
      merged.push({ ...mark });
      continue;
    }
    last.end = Math.max(last.end, mark.end);
    if (SEVERITY[mark.status] > SEVERITY[last.status]) last.status = mark.status;
    if (!last.title.includes(mark.title)) last.title += `; ${mark.title}`;
    if (mark.note && mark.note !== last.note) last.note = last.note ? `${last.note}; ${mark.note}` : mark.note;
  }
  return merged;
}

function unionOf(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  const union: Span[] = [];
  for (const span of sorted) {
    const last = union[union.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else union.push({ ...span });
  }
  return union;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
