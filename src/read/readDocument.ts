import { createHash } from 'node:crypto';
import { constants as bufferConstants } from 'node:buffer';
import { readFile, stat } from 'node:fs/promises';
import { UserError } from '../core/errors.js';
import type { Encoding } from '../core/settings.js';
import { decodeBytes } from './decode.js';
import { crossReferenceTitles } from './linkTitles.js';
import { readOfficeDocument } from './office/document.js';
import type { DocumentInput } from '../core/types.js';

export interface SourceDocument {
  path: string;
  /** Decoded text (BOM removed, line ends untouched): sentence offsets index into it. */
  text: string;
  sha256: string;
  encoding: Encoding;
  /** The titles empty cross-references show, by target (GNOME's Mallard pages; see linkTitles.ts). */
  linkTitles?: Record<string, string>;
  /** Set for a Word or OpenDocument file: `text` is the text extracted from it, and offsets index that. */
  input?: DocumentInput;
}

/** Reads and decodes one input file; every way it can fail is a one-line UserError. */
export async function readDocument(path: string, encoding?: Encoding): Promise<SourceDocument> {
  const bytes = await readBytes(path);
  const office = await readOfficeDocument(path, bytes);
  if (office) return { path, text: office.text, sha256: sha256Of(bytes), encoding: 'utf-8', input: office.input };
  const decoded = decodeBytes(bytes, path, encoding);
  rejectEmpty(path, decoded.text);
  const sha256 = sha256Of(bytes);
  const linkTitles = await crossReferenceTitles(path, decoded.text);
  return { path, text: decoded.text, sha256, encoding: decoded.encoding, ...(linkTitles ? { linkTitles } : {}) };
}

/**
 * A document given as text rather than a file (a batch record's `en_text`): `label` stands for its
 * path in the alignment; the checksum is of its UTF-8 bytes, as if it had been read from a file.
 * It has no folder, so a Mallard page's cross-references to other pages keep no titles.
 */
export function documentFromText(label: string, text: string): SourceDocument {
  rejectEmpty(label, text);
  return { path: label, text, sha256: sha256Of(Buffer.from(text, 'utf8')), encoding: 'utf-8' };
}

function rejectEmpty(path: string, text: string): void {
  if (text.trim() !== '') return;
  const what = text.length === 0 ? 'no text at all' : 'only whitespace';
  throw new UserError(`${path}: the document is empty (${what}); give a file with some text in it`);
}

function sha256Of(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Reads and decodes a text file that is not a document to align (a batch manifest): the same
 * checks and messages as readDocument (missing, directory, binary, encoding, BOM), but an empty
 * file is left to the caller, which knows what it should have contained.
 */
export async function readTextFile(path: string, encoding?: Encoding): Promise<string> {
  return decodeBytes(await readBytes(path), path, encoding).text;
}

async function readBytes(path: string): Promise<Buffer> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new UserError(`${path}: is a directory, not a file; give the path of a text file`);
    // Devices and sockets can stream without end (/dev/zero); pipes (<(cmd), /dev/stdin) are fine.
    if (!info.isFile() && !info.isFIFO()) throw new UserError(`${path}: is not a regular file; give the path of a text file`);
    if (info.size > bufferConstants.MAX_STRING_LENGTH) {
      throw new UserError(`${path}: too large (${Math.round(info.size / 2 ** 20)} MiB); satzpaar holds whole documents in memory: split it into smaller files`);
    }
    return await readFile(path);
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(describeReadError(path, error));
  }
}

function describeReadError(path: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return `${path}: no such file; check the path`;
    case 'ENOTDIR':
      return `${path}: a part of the path is not a folder; check the path`;
    case 'EISDIR':
      return `${path}: is a directory, not a file; give the path of a text file`;
    case 'EACCES':
    case 'EPERM':
      return `${path}: permission denied; make the file readable (chmod +r) or run as a user who may read it`;
    case 'ENAMETOOLONG':
      return `${path}: the path is too long; check the path`;
    case 'ELOOP':
      return `${path}: too many symbolic links (a link loop?); check the path`;
    default:
      return `${path}: cannot read the file (${code ?? String(error)}); check the path and the disk`;
  }
}
