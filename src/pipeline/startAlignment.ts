import type { DocumentFeatures } from '../analyse/documentFeatures.js';
import { Analyser } from '../analyse/features.js';
import { unpackFeatures, type PackedFeatures } from '../analyse/packedFeatures.js';
import { paragraphStarts } from '../analyse/paragraphs.js';
import type { Paragraphs } from '../align/holes.js';
import { alignPlannedParallel, planAlignment } from '../align/index.js';
import { ALIGNMENT_FORMAT, ALIGNMENT_FORMAT_VERSION, isEnglishGerman, type AlignmentDocument, type DocumentInput, type Lang, type ModeChoice, type Sentence } from '../core/types.js';
import { readerText } from '../segment/readerText.js';
import { InputError, SETTINGS_WORDS, type OptionWords } from '../core/problems.js';
import type { AlignSettings } from '../core/settings.js';
import type { ComparableStage } from './comparableStage.js';
import type { ComparableModel } from '../score/comparableModel.js';
import { VERSION } from '../core/version.js';
import { assignLanguages, type LanguageAssignment } from '../language/assign.js';
import { lexiconFor } from '../lexicon/load.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import type { SourceDocument } from '../read/readDocument.js';
import { prepareDocument, sentencesOf, type PreparedDocument } from '../segment/document.js';
import { segment } from '../segment/segment.js';

/** What the pipeline is given besides the settings: loaded once by the caller, or for the settings (lexicon/load.ts). */
export interface AlignResources {
  /** The translation lexicon; `null` aligns without one. Unset: the one `settings.lexicon` chooses. */
  lexicon?: Lexicon | null;
  /** Comparable mode's weights and thresholds, when not the shipped ones (the benchmark's held-out fits). */
  comparableModel?: ComparableModel;
  /** How the alignment names the settings that chose its mode (the CLI's flags; the settings' names unless given). */
  words?: OptionWords;
}

/** A pair aligned as far as its mode: `finish` aligns it in that mode. */
export interface StartedAlignment {
  /** Whether `finish` needs comparable mode's stage (comparableStage.ts). */
  readonly needsComparable: boolean;
  finish(comparable?: ComparableStage): AlignmentDocument;
}

/**
 * The pipeline for one pair, without I/O beyond loading the lexicon once: detect → segment → analyse →
 * candidates and mode; `finish` aligns. In two halves so that a caller that does not always align
 * comparable texts (the CLI) loads comparable mode's code and the claims it reads only when that mode is
 * chosen (pipeline/alignDocuments.ts is both halves in one call). `documents` in the order the user
 * gave them; their roles come from their languages.
 */
export function startAlignment(documents: [SourceDocument, SourceDocument], settings: AlignSettings, resources: AlignResources = {}): StartedAlignment {
  const sides = prepareSides(documents, settings, resources);
  const analyser = new Analyser(sides.lexicon);
  const features = { en: analyseAll(analyser, sides.sentences.en, 'en'), de: analyseAll(analyser, sides.sentences.de, 'de') };
  return planned(sides, analyser, features, settings, resources);
}

/**
 * Analyses one side of a pair elsewhere while the caller analyses the other (cli/analysisThread.ts: in a
 * worker thread): the features packed and numbered by an analyser of their own (analyse/packedFeatures.ts),
 * or undefined when that failed and the caller should analyse the side itself.
 */
export type AnalyseApart = (texts: string[], lang: Lang, lexicon: Lexicon | null) => Promise<PackedFeatures | undefined>;

/**
 * `startAlignment` with the German side analysed apart (`analyseApart`: a worker thread) while this thread
 * analyses the English. The features are renumbered in a fixed order, English first, so the alignment is
 * the one `startAlignment` gives, byte for byte.
 */
export async function startAlignmentBeside(
  documents: [SourceDocument, SourceDocument],
  settings: AlignSettings,
  analyseApart: AnalyseApart,
  resources: AlignResources = {},
): Promise<StartedAlignment> {
  const sides = prepareSides(documents, settings, resources);
  const analyser = new Analyser(sides.lexicon);
  const german = analyseApart(sides.sentences.de.map(readerText), 'de', sides.lexicon);
  const en = analyseAll(analyser, sides.sentences.en, 'en');
  const packed = await german;
  const de = packed ? unpackFeatures(packed, analyser) : analyseAll(analyser, sides.sentences.de, 'de');
  return planned(sides, analyser, { en, de }, settings, resources);
}

function analyseAll(analyser: Analyser, sentences: readonly Sentence[], lang: Lang): DocumentFeatures {
  return analyser.analyseAll(sentences.map(readerText), lang);
}

/** A pair read as far as its sentences, with their languages' roles and the lexicon. */
interface PreparedSides {
  lexicon: Lexicon | null;
  assignment: LanguageAssignment;
  otherPair: boolean;
  byLang: Record<Lang, SourceDocument>;
  preparedOf: Record<Lang, PreparedDocument>;
  sentences: Record<Lang, Sentence[]>;
}

function prepareSides(documents: [SourceDocument, SourceDocument], settings: AlignSettings, resources: AlignResources): PreparedSides {
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
  return { lexicon, assignment, otherPair, byLang, preparedOf, sentences };
}

/** Candidates and mode of a pair whose sentences are analysed; `finish` aligns it. */
function planned(
  { lexicon, assignment, otherPair, byLang, preparedOf, sentences }: PreparedSides,
  analyser: Analyser,
  features: Record<Lang, DocumentFeatures>,
  settings: AlignSettings,
  resources: AlignResources,
): StartedAlignment {
  // In clean mode the gaps between sentences are read in the document's cleaned view.
  const starts = (lang: Lang) => paragraphStarts(byLang[lang].text, sentences[lang], preparedOf[lang].cleaned);
  const paragraphs = settings.sentenceLinks ? undefined : bothMarked(starts('en'), starts('de'));
  // Between, say, German and French without a lexicon only names and numbers match: too few to see order, so auto cannot tell.
  const mode = otherPair && settings.mode === 'auto' ? 'parallel' : settings.mode;
  const plan = planAlignment(features.en, features.de, analyser.keyCount, mode, { lexicon: lexicon !== null });
  const needsComparable = plan.mode === 'comparable';
  const comparableLinks = (comparable: ComparableStage | undefined) => {
    if (!comparable) throw new Error('comparable mode: finish needs the comparable stage');
    return comparable(plan, sentences, features, otherPair, resources.comparableModel);
  };
  const finish = (comparable?: ComparableStage): AlignmentDocument => {
    const layout = { paragraphs, sentencesInLine: otherPair ? undefined : sentencesInLines(sentences, preparedOf, settings) };
    const links = needsComparable ? comparableLinks(comparable) : alignPlannedParallel(plan, features.en, features.de, layout);
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
      mode: plan.mode,
      modeReason: modeReasonOf(settings.mode, mode, plan.modeReason, resources.words ?? SETTINGS_WORDS),
      generator: { name: 'satzpaar', version: VERSION },
      languages: assignment.languages,
      documents: { en: documentInfo('en'), de: documentInfo('de') },
      sentences,
      alignments: links,
    };
  };
  return { needsComparable, finish };
}

/**
 * Where a document's text came from, when not simply its file: extracted from a Word or OpenDocument
 * file (offsets then index the extracted text), or from pages (exports then drop page furniture).
 */
function inputOf(doc: SourceDocument, prepared: PreparedDocument): { input?: DocumentInput } {
  if (doc.input) return { input: doc.input };
  return prepared.paged ? { input: { format: 'paged-text', offsets: 'file' } } : {};
}

/**
 * In line-per-sentence input, how many sentences the rules find in a line, counted when the aligner asks
 * (for the lines beside a sentence left alone) and kept; undefined when the rules made the sentences.
 */
function sentencesInLines(sentences: Record<Lang, Sentence[]>, prepared: Record<Lang, PreparedDocument>, settings: AlignSettings): ((lang: Lang, index: number) => number) | undefined {
  if (prepared.en.segmentation !== 'lines' || prepared.de.segmentation !== 'lines') return undefined;
  const counted: Record<Lang, Map<number, number>> = { en: new Map(), de: new Map() };
  return (lang, index) => {
    let count = counted[lang].get(index);
    if (count === undefined) {
      count = segment(sentences[lang][index]!.text, lang, { abbreviations: settings.abbreviations }).length;
      counted[lang].set(index, count);
    }
    return count;
  };
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
