import { parseAlignmentJson } from '../../read/alignmentJson.js';
import { readDocument } from '../../read/readDocument.js';
import { assertNotAnInput } from '../output.js';
import { outputWriter, writeAlignment, type WriteAlignmentOptions } from '../writeAlignment.js';

export async function runExport(path: string, options: WriteAlignmentOptions): Promise<void> {
  assertNotAnInput(options.output, path === '-' ? [] : [path]);
  outputWriter(options);
  const text = path === '-' ? await readStdin() : (await readDocument(path)).text;
  const doc = parseAlignmentJson(text, path === '-' ? 'stdin' : path);
  await writeAlignment(doc, options);
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
