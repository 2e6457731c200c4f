import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { UserError } from '../core/errors.js';
import { decodeBytes, type Encoding } from './decode.js';

export interface SourceDocument {
  path: string;
  text: string;
  sha256: string;
  encoding: Encoding;
}

/** Reads and decodes one input file; every way it can fail is a one-line UserError. */
export async function readDocument(path: string, encoding?: Encoding): Promise<SourceDocument> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new UserError(describeReadError(path, error));
  }
  const decoded = decodeBytes(bytes, path, encoding);
  if (decoded.text.trim() === '') {
    throw new UserError(`${path}: the document is empty; give a file with some text in it`);
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return { path, text: decoded.text, sha256, encoding: decoded.encoding };
}

function describeReadError(path: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return `${path}: no such file; check the path`;
    case 'EISDIR':
      return `${path}: is a directory, not a file; give the path of a text file`;
    case 'EACCES':
    case 'EPERM':
      return `${path}: permission denied; make the file readable`;
    default:
      return `${path}: cannot read the file (${code ?? String(error)})`;
  }
}
