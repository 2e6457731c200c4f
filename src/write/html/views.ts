import type { AlignmentDocument, AlignmentLink } from '../../core/types.js';

/**
 * One ordering of the rows the report offers. The page's script sorts the rows itself
 * (client/rowMarkup.ts), since a review changes them: `by-en` and `by-de` follow one document
 * and put the other language's sentences without a counterpart in a section of their own.
 */
export interface ReportView {
  id: 'alignment' | 'by-en' | 'by-de';
  /** Short name for the tab. */
  label: string;
  /** One sentence telling the reader how the rows are ordered. */
  caption: string;
  /** Heading of the section of rows without a sentence in the view's language. */
  restHeading?: string;
}

export function linkType(link: Pick<AlignmentLink, 'en' | 'de'>): string {
  return `${link.en.length}-${link.de.length}`;
}

/**
 * A translation (parallel mode) reads in alignment order, which follows both documents.
 * Comparable texts have links in any order, so they get two views: each reads one document top
 * to bottom with its counterparts beside it, and the other language's sentences without a
 * counterpart follow in their document's order (placing them between unrelated rows would
 * suggest a link that is not there).
 */
export function buildViews(doc: AlignmentDocument): ReportView[] {
  if (doc.mode === 'parallel') {
    return [{ id: 'alignment', label: 'Alignment order', caption: 'Rows in alignment order, which follows both documents.' }];
  }
  return [
    {
      id: 'by-en',
      label: 'English order',
      caption: 'Rows follow the English text; each German counterpart stands beside its English sentence.',
      restHeading: 'German sentences without an English counterpart, in German order',
    },
    {
      id: 'by-de',
      label: 'German order',
      caption: 'Rows follow the German text; each English counterpart stands beside its German sentence.',
      restHeading: 'English sentences without a German counterpart, in English order',
    },
  ];
}
