import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AlignmentDocument, Sentence } from '../../src/core/types.js';
import { fixture, runCli } from '../helpers/cli.js';
import { encodeUtf16, encodeWindows1252 } from '../helpers/generate.js';
import { expectAlignmentInvariants, expectExactOffsets, expectNothingLost } from '../helpers/invariants.js';
import { expectOneLineError, filesIn, tempDir, unprivilegedUser } from '../helpers/robustness.js';

const EN = fixture('en-zdnet-microsoft-buys-kinvolk.txt');
const DE = fixture('de-microsoft-announcement-kinvolk.txt');
const EN_TEXT = readFileSync(EN, 'utf8');
const DE_TEXT = readFileSync(DE, 'utf8');

function alignOk(args: string[]): AlignmentDocument {
  const result = runCli(['align', ...args]);
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  const doc = JSON.parse(result.stdout) as AlignmentDocument;
  expectAlignmentInvariants(doc);
  return doc;
}

function texts(sentences: Sentence[]): string[] {
  return sentences.map((s) => s.text);
}

describe('robustness: files that cannot be read', () => {
  const dir = tempDir();

  it('a missing file: exit 2, names it', () => {
    expectOneLineError(runCli(['align', join(dir, 'missing.txt'), DE]), /missing\.txt: no such file; check the path/);
  });

  it('a directory instead of a file: exit 2', () => {
    expectOneLineError(runCli(['align', dir, DE]), /: is a directory, not a file; give the path of a text file/);
  });

  it('a device that never ends (/dev/zero) is refused instead of read forever', () => {
    expectOneLineError(runCli(['segment', '/dev/zero']), /\/dev\/zero: is not a regular file/);
  });

  const user = unprivilegedUser();
  // As root chmod 000 does not stop reading; unprivilegedUser() then runs the CLI as `nobody`.
  it.skipIf(user === undefined)('an unreadable file (chmod 000): exit 2, permission denied', () => {
    const file = join(dir, 'unreadable.txt');
    writeFileSync(file, EN_TEXT);
    chmodSync(file, 0o000);
    expectOneLineError(runCli(['align', file, DE], user), /unreadable\.txt: permission denied; make the file readable/);
  });
});

describe('robustness: files without text', () => {
  const dir = tempDir();

  it('an empty file: exit 2, and no output file appears', () => {
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    const out = join(dir, 'out.json');
    expectOneLineError(runCli(['align', EN, empty, '-o', out]), /empty\.txt: the document is empty \(no text at all\); give a file with some text in it/);
    expect(filesIn(dir)).toEqual(['empty.txt']);
  });

  it('a whitespace-only file (spaces, tabs, blank CRLF lines, a BOM): exit 2', () => {
    const blank = join(dir, 'blank.txt');
    writeFileSync(blank, '\ufeff  \t\r\n\r\n \u00a0\n');
    expectOneLineError(runCli(['align', blank, DE]), /blank\.txt: the document is empty \(only whitespace\)/);
  });

  it('a PNG image: exit 2, "looks like a binary file (PNG image)"', () => {
    const png = join(dir, 'picture.png');
    writeFileSync(png, Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), Buffer.from('IHDR some pixels')]));
    expectOneLineError(runCli(['align', EN, png]), /picture\.png: looks like a binary file \(PNG image\), not text; give a plain-text file/);
  });

  it('a PDF: exit 2, and the message says how to get its text', () => {
    const pdf = join(dir, 'article.pdf');
    writeFileSync(pdf, '%PDF-1.7\n%âãÏÓ\n1 0 obj\n');
    expectOneLineError(runCli(['segment', pdf]), /article\.pdf: looks like a binary file \(PDF document\), not text; extract its text first/);
  });

  // Decision: NUL never occurs in real text and is invalid in XML (TMX), so a NUL byte means
  // "binary", even in an otherwise readable file. Documented in README "Input".
  it('NUL bytes in an otherwise text file: exit 2, treated as binary, with the position', () => {
    const nul = join(dir, 'nul.txt');
    writeFileSync(nul, 'Microsoft has bought Kinvolk.\0 The team joins Azure.\n');
    expectOneLineError(runCli(['align', nul, DE]), /nul\.txt: contains a NUL byte \(at byte 29\), so it looks like a binary file, not text/);
  });

  it('a NUL inside UTF-16 text (after decoding) is refused too', () => {
    const nul16 = join(dir, 'nul16.txt');
    writeFileSync(nul16, encodeUtf16('Microsoft has bought Kinvolk.\0 The team joins Azure.\n', 'le'));
    expectOneLineError(runCli(['segment', '--lang', 'en', nul16]), /nul16\.txt: contains a NUL byte \(at character 29 of the decoded text\)/);
  });
});

describe('robustness: encodings (offsets always index the decoded text without BOM)', () => {
  const dir = tempDir();
  const plain = alignOk([EN, DE]);

  it('UTF-8 with BOM: same sentences and offsets as without', () => {
    const file = join(dir, 'bom-utf8.txt');
    writeFileSync(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(EN_TEXT)]));
    const doc = alignOk([file, DE]);
    expect(doc.sentences).toEqual(plain.sentences);
    expect(doc.alignments).toEqual(plain.alignments);
    expectExactOffsets(doc.sentences.en, EN_TEXT);
  });

  it.each(['le', 'be'] as const)('UTF-16 %s with BOM: same sentences and offsets as UTF-8', (endian) => {
    const en = join(dir, `en-utf16${endian}.txt`);
    const de = join(dir, `de-utf16${endian}.txt`);
    writeFileSync(en, encodeUtf16(EN_TEXT, endian));
    writeFileSync(de, encodeUtf16(DE_TEXT, endian));
    const doc = alignOk([en, de]);
    expect(doc.sentences).toEqual(plain.sentences);
    expect(doc.alignments).toEqual(plain.alignments);
    expectExactOffsets(doc.sentences.de, DE_TEXT);
  });

  it('UTF-16 without BOM: exit 2, suggests --encoding utf-16le, which then works', () => {
    const file = join(dir, 'nobom16.txt');
    const de = join(dir, 'nobom16-de.txt');
    writeFileSync(file, Buffer.from(EN_TEXT, 'utf16le'));
    writeFileSync(de, Buffer.from(DE_TEXT, 'utf16le'));
    expectOneLineError(runCli(['align', file, DE]), /nobom16\.txt: looks like UTF-16LE text without a byte-order mark; pass --encoding utf-16le/);
    // --encoding applies to every input file; a UTF-8 file read as UTF-16 is refused, not mangled.
    expectOneLineError(runCli(['align', file, DE, '--encoding', 'utf-16le']), /de-microsoft-announcement-kinvolk\.txt: not valid UTF-16LE/);
    expect(alignOk([file, de, '--encoding', 'utf-16le']).sentences).toEqual(plain.sentences);
  });

  const GERMAN = 'Die Straße in Köln ist schön, sagt Müller. Größe und Übermaß: „Äpfel“ kosten 5 € – öfter als früher.\n\nDas Maß ist voll. Jürgen weiß es.\n';

  it('Windows-1252 German without --encoding: exit 2, names the byte and suggests --encoding windows-1252; no output file', () => {
    const file = join(dir, 'de-1252.txt');
    writeFileSync(file, encodeWindows1252(GERMAN));
    const out = join(dir, 'never.json');
    expectOneLineError(
      runCli(['align', EN, file, '-o', out]),
      /de-1252\.txt: not valid UTF-8 \(byte 0xDF at offset 8, line 1\); if it is Windows-1252\/Latin-1 text .*pass --encoding windows-1252/,
    );
    expect(filesIn(dir)).not.toContain('never.json');
  });

  it.each(['windows-1252', 'latin1'])('Windows-1252 German with --encoding %s: ä ö ü ß „“ € survive, same sentences as UTF-8', (encoding) => {
    const file = join(dir, 'de-1252.txt');
    const utf8 = join(dir, 'de-utf8.txt');
    writeFileSync(file, encodeWindows1252(GERMAN));
    writeFileSync(utf8, GERMAN);
    const doc = alignOk([EN, file, '--encoding', encoding, '--langs', 'en,de']);
    const reference = alignOk([EN, utf8, '--langs', 'en,de']);
    expect(doc.sentences.de).toEqual(reference.sentences.de);
    expect(texts(doc.sentences.de).join(' ')).toContain('Die Straße in Köln ist schön, sagt Müller.');
    expect(texts(doc.sentences.de).join(' ')).toContain('„Äpfel“ kosten 5 € – öfter als früher.');
    expectExactOffsets(doc.sentences.de, GERMAN);
  });

  it('a byte-order mark wins over --encoding (it is unambiguous)', () => {
    const file = join(dir, 'bom-wins.txt');
    writeFileSync(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(GERMAN)]));
    const result = runCli(['segment', '--lang', 'de', '--format', 'jsonl', '--encoding', 'windows-1252', file]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Die Straße in Köln');
  });

  it('a UTF-8 sequence cut off at the end of the file is reported at its first byte', () => {
    const file = join(dir, 'cut.txt');
    writeFileSync(file, Buffer.concat([Buffer.from('Microsoft kauft Kinvolk.\nGr'), Buffer.from([0xc3])]));
    expectOneLineError(runCli(['segment', '--lang', 'de', file]), /cut\.txt: not valid UTF-8 \(byte 0xC3 at offset 27, line 2\)/);
  });
});

describe('robustness: line ends (never rewritten; offsets point into the file as it is)', () => {
  const dir = tempDir();
  const plain = alignOk([EN, DE]);

  it.each([
    ['CRLF', '\r\n'],
    ['old-Mac CR', '\r'],
  ])('%s: the same sentences as with LF, offsets exact into the original text', (_name, eol) => {
    const enText = EN_TEXT.replace(/\n/g, eol);
    const deText = DE_TEXT.replace(/\n/g, eol);
    const en = join(dir, `en-${eol.length}.txt`);
    const de = join(dir, `de-${eol.length}.txt`);
    writeFileSync(en, enText);
    writeFileSync(de, deText);
    const doc = alignOk([en, de]);
    const normalise = (s: Sentence[]) => texts(s).map((t) => t.replace(/\r\n?/g, '\n'));
    expect(normalise(doc.sentences.en)).toEqual(texts(plain.sentences.en));
    expect(normalise(doc.sentences.de)).toEqual(texts(plain.sentences.de));
    expect(doc.alignments).toEqual(plain.alignments);
    expectExactOffsets(doc.sentences.en, enText);
    expectNothingLost(doc.sentences.en, enText);
    expectNothingLost(doc.sentences.de, deText);
  });

  it('--presegmented with CRLF and CR: one sentence per line, no \\r in any sentence', () => {
    const text = 'First line.\r\nSecond line.\rThird line.\n\r\nFourth line.';
    const file = join(dir, 'mixed.txt');
    writeFileSync(file, text);
    const result = runCli(['segment', '--lang', 'en', '--presegmented', '--format', 'jsonl', file]);
    expect(result.status).toBe(0);
    const sentences = (JSON.parse(result.stdout) as { sentences: Sentence[] }).sentences;
    expect(texts(sentences)).toEqual(['First line.', 'Second line.', 'Third line.', 'Fourth line.']);
    expectExactOffsets(sentences, text);
  });
});

describe('robustness: languages', () => {
  it('a French file: exit 2, reports what was detected', () => {
    expectOneLineError(
      runCli(['align', fixture('french.txt'), DE]),
      /french\.txt: looks like neither English nor German \(detected: fra\) but like French; if it is English or German, state the languages with --langs en,de/,
    );
  });

  it('a French file with --langs: the user is taken at their word', () => {
    const doc = alignOk([fixture('french.txt'), DE, '--langs', 'en,de']);
    expect(doc.documents.en.language.source).toBe('stated');
    expect(doc.documents.en.path).toBe(fixture('french.txt'));
  });

  it('segment on a French file: exit 2, suggests --lang', () => {
    expectOneLineError(runCli(['segment', fixture('french.txt')]), /french\.txt: looks like neither English nor German \(detected: fra\).*--lang en or --lang de/);
  });

  it('too little text to detect: exit 2, says so', () => {
    const dir = tempDir();
    const file = join(dir, 'short.txt');
    writeFileSync(file, '12:30 – 14:45\n');
    expectOneLineError(runCli(['align', file, DE]), /short\.txt: too little text to tell its language \(detected: und\); state the languages with --langs en,de/);
  });

  it('both files German: exit 2 naming both; --langs does not override a confident detection, --force-langs does', () => {
    const other = fixture('de-tradepress-microsoft-kinvolk.txt');
    expectOneLineError(runCli(['align', DE, other]), /de-microsoft-announcement-kinvolk\.txt and .*de-tradepress-microsoft-kinvolk\.txt: both look German/);
    expectOneLineError(runCli(['align', DE, other, '--langs', 'en,de']), /de-microsoft-announcement-kinvolk\.txt: stated as English but its text is German .*--force-langs/);
    const doc = alignOk([DE, other, '--langs', 'en,de', '--force-langs']);
    expect(doc.documents.en.path).toBe(DE);
  });

  it('--langs naming one language twice: exit 2', () => {
    expectOneLineError(runCli(['align', EN, DE, '--langs', 'en,en']), /--langs en,en: the two documents must be in two different languages/);
  });
});

describe('robustness: invalid options', () => {
  it('--format xml: exit 2, one line naming the option and the allowed values', () => {
    expectOneLineError(runCli(['align', EN, DE, '--format', 'xml']), /option '--format <format>' argument 'xml' is invalid\. Allowed choices are json.*; run "satzpaar --help" for usage/);
  });

  it('--mode fast: exit 2, one line', () => {
    expectOneLineError(runCli(['align', EN, DE, '--mode', 'fast']), /option '--mode <mode>' argument 'fast' is invalid\. Allowed choices are auto, parallel, comparable/);
  });

  it('--encoding ebcdic, --min-score 2, a misspelt option, a missing argument, an unknown command: exit 2, one line each', () => {
    expectOneLineError(runCli(['align', EN, DE, '--encoding', 'ebcdic']), /--encoding <name>' argument 'ebcdic' is invalid/);
    expectOneLineError(runCli(['align', EN, DE, '--min-score', '2']), /--min-score 2: expected a number between 0 and 1/);
    expectOneLineError(runCli(['align', EN, DE, '--fromat', 'json']), /unknown option '--fromat' \(Did you mean --format\?\)/);
    expectOneLineError(runCli(['align', EN]), /missing required argument 'file2'/);
    expectOneLineError(runCli(['frobnicate']), /unknown command 'frobnicate'/);
  });
});
