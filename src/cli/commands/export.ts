import { readAlignment } from '../../read/readAlignment.js';
import { outputWriter, writeAlignment, type WriteAlignmentOptions } from '../writeAlignment.js';

export async function runExport(path: string, options: WriteAlignmentOptions): Promise<void> {
  const inputs = path === '-' ? [] : [path];
  outputWriter(options, inputs);
  const doc = await readAlignment(path);
  // The documents the alignment was made from are inputs too: never overwrite them.
  await writeAlignment(doc, options, [...inputs, doc.documents.en.path, doc.documents.de.path]);
}
