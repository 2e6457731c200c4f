import { UserError } from '../core/errors.js';
import { parseJsonOrUndefined } from '../core/json.js';
import {
  ALIGNMENT_FORMAT,
  ALIGNMENT_FORMAT_VERSION,
  ENGLISH_GERMAN,
  isEnglishGerman,
  isLanguageCode,
  type AlignmentDocument,
  type LinkReview,
  type Sentence,
  type LanguagePair,
} from '../core/types.js';

type RawRecord = Record<string, unknown>;

const LINK_REVIEWS: readonly LinkReview[] = ['accepted', 'edited', 'deleted'];

/**
 * Parses an alignment written by `satzpaar align` and checks what the writers rely on (format,
 * version, sentence texts, link indices in range), so a wrong or damaged file is a one-line
 * input error rather than a crash halfway through an export.
 */
export function parseAlignmentJson(text: string, name: string): AlignmentDocument {
  const value = parseJsonOrUndefined(text);
  if (value === undefined) throw new UserError(`${name}: not a satzpaar alignment (not JSON); give an alignment written by satzpaar align`);
  const doc = value as Partial<AlignmentDocument> | null;
  if (typeof doc !== 'object' || doc === null || doc.format !== ALIGNMENT_FORMAT) {
    throw new UserError(`${name}: not a satzpaar alignment (no "format": "${ALIGNMENT_FORMAT}"); create one with satzpaar align`);
  }
  if (doc.version !== ALIGNMENT_FORMAT_VERSION) {
    throw new UserError(`${name}: alignment format version ${JSON.stringify(doc.version)} is not supported (this satzpaar reads version ${ALIGNMENT_FORMAT_VERSION}); re-create it with this satzpaar's align`);
  }
  const damaged = (problem: string) => new UserError(`${name}: damaged satzpaar alignment: ${problem}; re-create it with satzpaar align`);
  const languages = statedLanguages(doc);
  if (!languages) throw damaged('languages is not two different language codes');
  const raw = doc as unknown as RawRecord;
  const problem = structuralProblem(raw, languages);
  if (problem) throw damaged(problem);
  return withRoleKeys(raw, languages);
}

/**
 * The languages an alignment file states: English–German when it states none (files written before
 * `languages` existed), undefined when they are not two different language codes.
 */
export function statedLanguages(doc: { languages?: unknown }): LanguagePair | undefined {
  const value = doc.languages ?? ENGLISH_GERMAN;
  return Array.isArray(value) && value.length === 2 && value.every(isLanguageCode) && value[0] !== value[1] ? [value[0], value[1]] : undefined;
}

/**
 * The file's per-language keys (`de`, `fr`) turned back into the `en` and `de` roles the code
 * works with (an English–German file already has them); parts a hand-made file lacks (documents)
 * stay absent.
 */
export function withRoleKeys(raw: RawRecord, languages: LanguagePair): AlignmentDocument {
  if (isEnglishGerman(languages)) return raw as unknown as AlignmentDocument;
  const roles = (record: unknown) => {
    const keyed = record as Record<string, unknown> | undefined;
    return keyed === undefined ? undefined : { en: keyed[languages[0]], de: keyed[languages[1]] };
  };
  const links = Array.isArray(raw.alignments)
    ? (raw.alignments as RawRecord[]).map((link) => {
        const { [languages[0]]: en, [languages[1]]: de, ...evidence } = link;
        return { en, de, ...evidence };
      })
    : raw.alignments;
  return { ...raw, languages, documents: roles(raw.documents), sentences: roles(raw.sentences), alignments: links } as unknown as AlignmentDocument;
}

function structuralProblem(raw: RawRecord, languages: LanguagePair): string | undefined {
  const doc = raw as { mode?: unknown; documents?: Record<string, Partial<AlignmentDocument['documents']['en']>>; sentences?: Record<string, unknown>; alignments?: unknown };
  if (doc.mode !== 'parallel' && doc.mode !== 'comparable') return 'mode is neither "parallel" nor "comparable"';
  for (const lang of languages) {
    const info = doc.documents?.[lang];
    if (typeof info?.path !== 'string') return `documents.${lang}.path is missing`;
    // The HTML report and the diff show both documents' checksums and languages.
    if (typeof info.sha256 !== 'string' || typeof info.language !== 'object' || info.language === null) {
      return `documents.${lang} lacks sha256 or language`;
    }
    const sentences = doc.sentences?.[lang];
    if (!Array.isArray(sentences)) return `sentences.${lang} is not a list`;
    const bad = (sentences as (Partial<Sentence> | null)[]).findIndex((s) => typeof s?.text !== 'string' || !Number.isInteger(s.start) || !Number.isInteger(s.end));
    if (bad >= 0) return `sentences.${lang}[${bad}] lacks text, start or end`;
    const unclean = (sentences as Partial<Sentence>[]).findIndex((s) => s.clean !== undefined && typeof s.clean !== 'string');
    if (unclean >= 0) return `sentences.${lang}[${unclean}].clean is not text`;
  }
  if (!Array.isArray(doc.alignments)) return 'alignments is not a list';
  for (const [i, link] of (doc.alignments as (RawRecord | null)[]).entries()) {
    if (typeof link?.score !== 'number' || !Number.isFinite(link.score)) return `alignments[${i}].score is not a number`;
    if (link.review !== undefined && !LINK_REVIEWS.includes(link.review as LinkReview)) return `alignments[${i}].review is none of ${LINK_REVIEWS.join(', ')}`;
    for (const lang of languages) {
      const count = (doc.sentences![lang] as unknown[]).length;
      const indices: unknown = link[lang];
      if (!Array.isArray(indices) || !indices.every((n) => Number.isInteger(n) && n >= 0 && n < count)) {
        return `alignments[${i}].${lang} is not a list of sentence indices below ${count}`;
      }
    }
  }
  return undefined;
}
