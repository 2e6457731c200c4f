import type { AlignmentDocument, AlignmentLink } from '../../core/types.js';

/** One table row: one alignment link, referred to by its index in `alignments`. */
export interface ReportRow {
  link: number;
  en: number[];
  de: number[];
  score: number;
  lexical?: number;
  length?: number;
  shared: string[];
  /** "1-1", "2-1", "1-0", … (English count, German count). */
  type: string;
  /** Both sides non-empty; 1-0 and 0-1 rows are sentences without a counterpart. */
  aligned: boolean;
  /** A pair found out of the documents' order (parallel mode); it stands at its English sentence's place. */
  moved: boolean;
}

/** A run of rows under one optional heading (e.g. the sentences the other language lacks). */
export interface ReportSection {
  heading?: string;
  rows: ReportRow[];
}

export interface ReportView {
  id: string;
  /** Short name for the tab. */
  label: string;
  /** One sentence telling the reader how the rows are ordered. */
  caption: string;
  sections: ReportSection[];
}

export function linkType(link: Pick<AlignmentLink, 'en' | 'de'>): string {
  return `${link.en.length}-${link.de.length}`;
}

export function toRow(link: AlignmentLink, index: number): ReportRow {
  return {
    link: index,
    en: link.en,
    de: link.de,
    score: link.score,
    lexical: link.lexical,
    length: link.length,
    shared: link.shared ?? [],
    type: linkType(link),
    aligned: link.en.length > 0 && link.de.length > 0,
    moved: link.moved === true,
  };
}

/**
 * The orderings the report offers. A translation (parallel mode) reads in alignment order,
 * which follows both documents. Comparable texts have links in any order, so they get two
 * views: each reads one document top to bottom with its counterparts beside it, and the other
 * language's sentences without a counterpart follow in a section of their own, in their
 * document's order (placing them between unrelated rows would suggest a link that is not there).
 */
export function buildViews(doc: AlignmentDocument): ReportView[] {
  const rows = doc.alignments.map(toRow);
  if (doc.mode === 'parallel') {
    return [
      {
        id: 'alignment',
        label: 'Alignment order',
        caption: 'Rows in alignment order, which follows both documents.',
        sections: [{ rows }],
      },
    ];
  }
  return [
    orderedBy('en', rows, 'English order', 'Rows follow the English text; each German counterpart stands beside its English sentence.',
      'German sentences without an English counterpart, in German order'),
    orderedBy('de', rows, 'German order', 'Rows follow the German text; each English counterpart stands beside its German sentence.',
      'English sentences without a German counterpart, in English order'),
  ];
}

function orderedBy(lang: 'en' | 'de', rows: ReportRow[], label: string, caption: string, restHeading: string): ReportView {
  const other = lang === 'en' ? 'de' : 'en';
  // A loop, not Math.min(...): a restructured paragraph's link may hold more sentences than a call's arguments.
  const lowest = (indices: readonly number[]) => indices.reduce((low, k) => (k < low ? k : low), Infinity);
  const byFirst = (side: 'en' | 'de') => (a: ReportRow, b: ReportRow) => lowest(a[side]) - lowest(b[side]) || a.link - b.link;
  const main = rows.filter((row) => row[lang].length > 0).sort(byFirst(lang));
  const rest = rows.filter((row) => row[lang].length === 0).sort(byFirst(other));
  const sections: ReportSection[] = [{ rows: main }];
  if (rest.length > 0) sections.push({ heading: restHeading, rows: rest });
  return { id: `by-${lang}`, label, caption, sections };
}
