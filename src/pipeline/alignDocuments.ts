import { Analyser } from '../analyse/features.js';
import { paragraphStarts } from '../analyse/paragraphs.js';
import type { Paragraphs } from '../align/holes.js';
import { alignSentences } from '../align/index.js';
import {
  ALIGNMENT_FORMAT,
  ALIGNMENT_FORMAT_VERSION,
  isEnglishGerman,
  type AlignmentDocument,
  type DocumentInput,
  type Lang,
  type LanguagePair,
  type ModeChoice,
  readerText,
  type Segmentation,
  type Sentence,
} from '../core/types.js';
import { CLEAN_OR_LINES, UserError } from '../core/errors.js';
import { extractDocumentClaims } from '../claims/extract/document.js';
import type { ComparableModel } from '../score/comparableModel.js';
import { VERSION } from '../core/version.js';
import { assignLanguages, OTHER_PAIRS_HINT, type LanguageAdvice } from '../language/assign.js';
import { shippedLexicon } from '../lexicon/load.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import type { SourceDocument } from '../read/readDocument.js';
import { cleanText } from '../segment/clean.js';
import { isMarkupDocument } from '../segment/markupDocument.js';
import { isPagedText } from '../segment/pageSeams.js';
import { isSubtitleText } from '../segment/subtitles.js';
import { segmentLines } from '../segment/lines.js';
import type { DerivedText } from '../segment/offsetMap.js';
import { segment, segmentCleanView, type SegmentOptions } from '../segment/segment.js';

export interface AlignRequest {
  /** The two documents in the order the user gave them; languages are detected unless `langs`. */
  documents: [SourceDocument, SourceDocument];
  /** The documents' languages, in their order: English and German, or another pair (needs `presegmented` and `lexicon: null`). */
  langs?: LanguagePair;
  mode: ModeChoice;
  presegmented: boolean;
  /** `clean: true` reads both documents in clean mode (`--clean`); HTML pages are read so anyway. */
  segmentOptions?: SegmentOptions;
  /** Translation lexicon; `undefined` uses the shipped EN–DE lexicon, `null` aligns without one (`--no-lexicon`). */
  lexicon?: Lexicon | null;
  /**
   * Keep the sentence links of a paragraph the translator restructured (`--sentence-links`); by default, when
   * both documents mark paragraphs, such a paragraph becomes one n-m link (align/holes.ts).
   */
  sentenceLinks?: boolean;
  /** What a language error advises (the options of `align` unless given). */
  languageAdvice?: LanguageAdvice;
  /** Keep the stated `langs` even where a confident detection contradicts them (`--force-langs`). */
  forceLangs?: boolean;
  /** Comparable mode's weights and thresholds, when not the shipped ones (the benchmark's held-out fits). */
  comparableModel?: ComparableModel;
}

/** The whole pipeline for one pair, without I/O beyond loading the shipped lexicon once: detect → segment → analyse → align. */
export function alignDocuments(request: AlignRequest): AlignmentDocument {
  if (request.presegmented && request.segmentOptions?.clean) {
    throw new UserError(CLEAN_OR_LINES);
  }
  const segmentations = request.documents.map((doc) => segmentationOf(doc, request)) as [Segmentation, Segmentation];
  // Cleaned once: an HTML page's language is that of its text, not of its tag and attribute names, and its sentences are found in it.
  const cleaned = request.documents.map((doc, k) => (segmentations[k] === 'clean' ? cleanText(doc.text, { linkTitles: doc.linkTitles }) : undefined));
  const readable = (k: number) => {
    const doc = request.documents[k]!;
    return cleaned[k] ? { path: doc.path, text: cleaned[k]!.text } : doc;
  };
  const assignment = assignLanguages([readable(0), readable(1)], request.langs, request.languageAdvice, request.forceLangs);
  const otherPair = !isEnglishGerman(assignment.languages);
  // Segmentation rules, stop words and the lexicon are English and German; other pairs align on names, numbers, cognates and length.
  if (otherPair && (!request.presegmented || request.lexicon !== null)) {
    throw new UserError(`--langs ${assignment.languages.join(',')}: ${OTHER_PAIRS_HINT}`);
  }
  const byLang: Record<Lang, SourceDocument> = {
    en: request.documents[assignment.en]!,
    de: request.documents[assignment.de]!,
  };
  const segmentation: Record<Lang, Segmentation> = { en: segmentations[assignment.en]!, de: segmentations[assignment.de]! };
  const sentences: Record<Lang, Sentence[]> = {
    en: splitSentences(byLang.en.text, 'en', { ...request, segmentation: segmentation.en, cleaned: cleaned[assignment.en] }),
    de: splitSentences(byLang.de.text, 'de', { ...request, segmentation: segmentation.de, cleaned: cleaned[assignment.de] }),
  };
  const analyser = new Analyser(request.lexicon === undefined ? shippedLexicon() : request.lexicon);
  const features = {
    en: sentences.en.map((s) => analyser.analyse(readerText(s), 'en')),
    de: sentences.de.map((s) => analyser.analyse(readerText(s), 'de')),
  };
  // In clean mode the gaps between sentences are read in the document's cleaned view.
  const cleanedOf = { en: cleaned[assignment.en], de: cleaned[assignment.de] };
  const starts = (lang: Lang) => paragraphStarts(byLang[lang].text, sentences[lang], cleanedOf[lang]);
  const paragraphs = request.sentenceLinks ? undefined : bothMarked(starts('en'), starts('de'));
  // Between, say, German and French without a lexicon only names and numbers match: too few to see order, so auto cannot tell.
  const mode = otherPair && request.mode === 'auto' ? 'parallel' : request.mode;
  const outcome = alignSentences(features.en, features.de, analyser.keyCount, mode, {
    lexicon: request.lexicon !== null,
    paragraphs,
    // Claims read English and German; other pairs align on words, names and numbers as written.
    comparableInputs: otherPair ? undefined : () => ({ claims: extractDocumentClaims(sentences, { negation: false, names: 'gazetteer' }) }),
    comparableModel: request.comparableModel,
  });
  return {
    format: ALIGNMENT_FORMAT,
    version: ALIGNMENT_FORMAT_VERSION,
    mode: outcome.mode,
    modeReason: mode === request.mode ? outcome.modeReason : OTHER_PAIR_MODE_REASON,
    generator: { name: 'satzpaar', version: VERSION },
    languages: assignment.languages,
    documents: {
      en: { path: byLang.en.path, sha256: byLang.en.sha256, language: assignment.info.en, segmentation: segmentation.en, ...inputOf(byLang.en) },
      de: { path: byLang.de.path, sha256: byLang.de.sha256, language: assignment.info.de, segmentation: segmentation.de, ...inputOf(byLang.de) },
    },
    sentences,
    alignments: outcome.links,
  };
}

/**
 * Where a document's text came from, when not simply its file: extracted from a Word or OpenDocument
 * file (offsets then index the extracted text), or from pages (exports then drop page furniture).
 */
function inputOf(doc: SourceDocument): { input?: DocumentInput } {
  if (doc.input) return { input: doc.input };
  return isPagedText(doc.text) ? { input: { format: 'paged-text', offsets: 'file' } } : {};
}

/** Paragraph starts of both documents, or undefined unless both mark paragraphs. */
function bothMarked(en: Uint8Array | undefined, de: Uint8Array | undefined): Paragraphs | undefined {
  return en && de ? { en, de } : undefined;
}

const OTHER_PAIR_MODE_REASON =
  'auto: without a lexicon, other language pairs share too few words to tell a translation from comparable texts; aligned as a translation (--mode comparable for independent texts)';

/**
 * How a document is split: its lines (`--presegmented`), the rules after markup and noise removal
 * (`--clean`, HTML pages and XML documents, text extracted from pages with form feeds between them,
 * subtitle files), or the rules.
 */
export function segmentationOf(doc: { text: string }, options: { presegmented: boolean; segmentOptions?: SegmentOptions }): Segmentation {
  if (options.presegmented) return 'lines';
  const cleanByDefault = isMarkupDocument(doc.text) || isPagedText(doc.text) || isSubtitleText(doc.text);
  return options.segmentOptions?.clean || cleanByDefault ? 'clean' : 'rules';
}

/** `cleaned`: `cleanText(text)` when the caller has it already (clean mode). */
export function splitSentences(
  text: string,
  lang: Lang,
  options: { presegmented: boolean; segmentOptions?: SegmentOptions; segmentation?: Segmentation; cleaned?: DerivedText },
): Sentence[] {
  const segmentation = options.segmentation ?? segmentationOf({ text }, options);
  if (segmentation === 'lines') return segmentLines(text);
  if (segmentation === 'clean' && options.cleaned) return segmentCleanView(text, options.cleaned, lang, options.segmentOptions);
  return segment(text, lang, { ...options.segmentOptions, clean: segmentation === 'clean' });
}
