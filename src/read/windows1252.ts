/**
 * Windows-1252 decoding, written out because Node 20's TextDecoder("windows-1252") decodes
 * 0x80–0x9F as C1 control characters (ISO-8859-1) — it would silently turn „ “ € – into
 * invisible controls. Every other byte is its own code point.
 */
const HIGH: Record<number, string> = {
  0x80: '€', 0x82: '‚', 0x83: 'ƒ', 0x84: '„', 0x85: '…', 0x86: '†', 0x87: '‡', 0x88: 'ˆ', 0x89: '‰',
  0x8a: 'Š', 0x8b: '‹', 0x8c: 'Œ', 0x8e: 'Ž', 0x91: '‘', 0x92: '’', 0x93: '“', 0x94: '”', 0x95: '•',
  0x96: '–', 0x97: '—', 0x98: '˜', 0x99: '™', 0x9a: 'š', 0x9b: '›', 0x9c: 'œ', 0x9e: 'ž', 0x9f: 'Ÿ',
};

/** Offset of the first byte Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D), or -1. */
export function firstUndefinedWindows1252Byte(bytes: Uint8Array): number {
  for (let k = 0; k < bytes.length; k++) {
    const b = bytes[k]!;
    if (b >= 0x80 && b < 0xa0 && HIGH[b] === undefined) return k;
  }
  return -1;
}

/** Decodes bytes that `firstUndefinedWindows1252Byte` accepted. */
export function decodeWindows1252(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    .toString('latin1')
    .replace(/[\u0080-\u009f]/g, (ch) => HIGH[ch.charCodeAt(0)]!);
}
