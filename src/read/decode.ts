import { UserError } from '../core/errors.js';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' | 'latin1';

export interface Decoded {
  text: string;
  encoding: Encoding;
  hadBom: boolean;
}

/**
 * Decodes bytes to text without ever substituting characters silently:
 * a byte sequence that is not valid in the chosen encoding is a UserError.
 * A BOM decides the encoding when present; otherwise UTF-8 unless `forced`.
 */
export function decodeBytes(bytes: Uint8Array, path: string, forced?: Encoding): Decoded {
  const bom = detectBom(bytes);
  const encoding = forced ?? bom?.encoding ?? 'utf-8';
  const skip = bom && bom.encoding === encoding ? bom.length : 0;
  const label = encoding === 'latin1' ? 'windows-1252' : encoding;
  let text: string;
  try {
    text = new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(skip));
  } catch {
    throw new UserError(
      `${path}: not valid ${encoding.toUpperCase()} text; if it is in another encoding, pass --encoding (e.g. --encoding windows-1252)`,
    );
  }
  return { text, encoding, hadBom: skip > 0 };
}

function detectBom(bytes: Uint8Array): { encoding: Encoding; length: number } | undefined {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { encoding: 'utf-8', length: 3 };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}
