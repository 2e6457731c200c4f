/**
 * Recognises files that are not text before they are decoded, so that a user who passes a
 * picture or a Word file hears "binary file (PNG image)" rather than "not valid UTF-8".
 */

/** File signatures ("magic numbers") of formats people mistake for text input. */
export interface BinaryKind {
  name: string;
  /** What the user should do instead. */
  advice: string;
}

const SAVE_AS_TEXT = 'save it as plain text (UTF-8) first';
const DECOMPRESS = 'decompress it first';
const NOT_TEXT = 'give a plain-text file';

const SIGNATURES: ReadonlyArray<{ bytes: readonly number[] } & BinaryKind> = [
  { bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], name: 'PNG image', advice: NOT_TEXT },
  { bytes: [0xff, 0xd8, 0xff], name: 'JPEG image', advice: NOT_TEXT },
  { bytes: [0x47, 0x49, 0x46, 0x38], name: 'GIF image', advice: NOT_TEXT },
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], name: 'PDF document', advice: 'extract its text first, e.g. with pdftotext' },
  // Word (.docx) and OpenDocument text (.odt) files are read (office/document.ts); other ZIP archives and old .doc files are not.
  { bytes: [0x50, 0x4b, 0x03, 0x04], name: 'ZIP archive, not a Word (.docx) or OpenDocument text (.odt)', advice: SAVE_AS_TEXT },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], name: 'old Microsoft Office document (.doc)', advice: 'save it as .docx or as plain text (UTF-8) first' },
  { bytes: [0x1f, 0x8b], name: 'gzip archive', advice: DECOMPRESS },
  { bytes: [0x42, 0x5a, 0x68], name: 'bzip2 archive', advice: DECOMPRESS },
  { bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], name: 'xz archive', advice: DECOMPRESS },
  { bytes: [0x28, 0xb5, 0x2f, 0xfd], name: 'zstd archive', advice: DECOMPRESS },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], name: 'ELF executable', advice: NOT_TEXT },
];

/** The kind of binary file `bytes` starts like, or undefined when it may be text. */
export function binarySignature(bytes: Uint8Array): BinaryKind | undefined {
  const found = SIGNATURES.find(({ bytes: magic }) => magic.length <= bytes.length && magic.every((b, k) => bytes[k] === b));
  return found && { name: found.name, advice: found.advice };
}

export type NulPattern = { kind: 'none' } | { kind: 'utf-16le' | 'utf-16be' } | { kind: 'binary'; offset: number };

/**
 * Classifies NUL bytes in a file that has no BOM. Text in UTF-8 or Windows-1252 never contains
 * NUL; UTF-16 without a BOM has one in almost every other byte (ASCII letters), on the odd
 * positions for little-endian and the even ones for big-endian. Anything else is binary.
 */
export function nulPattern(bytes: Uint8Array): NulPattern {
  const first = bytes.indexOf(0);
  if (first < 0) return { kind: 'none' };
  let even = 0;
  let odd = 0;
  const sample = Math.min(bytes.length, 1 << 16);
  for (let k = 0; k < sample; k++) {
    if (bytes[k] === 0) {
      if (k % 2 === 0) even++;
      else odd++;
    }
  }
  const pairs = sample / 2;
  if (odd > 0.3 * pairs && even < 0.01 * pairs) return { kind: 'utf-16le' };
  if (even > 0.3 * pairs && odd < 0.01 * pairs) return { kind: 'utf-16be' };
  return { kind: 'binary', offset: first };
}
