/** The two languages satzpaar aligns. Keys of every per-language record. */
export type Lang = 'en' | 'de';
export const LANGS: readonly Lang[] = ['en', 'de'];

/** Language codes (ISO 639-1) of the two roles, `en` role first. */
export type LanguagePair = readonly [string, string];
export const ENGLISH_GERMAN: LanguagePair = ['en', 'de'];

/** The languages of an alignment's two roles. */
export function pairLanguages(doc: { languages?: LanguagePair }): LanguagePair {
  return doc.languages ?? ENGLISH_GERMAN;
}

export function isEnglishGerman(languages: LanguagePair): boolean {
  return languages[0] === 'en' && languages[1] === 'de';
}

/** A language code as `--langs` and the alignment JSON's `languages` take it: `de`, `fr`, `gsw`. */
export function isLanguageCode(code: unknown): code is string {
  return typeof code === 'string' && /^[a-z]{2,3}$/.test(code);
}

/** A sentence as a slice of the decoded input: `text === input.slice(start, end)`. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
  /**
   * Clean mode (HTML pages, `--clean`): the sentence as a reader sees it — tags removed, character
   * references decoded, whitespace collapsed — while `text` stays the exact slice of the input.
   */
  clean?: string;
}

export type AlignMode = 'parallel' | 'comparable';
export type ModeChoice = AlignMode | 'auto';

/**
 * One link between sentence groups. Either side may be empty (an omission),
 * never both. Evidence fields explain the score; see docs/format.md.
 */
export interface AlignmentLink {
  en: number[];
  de: number[];
  score: number;
  /** Lexical translation overlap in [0, 1] (absent for 1-0 / 0-1 links). */
  lexical?: number;
  /** Length agreement in [0, 1] (Gale–Church style). */
  length?: number;
  /** Names, numbers and other strings both sides share, as written on the English side. */
  shared?: string[];
  /** Parallel mode: a pair found out of the documents' order (a moved sentence; align/moved.ts). */
  moved?: true;
  /**
   * Set by a review in the HTML report: `accepted` as aligned, `edited` made by the reviewer (merged,
   * split, moved, linked or unlinked; its score is then 1), `deleted` left out of every export.
   */
  review?: LinkReview;
}

export type LinkReview = 'accepted' | 'edited' | 'deleted';

/** What a review in the HTML report did, saved with the alignment it corrected (docs/format.md). */
export interface ReviewRecord {
  /** When the reviewer saved, ISO 8601. Who reviewed is not known. */
  saved: string;
  /** How many times each edit was made (undone edits not counted). */
  edits: Record<string, number>;
  /** Links the reviewer accepted, edited and deleted, and links left to review. */
  links: { accepted: number; edited: number; deleted: number; unreviewed: number };
}

export interface LanguageInfo {
  detected: string;
  confidence: number;
  /**
   * `detected` when franc decided, `stated` when the user passed --langs, `paired` when the document was too
   * short to detect (a title) and was taken as the other language of the pair (confidence 0).
   */
  source: 'detected' | 'stated' | 'paired';
}

export interface DocumentInfo {
  path: string;
  sha256: string;
  language: LanguageInfo;
  /** `rules` for the sentence segmenter, `clean` for the segmenter after markup removal (HTML, `--clean`), `lines` for --presegmented input. */
  segmentation: Segmentation;
  /** Absent for a text file read as it is; set when the text was extracted from a Word or OpenDocument file or from pages. */
  input?: DocumentInput;
}

/** Where a document's text came from when it is not simply the file's text (docs/format.md). */
export interface DocumentInput {
  /** `docx`, `odt`: extracted from a Word or OpenDocument file; `paged-text`: text extracted from pages (`pdftotext`). */
  format: 'docx' | 'odt' | 'paged-text';
  /** What sentence offsets index: the decoded file, or the text extracted from it (blocks separated by blank lines). */
  offsets: 'file' | 'extracted-text';
}

export type Segmentation = 'rules' | 'clean' | 'lines';

export const ALIGNMENT_FORMAT = 'satzpaar-alignment';
export const ALIGNMENT_FORMAT_VERSION = 1;

export interface AlignmentDocument {
  format: typeof ALIGNMENT_FORMAT;
  version: typeof ALIGNMENT_FORMAT_VERSION;
  mode: AlignMode;
  /** Why `mode` was chosen (forced by the user, or the measurements behind `auto`). */
  modeReason: string;
  generator: { name: 'satzpaar'; version: string };
  /**
   * The languages in the `en` and the `de` role. English–German when absent; another pair
   * (`--no-lexicon --presegmented --langs de,fr`) puts the first file in the `en` role and the
   * second in the `de` role, and the JSON names its keys after the languages (docs/format.md).
   */
  languages?: LanguagePair;
  documents: Record<Lang, DocumentInfo>;
  sentences: Record<Lang, Sentence[]>;
  alignments: AlignmentLink[];
  /** Present in an alignment saved from the HTML report's review. */
  review?: ReviewRecord;
}
