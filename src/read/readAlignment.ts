import { UserError } from '../core/errors.js';
import { ALIGNMENT_FORMAT, ALIGNMENT_FORMAT_VERSION, type AlignmentDocument, type Lang } from '../core/types.js';
import { readDocument } from './readDocument.js';

/**
 * Reads an alignment JSON file written by `satzpaar align` and checks what later stages rely
 * on (sentence texts, link indices in range, numeric scores), so a hand-edited or foreign file
 * is a one-line UserError rather than an internal failure halfway through a report.
 */
export async function readAlignment(path: string): Promise<AlignmentDocument> {
  const { text } = await readDocument(path);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new UserError(`${path}: not valid JSON (${(error as Error).message}); give the output of satzpaar align`);
  }
  const problem = describeProblem(parsed);
  if (problem) throw new UserError(`${path}: not a satzpaar alignment file: ${problem}; give the output of satzpaar align`);
  return parsed as AlignmentDocument;
}

function describeProblem(value: unknown): string | undefined {
  if (!isObject(value)) return 'expected a JSON object';
  if (value.format !== ALIGNMENT_FORMAT) return `"format" is ${JSON.stringify(value.format)}, expected "${ALIGNMENT_FORMAT}"`;
  if (value.version !== ALIGNMENT_FORMAT_VERSION) return `"version" is ${JSON.stringify(value.version)}, this satzpaar reads version ${ALIGNMENT_FORMAT_VERSION}`;
  if (value.mode !== 'parallel' && value.mode !== 'comparable') return '"mode" must be "parallel" or "comparable"';
  const { sentences, documents, alignments } = value;
  if (!isObject(sentences) || !isObject(documents)) return '"sentences" and "documents" must be objects';
  const counts = {} as Record<Lang, number>;
  for (const lang of ['en', 'de'] as const) {
    const list = sentences[lang];
    if (!Array.isArray(list) || !list.every((s) => isObject(s) && typeof s.text === 'string')) return `"sentences.${lang}" must be a list of sentences with "text"`;
    const info = documents[lang];
    if (!isObject(info) || typeof info.path !== 'string' || !isObject(info.language)) return `"documents.${lang}" lacks "path" or "language"`;
    counts[lang] = list.length;
  }
  if (!Array.isArray(alignments)) return '"alignments" must be a list';
  for (const [index, link] of alignments.entries()) {
    if (!isObject(link) || typeof link.score !== 'number') return `alignment ${index} has no numeric "score"`;
    for (const lang of ['en', 'de'] as const) {
      const ids = link[lang];
      if (!Array.isArray(ids) || !ids.every((i) => Number.isInteger(i) && i >= 0 && i < counts[lang])) {
        return `alignment ${index}: "${lang}" must list ${lang} sentence indices below ${counts[lang]}`;
      }
    }
  }
  return undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
