import { Analyser } from '../analyse/features.js';
import { paragraphStarts } from '../analyse/paragraphs.js';
import type { Paragraphs } from '../align/holes.js';
import { alignPlanned, planAlignment } from '../align/index.js';
import { ALIGNMENT_FORMAT, ALIGNMENT_FORMAT_VERSION, isEnglishGerman, type AlignmentDocument, type DocumentInput, type Lang, type ModeChoice, type Sentence } from '../core/types.js';
import { readerText } from '../segment/readerText.js';
import { InputError, SETTINGS_WORDS, type OptionWords } from '../core/problems.js';
import type { AlignSettings } from '../core/settings.js';
import type { extractDocumentClaims } from '../claims/extract/document.js';
import type { ComparableModel } from '../score/comparableModel.js';
import { VERSION } from '../core/version.js';
import { assignLanguages } from '../language/assign.js';
import { lexiconFor } from '../lexicon/load.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import type { SourceDocument } from '../read/readDocument.js';
import { prepareDocument, sentencesOf, type PreparedDocument } from '../segment/document.js';

/** What the pipeline is given besides the settings: loaded once by the caller, or for the settings (lexicon/load.ts). */
export interface AlignResources {
  /** The translation lexicon; `null` aligns without one. Unset: the one `settings.lexicon` chooses. */
  lexicon?: Lexicon | null;
  /** Comparable mode's weights and thresholds, when not the shipped ones (the benchmark's held-out fits). */
  comparableModel?: ComparableModel;
  /** How the alignment names the settings that chose its mode (the CLI's flags; the settings' names unless given). */
  words?: OptionWords;
}

/** The claims of every sentence of both documents (claims/extract/document.ts), which comparable mode reads. */
export type ClaimsExtractor = typeof extractDocumentClaims;

/** A pair aligned as far as its mode: `finish` aligns it in that mode. */
export interface StartedAlignment {
  /** Whether `finish` needs the claims extractor: comparable mode between English and German. */
  readonly needsClaims: boolean;
  finish(claimsOf?: ClaimsExtractor): AlignmentDocument;
}

/**
 * The pipeline for one pair, without I/O beyond loading the lexicon once: detect → segment → analyse →
 * candidates and mode; `finish` aligns. In two halves so that a caller that does not always need the
 * claims (the CLI) loads their code only when comparable mode reads them (pipeline/alignDocuments.ts
 * is both halves in one call). `documents` in the order the user gave them; their roles come from their languages.
 */
export function startAlignment(documents: [SourceDocument, SourceDocument], settings: AlignSettings, resources: AlignResources = {}): StartedAlignment {
  const lexicon = resources.lexicon !== undefined ? resources.lexicon : lexiconFor(settings.lexicon);
  const prepared = documents.map((doc) => prepareDocument(doc, settings));
  const readable = (k: number) => ({ path: documents[k]!.path, text: prepared[k]!.readable });
  const assignment = assignLanguages([readable(0), readable(1)], settings.langs, settings.forceLangs);
  const otherPair = !isEnglishGerman(assignment.languages);
  // Segmentation rules, stop words and the lexicon are English and German; other pairs align on names, numbers, cognates and length.
  if (otherPair && (!settings.presegmented || lexicon !== null)) {
    throw new InputError({ code: 'other-pair-needs-lines', languages: assignment.languages });
  }
  const byLang: Record<Lang, SourceDocument> = { en: documents[assignment.en]!, de: documents[assignment.de]! };
  const preparedOf: Record<Lang, PreparedDocument> = { en: prepared[assignment.en]!, de: prepared[assignment.de]! };
  // The lexicon that aligns also tells the words hyphenated at line ends in clean mode.
  const sentences: Record<Lang, Sentence[]> = {
    en: sentencesOf(preparedOf.en, 'en', settings, lexicon),
    de: sentencesOf(preparedOf.de, 'de', settings, lexicon),
  };
  const analyser = new Analyser(lexicon);
  const features = {
    en: sentences.en.map((s) => analyser.analyse(readerText(s), 'en')),
    de: sentences.de.map((s) => analyser.analyse(readerText(s), 'de')),
  };
  // In clean mode the gaps between sentences are read in the document's cleaned view.
  const starts = (lang: Lang) => paragraphStarts(byLang[lang].text, sentences[lang], preparedOf[lang].cleaned);
  const paragraphs = settings.sentenceLinks ? undefined : bothMarked(starts('en'), starts('de'));
  // Between, say, German and French without a lexicon only names and numbers match: too few to see order, so auto cannot tell.
  const mode = otherPair && settings.mode === 'auto' ? 'parallel' : settings.mode;
  const plan = planAlignment(features.en, features.de, analyser.keyCount, mode, { lexicon: lexicon !== null });
  // Claims read English and German; other pairs align on words, names and numbers as written.
  const needsClaims = plan.mode === 'comparable' && !otherPair;
  const finish = (claimsOf?: ClaimsExtractor): AlignmentDocument => {
    if (needsClaims && !claimsOf) throw new Error('comparable mode reads the claims: finish needs the claims extractor');
    const outcome = alignPlanned(plan, features.en, features.de, analyser.keyCount, {
      paragraphs,
      comparableInputs: otherPair || !claimsOf ? undefined : () => ({ claims: claimsOf(sentences, { negation: false, names: 'gazetteer' }) }),
      comparableModel: resources.comparableModel,
    });
    const documentInfo = (lang: Lang) => ({
      path: byLang[lang].path,
      sha256: byLang[lang].sha256,
      language: assignment.info[lang],
      segmentation: preparedOf[lang].segmentation,
      ...inputOf(byLang[lang], preparedOf[lang]),
    });
    return {
      format: ALIGNMENT_FORMAT,
      version: ALIGNMENT_FORMAT_VERSION,
      mode: outcome.mode,
      modeReason: modeReasonOf(settings.mode, mode, outcome.modeReason, resources.words ?? SETTINGS_WORDS),
      generator: { name: 'satzpaar', version: VERSION },
      languages: assignment.languages,
      documents: { en: documentInfo('en'), de: documentInfo('de') },
      sentences,
      alignments: outcome.links,
    };
  };
  return { needsClaims, finish };
}

/**
 * Where a document's text came from, when not simply its file: extracted from a Word or OpenDocument
 * file (offsets then index the extracted text), or from pages (exports then drop page furniture).
 */
function inputOf(doc: SourceDocument, prepared: PreparedDocument): { input?: DocumentInput } {
  if (doc.input) return { input: doc.input };
  return prepared.paged ? { input: { format: 'paged-text', offsets: 'file' } } : {};
}

/** Paragraph starts of both documents, or undefined unless both mark paragraphs. */
function bothMarked(en: Uint8Array | undefined, de: Uint8Array | undefined): Paragraphs | undefined {
  return en && de ? { en, de } : undefined;
}

/** Why the alignment has its mode: `auto`'s measurement, the caller's choice, or the rule for other language pairs. */
function modeReasonOf(asked: ModeChoice, used: ModeChoice, measured: string | undefined, words: OptionWords): string {
  if (used !== asked) {
    return `auto: without a lexicon, other language pairs share too few words to tell a translation from comparable texts; aligned as a translation (${words.mode} comparable for independent texts)`;
  }
  return measured ?? `forced with ${words.mode} ${used}`;
}
