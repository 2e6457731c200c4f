import type { Finding, FindingStatus } from '../../core/claims.js';
import { LANGS, type AlignmentDocument, type Lang } from '../../core/types.js';
import { readerText } from '../../segment/readerText.js';
import { claimMarksBySentence, sharedSpans } from './marks.js';

/**
 * What the page's script needs to draw any sentence with its marks, however the reviewer regroups
 * them: spans, not HTML, so a book's report does not carry every marked sentence twice.
 */
export interface SentenceMarkup {
  /** A sentence's reader text where it differs from its `text` (clean mode, joined line-end hyphens). */
  reader: Record<Lang, Record<number, string>>;
  /** Shared names and numbers per sentence: flat start, end pairs in text order. */
  shared: Record<Lang, Record<number, number[]>>;
  /** Claim marks per sentence: [start, end, kind], the kind an index into `claimKinds`. */
  claims: Record<Lang, Record<number, Array<[number, number, number]>>>;
  /** Status, tooltip and visible note of each kind of claim mark, each written once. */
  claimKinds: Array<[FindingStatus, string, string]>;
  /** The conflicting findings (by index) touching each sentence, so a regrouped row still counts them. */
  conflicts: Record<Lang, Record<number, number[]>>;
}

/**
 * Marks are kept per sentence, not per link: shared names come from the link the aligner put the
 * sentence in, claims from the claims diff. A reviewer's merge or move then keeps every mark.
 * The script draws them (client/rowMarkup.ts, `markedText`).
 */
export function sentenceMarkup(doc: AlignmentDocument, findings: readonly Finding[] | undefined): SentenceMarkup {
  const claimMarks = claimMarksBySentence(findings ?? [], doc.sentences);
  const sharedOf: Record<Lang, Map<number, string[]>> = { en: new Map(), de: new Map() };
  for (const link of doc.alignments) {
    for (const lang of LANGS) for (const i of link[lang]) if (!sharedOf[lang].has(i)) sharedOf[lang].set(i, link.shared ?? []);
  }
  const markup: SentenceMarkup = { reader: { en: {}, de: {} }, shared: { en: {}, de: {} }, claims: { en: {}, de: {} }, claimKinds: [], conflicts: { en: {}, de: {} } };
  const kinds = new Map<string, number>();
  const kindOf = (status: FindingStatus, title: string, note: string) => {
    const key = JSON.stringify([status, title, note]);
    if (!kinds.has(key)) kinds.set(key, markup.claimKinds.push([status, title, note]) - 1);
    return kinds.get(key)!;
  };
  for (const lang of LANGS) {
    doc.sentences[lang].forEach((sentence, index) => {
      const text = readerText(sentence);
      if (text !== sentence.text) markup.reader[lang][index] = text;
      const spans = sharedSpans(text, lang, sharedOf[lang].get(index) ?? []);
      if (spans.length > 0) markup.shared[lang][index] = spans.flatMap((span) => [span.start, span.end]);
      const marks = claimMarks.get(`${lang}:${index}`) ?? [];
      if (marks.length > 0) markup.claims[lang][index] = marks.map((mark) => [mark.start, mark.end, kindOf(mark.status, mark.title, mark.note ?? '')]);
    });
  }
  (findings ?? []).forEach((finding, index) => {
    if (finding.status !== 'conflict') return;
    for (const lang of LANGS) {
      const side = finding[lang];
      if (side) (markup.conflicts[lang][side.sentence] ??= []).push(index);
    }
  });
  return markup;
}
