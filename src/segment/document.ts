import type { Lang, Segmentation, Sentence } from '../core/types.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import type { SplitSettings } from '../core/settings.js';
import { cleanText } from './clean.js';
import { segmentLines } from './lines.js';
import { isMarkupDocument } from './markupDocument.js';
import type { DerivedText } from './offsetMap.js';
import { isPagedText } from './pageSeams.js';
import { segment, segmentCleanView } from './segment.js';
import { isSubtitleText } from './subtitles.js';

/** A document ready to be split: how it is split, and in clean mode the view a reader sees. */
export interface PreparedDocument {
  text: string;
  segmentation: Segmentation;
  /** Clean mode: the text with markup and noise removed, mapped back to `text`. */
  cleaned?: DerivedText;
  /** What a reader sees, and so what its language is told from: not the tag and attribute names of an HTML page. */
  readable: string;
  /** Text extracted from pages (form feeds between them): its exports drop page furniture. */
  paged: boolean;
}

/**
 * How a document is split: its lines (`presegmented`), the rules after markup and noise removal
 * (`clean`, and always for HTML pages and XML documents, text extracted from pages with form feeds
 * between them, subtitle files), or the rules. Cleaned once here, for language detection and splitting alike.
 */
export function prepareDocument(doc: { text: string; linkTitles?: Record<string, string> }, settings: Pick<SplitSettings, 'presegmented' | 'clean'>): PreparedDocument {
  const paged = isPagedText(doc.text);
  const segmentation = segmentationOf(doc.text, paged, settings);
  if (segmentation !== 'clean') return { text: doc.text, segmentation, readable: doc.text, paged };
  const cleaned = cleanText(doc.text, { linkTitles: doc.linkTitles });
  return { text: doc.text, segmentation, cleaned, readable: cleaned.text, paged };
}

/**
 * The document's sentences in `lang`. `lexicon`: in clean mode, what tells a word hyphenated at a line
 * end from a compound written with a hyphen (`undefined` the shipped lexicon, `null` none).
 */
export function sentencesOf(prepared: PreparedDocument, lang: Lang, settings: Pick<SplitSettings, 'abbreviations'>, lexicon?: Lexicon | null): Sentence[] {
  if (prepared.segmentation === 'lines') return segmentLines(prepared.text);
  const options = { abbreviations: settings.abbreviations, lexicon };
  if (prepared.cleaned) return segmentCleanView(prepared.text, prepared.cleaned, lang, options);
  return segment(prepared.text, lang, options);
}

function segmentationOf(text: string, paged: boolean, settings: Pick<SplitSettings, 'presegmented' | 'clean'>): Segmentation {
  if (settings.presegmented) return 'lines';
  return settings.clean || paged || isMarkupDocument(text) || isSubtitleText(text) ? 'clean' : 'rules';
}
