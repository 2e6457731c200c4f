import { parseAlignmentJson } from '../../read/alignmentJson.js';
import { readDocument } from '../../read/readDocument.js';
import { outputWriter, writeAlignment, type WriteAlignmentOptions } from '../writeAlignment.js';

export async function runExport(path: string, options: WriteAlignmentOptions): Promise<void> {
  const inputs = path === '-' ? [] : [path];
  outputWriter(options, inputs);
  const text = path === '-' ? await readStdin() : (await readDocument(path)).text;
  const doc = parseAlignmentJson(text, path === '-' ? 'stdin' : path);
  // The documents the alignment was made from are inputs too: never overwrite them.
  await writeAlignment(doc, options, [...inputs, doc.documents.en.path, doc.documents.de.path]);
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
