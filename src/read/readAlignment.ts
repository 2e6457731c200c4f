import type { AlignmentDocument } from '../core/types.js';
import { parseAlignmentJson } from './alignmentJson.js';
import { readDocument } from './readDocument.js';
import { readStdin } from './stdin.js';

/**
 * Reads an alignment written by `satzpaar align` (docs/format.md) for the commands that reuse
 * one (`export`, `diff`, `report`); `-` reads it from stdin.
 */
export async function readAlignment(path: string): Promise<AlignmentDocument> {
  if (path === '-') return parseAlignmentJson(await readStdin(), 'stdin');
  const { text } = await readDocument(path);
  return parseAlignmentJson(text, path);
}
