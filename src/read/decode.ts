import type { Encoding } from '../core/settings.js';
import { UserError } from '../core/errors.js';
import { InputError } from '../core/problems.js';
import { binarySignature, nulPattern } from './binary.js';
import { declaredEncoding } from './declaredEncoding.js';
import { decodeWindows1252, firstUndefinedWindows1252Byte } from './windows1252.js';


export interface Decoded {
  /** The decoded text without the BOM; sentence offsets index into this string. */
  text: string;
  encoding: Encoding;
  hadBom: boolean;
}

const BOMS: ReadonlyArray<{ bytes: readonly number[]; encoding: Encoding }> = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

/**
 * Decodes bytes to text without ever substituting characters silently: a byte sequence that is
 * not valid in the chosen encoding, a binary file and a NUL byte are each a UserError.
 * A BOM decides the encoding when present (it is unambiguous); otherwise `forced`, else UTF-8 — or,
 * when the bytes are not UTF-8, the encoding the document declares (an HTML page's meta charset, an
 * XML declaration). Valid UTF-8 wins over a declaration because pages labelled Latin-1 are often UTF-8
 * in fact, and reading them as declared would garble every umlaut without a word.
 * Line ends are left exactly as they are: offsets must point into the text as read.
 */
export function decodeBytes(bytes: Uint8Array, path: string, forced?: Encoding): Decoded {
  const bom = BOMS.find((b) => b.bytes.length <= bytes.length && b.bytes.every((x, k) => bytes[k] === x));
  let encoding = bom?.encoding ?? forced ?? 'utf-8';
  if (!bom) rejectBinary(bytes, path, encoding);
  const body = bytes.subarray(bom ? bom.bytes.length : 0);
  let text: string;
  try {
    text = decodeStrictly(body, encoding, path, bom ? bom.bytes.length : 0);
  } catch (error) {
    const declared = bom || forced ? undefined : declaredEncoding(bytes);
    if (declared === undefined || declared === encoding) throw error;
    encoding = declared;
    text = decodeStrictly(body, encoding, path, 0);
  }
  const nul = text.indexOf('\0');
  if (nul >= 0) throw new UserError(nulMessage(path, `character ${nul} of the decoded text`));
  return { text, encoding, hadBom: bom !== undefined };
}

/**
 * "latin1" is read as Windows-1252 (as browsers do): the two agree on every printable Latin-1
 * character, and files labelled Latin-1 in the wild use 0x80–0x9F for „ “ € –.
 */
function decodeStrictly(body: Uint8Array, encoding: Encoding, path: string, bomLength: number): string {
  if (encoding === 'windows-1252' || encoding === 'latin1') {
    const bad = firstUndefinedWindows1252Byte(body);
    if (bad >= 0) throw undecodable(path, body, encoding, bomLength, bad);
    return decodeWindows1252(body);
  }
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    throw undecodable(path, body, encoding, bomLength, firstUndecodableByte(body, encoding));
  }
}

/** Binary formats and stray NUL bytes, recognised on the raw bytes of a file without a BOM. */
function rejectBinary(bytes: Uint8Array, path: string, encoding: Encoding): void {
  const kind = binarySignature(bytes);
  if (kind) throw new UserError(`${path}: looks like a binary file (${kind.name}), not text; ${kind.advice}`);
  if (encoding === 'utf-16le' || encoding === 'utf-16be') return;
  const nul = nulPattern(bytes);
  if (nul.kind === 'utf-16le' || nul.kind === 'utf-16be') {
    throw new InputError({ code: 'utf16-without-bom', path, encoding: nul.kind });
  }
  if (nul.kind === 'binary') throw new UserError(nulMessage(path, `byte ${nul.offset}`));
}

function nulMessage(path: string, where: string): string {
  // NUL never occurs in real text and is not allowed in XML (TMX), so it is treated as binary.
  return `${path}: contains a NUL byte (at ${where}), so it looks like a binary file, not text; give a plain-text file (or strip NULs: tr -d '\\000')`;
}

function undecodable(path: string, body: Uint8Array, encoding: Encoding, bomLength: number, at: number): InputError {
  const where = `byte 0x${body[at]!.toString(16).toUpperCase().padStart(2, '0')} at offset ${at + bomLength}, line ${lineOf(body, at)}`;
  return new InputError({ code: 'undecodable', path, encoding, where });
}

/**
 * Offset of the byte that starts the first undecodable sequence. Strict decoding of a prefix
 * fails monotonically with its length, so a binary search finds the shortest failing prefix.
 * For UTF-8 the byte that revealed the error is often innocent (an ASCII letter after a Latin-1
 * umlaut); the culprit is then the lead byte of the unfinished sequence before it. Error path only.
 */
function firstUndecodableByte(body: Uint8Array, label: string): number {
  const fails = (length: number, stream: boolean): boolean => {
    try {
      new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(body.subarray(0, length), { stream });
      return false;
    } catch {
      return true;
    }
  };
  let lo = 1;
  let hi = body.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (fails(mid, true)) hi = mid;
    else lo = mid + 1;
  }
  const last = lo - 1;
  if (label !== 'utf-8') return last;
  const truncatedAtEnd = lo === body.length && !fails(body.length, true);
  let k = truncatedAtEnd ? last : last - 1;
  while (k >= 0 && k > last - 4 && body[k]! >= 0x80 && body[k]! < 0xc0) k--;
  const lead = k >= 0 ? body[k]! : 0;
  const sequenceLength = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
  return lead >= 0xc2 && lead <= 0xf4 && k + sequenceLength > last ? k : last;
}

function lineOf(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let k = 0; k < offset; k++) {
    if (bytes[k] === 0x0a || (bytes[k] === 0x0d && bytes[k + 1] !== 0x0a)) line++;
  }
  return line;
}
