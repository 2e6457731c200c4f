import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AlignmentDocument } from '../../src/core/types.js';
import { runCli, fixture } from '../helpers/cli.js';
import { expectAlignmentInvariants } from '../helpers/invariants.js';
import { buildDocx, buildOdt, type OfficeContent } from '../helpers/office.js';
import { parseTmx } from '../helpers/tmx.js';
import { hasXmllint, validateXliff, xliffPairs } from '../helpers/xliff.js';

const EN: OfficeContent = {
  heading: 'Annual report of the Example Foundation',
  paragraphs: ['The foundation supported forty schools in the past year. Its budget grew by twelve percent.', 'Most of the money went to teacher training in rural areas.'],
  listItems: ['New libraries were opened in three towns.', 'Two hundred pupils received scholarships.'],
  tableCells: ['Income rose to two million euros.', 'Costs fell slightly.'],
  footnote: 'All figures are provisional and unaudited.',
};
const DE: OfficeContent = {
  heading: 'Jahresbericht der Beispiel-Stiftung',
  paragraphs: ['Die Stiftung unterstützte im vergangenen Jahr vierzig Schulen. Ihr Haushalt wuchs um zwölf Prozent.', 'Der größte Teil des Geldes floss in die Ausbildung von Lehrkräften auf dem Land.'],
  listItems: ['In drei Städten wurden neue Bibliotheken eröffnet.', 'Zweihundert Schülerinnen und Schüler erhielten Stipendien.'],
  tableCells: ['Die Einnahmen stiegen auf zwei Millionen Euro.', 'Die Kosten sanken leicht.'],
  footnote: 'Alle Zahlen sind vorläufig und ungeprüft.',
};

/** The blocks in reading order: heading, paragraphs, list items, table cells, then the footnote. */
const sentencesOf = (content: OfficeContent) => [
  content.heading,
  ...content.paragraphs.flatMap((p) => p.split(/(?<=\.) /)),
  ...content.listItems,
  ...content.tableCells,
  content.footnote,
];

const dir = mkdtempSync(join(tmpdir(), 'satzpaar-office-'));
const path = (name: string) => join(dir, name);

beforeAll(async () => {
  writeFileSync(path('en.docx'), await buildDocx(EN));
  writeFileSync(path('de.docx'), await buildDocx(DE));
  writeFileSync(path('en.odt'), await buildOdt(EN));
  writeFileSync(path('de.odt'), await buildOdt(DE));
  writeFileSync(path('locked.odt'), await buildOdt(EN, { encrypted: true }));
  writeFileSync(path('cut.docx'), (await buildDocx(EN)).subarray(0, 400));
  // A macro-enabled document whose body is empty: only its VBA project holds anything.
  const macros = await JSZip.loadAsync(await buildDocx(EN));
  macros.file('word/document.xml', '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:sectPr/></w:body></w:document>');
  macros.file('word/vbaProject.bin', Buffer.from([0xd0, 0xcf, 0x11, 0xe0]));
  writeFileSync(path('macros.docm'), await macros.generateAsync({ type: 'nodebuffer' }));
  // An encrypted Word file is an OLE container with an "EncryptedPackage" stream.
  writeFileSync(path('locked.docx'), Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(64), Buffer.from('EncryptedPackage', 'utf16le')]));
});

describe.each([
  ['Word', 'docx'],
  ['OpenDocument', 'odt'],
])('satzpaar align on %s files', (_, ext) => {
  let aligned: { status: number | null; doc: AlignmentDocument } | undefined;
  // German first: the order of the arguments does not matter.
  const alignment = () => {
    if (!aligned) {
      const result = runCli(['align', path(`de.${ext}`), path(`en.${ext}`)]);
      aligned = { status: result.status, doc: JSON.parse(result.stdout) as AlignmentDocument };
    }
    return aligned;
  };

  it('reads paragraphs, headings, list items, table cells and footnotes as blocks, and aligns them 1-1', () => {
    const { status, doc } = alignment();
    expect(status).toBe(0);
    expectAlignmentInvariants(doc);
    expect(doc.sentences.en.map((s) => s.text)).toEqual(sentencesOf(EN));
    expect(doc.sentences.de.map((s) => s.text)).toEqual(sentencesOf(DE));
    expect(doc.alignments.map((l) => [l.en, l.de])).toEqual(doc.sentences.en.map((_, k) => [[k], [k]]));
  });

  it('says in the JSON that offsets index the extracted text', () => {
    const { doc } = alignment();
    expect(doc.documents.en.input).toEqual({ format: ext, offsets: 'extracted-text' });
    expect(doc.documents.de.input).toEqual({ format: ext, offsets: 'extracted-text' });
    // Blocks are separated by a blank line in the extracted text; each sentence is its slice.
    const blocks = [EN.heading, ...EN.paragraphs, ...EN.listItems, ...EN.tableCells, EN.footnote].join('\n\n');
    for (const s of doc.sentences.en) expect(blocks.slice(s.start, s.end)).toBe(s.text);
  });

  it.skipIf(!hasXmllint)('exports a TMX valid against the TMX 1.4 DTD and XLIFF 2.1 and 1.2 valid against the OASIS schemas', () => {
    const tmx = path(`${ext}.tmx`);
    expect(runCli(['align', path(`en.${ext}`), path(`de.${ext}`), '--format', 'tmx', '-o', tmx]).status).toBe(0);
    const dtd = spawnSync('xmllint', ['--noout', '--nonet', '--dtdvalid', fixture('tmx/tmx14.dtd'), tmx], { encoding: 'utf8' });
    expect(dtd.stderr).toBe('');
    expect(parseTmx(readFileSync(tmx, 'utf8')).tus).toHaveLength(sentencesOf(EN).length);
    for (const version of ['2.1', '1.2'] as const) {
      const xlf = path(`${ext}-${version}.xlf`);
      expect(runCli(['align', path(`en.${ext}`), path(`de.${ext}`), '--format', 'xliff', '--xliff-version', version, '-o', xlf]).status).toBe(0);
      expect(validateXliff(xlf, version)).toEqual({ status: 0, stderr: `${xlf} validates\n` });
      expect(xliffPairs(readFileSync(xlf, 'utf8'))).toEqual(sentencesOf(EN).map((en, k) => [en, sentencesOf(DE)[k]]));
    }
  });
});

describe('office files that cannot be read (exit 2, one line naming the file)', () => {
  it.each([
    ['locked.odt', /locked\.odt: the document is password-protected \(encrypted\); save a copy without the password/],
    ['locked.docx', /locked\.docx: the document is password-protected \(encrypted\); save a copy without the password/],
    ['cut.docx', /cut\.docx: damaged document \(not a readable ZIP archive.*\); open it and save it again/],
    ['macros.docm', /macros\.docm: the Word document has no text \(only macros\); give a document with some text in it/],
  ])('%s', (name, message) => {
    const result = runCli(['align', path(name), path('de.odt')]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });
});
