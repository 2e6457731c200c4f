import type { AlignmentDocument } from '../core/types.js';

/**
 * Pretty-printed JSON, except that each sentence and each alignment sits on one line,
 * so a diff or `grep` of the output stays readable on long documents.
 */
export function formatAlignmentJson(doc: AlignmentDocument): string {
  const { sentences, alignments, ...head } = doc;
  const headJson = JSON.stringify(head, null, 2);
  const list = (items: unknown[], indent: string) =>
    items.length === 0 ? '[]' : `[\n${items.map((item) => indent + JSON.stringify(item)).join(',\n')}\n${indent.slice(2)}]`;
  const body = [
    `  "sentences": {\n    "en": ${list(sentences.en, '      ')},\n    "de": ${list(sentences.de, '      ')}\n  }`,
    `  "alignments": ${list(alignments, '    ')}`,
  ].join(',\n');
  return `${headJson.slice(0, -2)},\n${body}\n}\n`;
}
