import { UserError } from '../core/errors.js';
import { ALIGNMENT_FORMAT, ALIGNMENT_FORMAT_VERSION, LANGS, type AlignmentDocument } from '../core/types.js';

/**
 * Parses an alignment written by `satzpaar align` and checks what the writers rely on (format,
 * version, sentence texts, link indices in range), so a wrong or damaged file is a one-line
 * input error rather than a crash halfway through an export.
 */
export function parseAlignmentJson(text: string, name: string): AlignmentDocument {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    // JSON.parse quotes the input, line breaks included: not fit for a one-line message.
    throw new UserError(`${name}: not a satzpaar alignment (not JSON); give an alignment written by satzpaar align`);
  }
  const doc = value as Partial<AlignmentDocument> | null;
  if (typeof doc !== 'object' || doc === null || doc.format !== ALIGNMENT_FORMAT) {
    throw new UserError(`${name}: not a satzpaar alignment (no "format": "${ALIGNMENT_FORMAT}"); create one with satzpaar align`);
  }
  if (doc.version !== ALIGNMENT_FORMAT_VERSION) {
    throw new UserError(`${name}: alignment format version ${JSON.stringify(doc.version)} is not supported (this satzpaar reads version ${ALIGNMENT_FORMAT_VERSION}); re-create it with this satzpaar's align`);
  }
  const problem = structuralProblem(doc);
  if (problem) throw new UserError(`${name}: damaged satzpaar alignment: ${problem}; re-create it with satzpaar align`);
  return doc as AlignmentDocument;
}

function structuralProblem(doc: Partial<AlignmentDocument>): string | undefined {
  if (doc.mode !== 'parallel' && doc.mode !== 'comparable') return 'mode is neither "parallel" nor "comparable"';
  for (const lang of LANGS) {
    const info = doc.documents?.[lang];
    if (typeof info?.path !== 'string') return `documents.${lang}.path is missing`;
    // The HTML report and the diff show both documents' checksums and languages.
    if (typeof info.sha256 !== 'string' || typeof info.language !== 'object' || info.language === null) {
      return `documents.${lang} lacks sha256 or language`;
    }
    const sentences = doc.sentences?.[lang];
    if (!Array.isArray(sentences)) return `sentences.${lang} is not a list`;
    const bad = sentences.findIndex((s) => typeof s?.text !== 'string' || !Number.isInteger(s.start) || !Number.isInteger(s.end));
    if (bad >= 0) return `sentences.${lang}[${bad}] lacks text, start or end`;
  }
  if (!Array.isArray(doc.alignments)) return 'alignments is not a list';
  for (const [i, link] of doc.alignments.entries()) {
    if (typeof link?.score !== 'number' || !Number.isFinite(link.score)) return `alignments[${i}].score is not a number`;
    for (const lang of LANGS) {
      const count = doc.sentences![lang].length;
      const indices: unknown = link[lang];
      if (!Array.isArray(indices) || !indices.every((n) => Number.isInteger(n) && n >= 0 && n < count)) {
        return `alignments[${i}].${lang} is not a list of sentence indices below ${count}`;
      }
    }
  }
  return undefined;
}
