import { describe, expect, it } from 'vitest';
import { UserError } from '../../../src/core/errors.js';
import { nulPattern } from '../../../src/read/binary.js';
import { decodeBytes, type Encoding } from '../../../src/read/decode.js';
import { decodeWindows1252, firstUndefinedWindows1252Byte } from '../../../src/read/windows1252.js';

function errorOf(bytes: number[] | Buffer, encoding?: Encoding): string {
  try {
    decodeBytes(Uint8Array.from(bytes), 'f.txt', encoding);
  } catch (error) {
    if (error instanceof UserError) return error.message;
    throw error;
  }
  throw new Error('decoded without error');
}

describe('decodeBytes: the first undecodable byte is named exactly', () => {
  it.each([
    ['a Latin-1 umlaut before an ASCII letter', [0x47, 0x72, 0xe4, 0x6e], 'byte 0xE4 at offset 2'],
    ['a stray continuation byte after a complete character', [0xc3, 0xa4, 0x80], 'byte 0x80 at offset 2'],
    ['a lead byte with a continuation it does not allow', [0xe0, 0x80, 0x80], 'byte 0xE0 at offset 0'],
    ['a byte that never occurs in UTF-8', [0x61, 0xff], 'byte 0xFF at offset 1'],
    ['a sequence cut off at the end', [0x61, 0x62, 0xe4], 'byte 0xE4 at offset 2'],
    ['two Latin-1 letters in a row', [0xe4, 0xfc], 'byte 0xE4 at offset 0'],
  ])('%s', (_name, bytes, where) => {
    expect(errorOf(bytes)).toContain(`not valid UTF-8 (${where}, line 1)`);
  });

  it('counts lines (LF, CRLF and CR) to the bad byte, and offsets include the BOM', () => {
    expect(errorOf(Buffer.from('a\nb\r\nc\rd\xff', 'latin1'))).toContain('byte 0xFF at offset 8, line 4');
    expect(errorOf([0xef, 0xbb, 0xbf, 0x61, 0xff])).toContain('byte 0xFF at offset 4, line 1');
  });

  it('an odd number of bytes is not UTF-16', () => {
    expect(errorOf([0xff, 0xfe, 0x61, 0x00, 0x62])).toMatch(/^f\.txt: not valid UTF-16LE \(byte 0x62 at offset 4/);
  });

  it('an unpaired surrogate is not UTF-16', () => {
    expect(errorOf([0xff, 0xfe, 0x61, 0x00, 0x00, 0xd8, 0x62, 0x00])).toMatch(/not valid UTF-16LE/);
  });
});

describe('decodeBytes: BOMs and offsets', () => {
  it.each([
    [[0xef, 0xbb, 0xbf, 0x48, 0x69], 'utf-8'],
    [[0xff, 0xfe, 0x48, 0x00, 0x69, 0x00], 'utf-16le'],
    [[0xfe, 0xff, 0x00, 0x48, 0x00, 0x69], 'utf-16be'],
  ] as const)('%j is "Hi" in %s, without the BOM', (bytes, encoding) => {
    expect(decodeBytes(Uint8Array.from(bytes), 'f', 'windows-1252')).toEqual({ text: 'Hi', encoding, hadBom: true });
  });

  it('keeps line ends exactly', () => {
    expect(decodeBytes(Buffer.from('a\r\nb\rc\n'), 'f').text).toBe('a\r\nb\rc\n');
  });
});

describe('NUL bytes', () => {
  it('tells UTF-16 without a BOM from binary', () => {
    expect(nulPattern(Buffer.from('Hello, world', 'utf16le'))).toEqual({ kind: 'utf-16le' });
    expect(nulPattern(Buffer.from('Hello, world', 'utf16le').swap16())).toEqual({ kind: 'utf-16be' });
    expect(nulPattern(Buffer.from('Hello\0world'))).toEqual({ kind: 'binary', offset: 5 });
    expect(nulPattern(Buffer.from('Hello world'))).toEqual({ kind: 'none' });
  });
});

describe('Windows-1252', () => {
  it('decodes 0x80–0x9F to the Windows characters, not to C1 controls', () => {
    expect(decodeWindows1252(Uint8Array.from([0x80, 0x84, 0x93, 0x96, 0x9f, 0xe4, 0xdf]))).toBe('€„“–Ÿäß');
  });

  it('maps every defined byte to a distinct character, and finds the five undefined ones', () => {
    const defined = [...Array(256).keys()].filter((b) => ![0x81, 0x8d, 0x8f, 0x90, 0x9d].includes(b));
    const text = decodeWindows1252(Uint8Array.from(defined));
    expect(new Set(text).size).toBe(defined.length);
    expect(text).not.toMatch(/[\u0080-\u009f]/);
    expect(firstUndefinedWindows1252Byte(Uint8Array.from(defined))).toBe(-1);
    expect(firstUndefinedWindows1252Byte(Uint8Array.from([0x41, 0x9d]))).toBe(1);
    expect(errorOf([0x41, 0x9d], 'windows-1252')).toMatch(/not valid WINDOWS-1252 \(byte 0x9D at offset 1/);
  });
});

describe('decodeBytes: the encoding a document declares', () => {
  const latin1 = (text: string) => Uint8Array.from(Buffer.from(text, 'latin1'));
  const WINDOWS_1252: Record<string, number> = { '\u2013': 0x96, '\u201e': 0x84, '\u201c': 0x93 };
  const windows1252 = (text: string) => Uint8Array.from(text, (ch) => WINDOWS_1252[ch] ?? ch.charCodeAt(0));

  it.each([
    ['an HTML meta charset', '<html><head><meta charset="ISO-8859-1"><title>Gr\u00fc\u00dfe</title></head><body><p>Stra\u00dfe \u2013 Ma\u00df</p>'],
    ['an http-equiv content type', '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head><p>\u00c4rger \u201eda\u201c</p>'],
    ['an XML declaration', "<?xml version='1.0' encoding='latin1'?>\n<doc>F\u00fc\u00dfe</doc>"],
  ])('reads bytes that are not UTF-8 in the encoding of %s', (_name, text) => {
    const decoded = decodeBytes(windows1252(text), 'page.html');
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.text).toBe(text);
  });

  it('keeps valid UTF-8 even when the page says Latin-1 (a common mislabel), and a BOM or --encoding over the declaration', () => {
    const mislabelled = '<meta charset="iso-8859-1"><p>Gr\u00fc\u00dfe</p>';
    expect(decodeBytes(Uint8Array.from(Buffer.from(mislabelled, 'utf8')), 'page.html')).toMatchObject({ encoding: 'utf-8', text: mislabelled });
    expect(() => decodeBytes(latin1('<meta charset="iso-8859-1"><p>Gr\u00fc\u00dfe</p>'), 'page.html', 'utf-8')).toThrow(/not valid UTF-8/);
  });

  it('without a declaration, or with one it cannot decode, the UTF-8 error stands', () => {
    expect(errorOf(latin1('<p>Gr\u00fc\u00dfe</p>'))).toContain('not valid UTF-8');
    expect(errorOf(latin1('<meta charset="shift_jis"><p>Gr\u00fc\u00dfe</p>'))).toContain('not valid UTF-8');
  });
});
