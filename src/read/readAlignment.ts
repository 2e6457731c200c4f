import { UserError } from '../core/errors.js';
import { ALIGNMENT_FORMAT, ALIGNMENT_FORMAT_VERSION, type AlignmentDocument, type Sentence } from '../core/types.js';
import { readDocument } from './readDocument.js';

/** Reads an alignment written by `satzpaar align` (docs/format.md), for commands that reuse one. */
export async function readAlignment(path: string): Promise<AlignmentDocument> {
  const { text } = await readDocument(path);
  return parseAlignmentJson(text, path);
}

/**
 * Checks what the claims diff relies on: format and version, sentence texts, and links whose
 * indices exist. Anything else is reported as one line naming the file.
 */
export function parseAlignmentJson(text: string, path: string): AlignmentDocument {
  const notAlignment = `${path}: not a satzpaar alignment (expected the JSON written by "satzpaar align"); give it, or the English and the German document`;
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    throw new UserError(notAlignment);
  }
  if (!isObject(doc) || doc.format !== ALIGNMENT_FORMAT) throw new UserError(notAlignment);
  if (doc.version !== ALIGNMENT_FORMAT_VERSION) {
    throw new UserError(`${path}: alignment format version ${String(doc.version)} is not supported (expected ${ALIGNMENT_FORMAT_VERSION}); re-create it with this satzpaar's "align"`);
  }
  const sentences = doc.sentences;
  const links = doc.alignments;
  // The HTML report also shows the mode and both documents' paths and languages.
  const documents = doc.documents;
  if ((doc.mode !== 'parallel' && doc.mode !== 'comparable') || !isObject(documents) || !isDocumentInfo(documents.en) || !isDocumentInfo(documents.de)) {
    throw new UserError(`${path}: damaged alignment: "mode" or "documents" is missing or malformed; re-create it with "satzpaar align"`);
  }
  if (!isObject(sentences) || !isSentenceList(sentences.en) || !isSentenceList(sentences.de) || !Array.isArray(links)) {
    throw new UserError(`${path}: damaged alignment: "sentences" or "alignments" is missing or malformed; re-create it with "satzpaar align"`);
  }
  const counts = { en: sentences.en.length, de: sentences.de.length };
  for (const link of links) {
    const valid = isObject(link) && (['en', 'de'] as const).every((lang) => isIndexList(link[lang], counts[lang])) && typeof link.score === 'number';
    if (!valid) throw new UserError(`${path}: damaged alignment: a link refers to sentences that do not exist; re-create it with "satzpaar align"`);
  }
  return doc as unknown as AlignmentDocument;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isDocumentInfo(value: unknown): boolean {
  return isObject(value) && typeof value.path === 'string' && typeof value.sha256 === 'string' && isObject(value.language);
}

function isSentenceList(value: unknown): value is Sentence[] {
  return Array.isArray(value) && value.every((s) => isObject(s) && typeof s.text === 'string');
}

function isIndexList(value: unknown, count: number): boolean {
  return Array.isArray(value) && value.every((i) => Number.isInteger(i) && i >= 0 && i < count);
}
