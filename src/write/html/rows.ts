import type { Finding } from '../../core/claims.js';
import { LANGS, readerText, type AlignmentDocument, type Lang } from '../../core/types.js';
import { escapeHtml } from './escape.js';
import { claimMarksBySentence, renderMarkedText, sharedSpans } from './marks.js';

/** What the page's script needs to draw any row, however the reviewer regroups the sentences. */
export interface SentenceMarkup {
  /**
   * Each sentence's text as escaped HTML with its marks, keyed by index; only where it differs
   * from the escaped `text` (marks, or a reader text of its own), to keep a book's report small.
   */
  html: Record<Lang, Record<number, string>>;
  /** The conflicting findings (by index) touching each sentence, so a regrouped row still counts them. */
  conflicts: Record<Lang, Record<number, number[]>>;
}

/**
 * Marks are drawn per sentence, not per link: shared names come from the link the aligner put the
 * sentence in, claims from the claims diff. A reviewer's merge or move then keeps every mark.
 */
export function sentenceMarkup(doc: AlignmentDocument, findings: readonly Finding[] | undefined): SentenceMarkup {
  const claims = claimMarksBySentence(findings ?? [], doc.sentences);
  const sharedOf: Record<Lang, Map<number, string[]>> = { en: new Map(), de: new Map() };
  for (const link of doc.alignments) {
    for (const lang of LANGS) for (const i of link[lang]) if (!sharedOf[lang].has(i)) sharedOf[lang].set(i, link.shared ?? []);
  }
  const html: SentenceMarkup['html'] = { en: {}, de: {} };
  for (const lang of LANGS) {
    doc.sentences[lang].forEach((sentence, index) => {
      const text = readerText(sentence);
      const marked = renderMarkedText(text, sharedSpans(text, lang, sharedOf[lang].get(index) ?? []), claims.get(`${lang}:${index}`) ?? []);
      if (marked !== escapeHtml(sentence.text)) html[lang][index] = marked;
    });
  }
  const conflicts: SentenceMarkup['conflicts'] = { en: {}, de: {} };
  (findings ?? []).forEach((finding, index) => {
    if (finding.status !== 'conflict') return;
    for (const lang of LANGS) {
      const side = finding[lang];
      if (side) (conflicts[lang][side.sentence] ??= []).push(index);
    }
  });
  return { html, conflicts };
}
