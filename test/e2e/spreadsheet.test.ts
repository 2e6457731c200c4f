import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import readXlsxFile from 'read-excel-file/node';
import writeExcelFile from 'write-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';
import { parseTmx } from '../helpers/tmx.js';

const EN = ['Microsoft buys Kinvolk.', 'The company was founded in Berlin.', 'It has thirty employees.', 'The team works on Flatcar.', 'The deal closed in April.'];
// "Mitarbieter": the typo the translator fixes in the workbook.
const DE = ['Microsoft übernimmt Kinvolk.', 'Die Firma wurde in Berlin gegründet.', 'Sie hat dreißig Mitarbieter.', 'Das Team arbeitet an Flatcar.', 'Der Kauf wurde im April abgeschlossen.'];
const HEADER = ['en_text', 'de_text', 'score', 'en_indices', 'de_indices'];

describe('the spreadsheet round trip: export XLSX or TSV, edit it as a translator does, export TMX from it', () => {
  let dir: string;
  let alignment: string;
  const ok = (args: string[]) => {
    const result = runCli(args);
    expect(result.stderr).not.toMatch(/Error|at .*\.js/);
    expect(result.status).toBe(0);
    return result;
  };
  const tmxUnits = (path: string) => parseTmx(readFileSync(path, 'utf8')).tus.map((tu) => tu.tuvs.map((tuv) => tuv.seg));

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'satzpaar-sheet-'));
    writeFileSync(join(dir, 'en.txt'), EN.map((s) => `${s}\n`).join(''));
    writeFileSync(join(dir, 'de.txt'), DE.map((s) => `${s}\n`).join(''));
    alignment = join(dir, 'alignment.json');
    ok(['align', join(dir, 'en.txt'), join(dir, 'de.txt'), '--langs', 'en,de', '--mode', 'parallel', '--presegmented', '-o', alignment]);
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes a workbook with a bold, frozen header, one link a row, scores as numbers, indices as text, wrapped text; the same bytes every time', async () => {
    const path = join(dir, 'alignment.xlsx');
    expect(ok(['export', alignment, '--format', 'xlsx', '-o', path]).stderr).toBe('satzpaar: wrote 5 rows\n');
    const sheets = await readXlsxFile(readFileSync(path));
    expect(sheets.map((s) => s.sheet)).toEqual(['alignment', 'source']);
    const [header, ...rows] = sheets[0]!.data;
    expect(header).toEqual(HEADER);
    expect(rows.map((row) => [row[0], row[1], typeof row[2], row[3], row[4]])).toEqual(EN.map((en, i) => [en, DE[i], 'number', String(i), String(i)]));
    const zip = await JSZip.loadAsync(readFileSync(path));
    const sheetXml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    expect(sheetXml).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/);
    expect(await zip.file('xl/styles.xml')!.async('string')).toContain('wrapText="1"');
    const again = join(dir, 'again.xlsx');
    ok(['export', alignment, '--format', 'xlsx', '-o', again]);
    expect(readFileSync(again).equals(readFileSync(path))).toBe(true);
    expect(runCli(['export', alignment, '--format', 'xlsx']).stderr).toBe('satzpaar: --format xlsx writes a workbook, not text; give its path with -o\n');
  });

  it('exports TMX from an edited workbook: two rows merged, one deleted, a typo fixed; the fixed row reported as not in the documents', async () => {
    const path = join(dir, 'review.xlsx');
    ok(['export', alignment, '--format', 'xlsx', '-o', path]);
    const [rowsSheet, sourceSheet] = await readXlsxFile(readFileSync(path));
    const [header, first, second, third, fourth] = rowsSheet!.data as unknown[][];
    const merged = [`${first![0]} ${second![0]}`, `${first![1]} ${second![1]}`, first![2], '0,1', '0,1'];
    const fixed = [third![0], String(third![1]).replace('Mitarbieter', 'Mitarbeiter'), third![2], third![3], third![4]];
    // The last row (the deal) is deleted; the rest is as the translator left it.
    const edited = join(dir, 'edited.xlsx');
    const cells = (rows: unknown[][]) => rows.map((row) => row.map((value) => ({ value: value as string | number })));
    writeFileSync(edited, await writeExcelFile([
      { data: cells([header!, merged, fixed, fourth!]), sheet: 'alignment' },
      { data: cells(sourceSheet!.data as unknown[][]), sheet: 'source' },
    ]).toBuffer());

    const tmx = join(dir, 'edited.tmx');
    const result = ok(['export', edited, '--format', 'tmx', '-o', tmx]);
    expect(result.stderr).toBe(`satzpaar: ${edited}: 1 row not in the documents as written, check the edits (row 3)\nsatzpaar: wrote 3 translation units\n`);
    expect(tmxUnits(tmx)).toEqual([
      [`${EN[0]} ${EN[1]}`, `${DE[0]} ${DE[1]}`],
      [EN[2], 'Sie hat dreißig Mitarbeiter.'],
      [EN[3], DE[3]],
    ]);
  });

  it('reads the TSV back, header or not, rows in the translator’s order; rows it cannot map are reported, not guessed', () => {
    const tsv = ok(['export', alignment, '--format', 'tsv']).stdout;
    const [header, ...lines] = tsv.trimEnd().split('\n');
    expect(header).toBe(HEADER.join('\t'));
    const edited = join(dir, 'edited.tsv');
    const oneSided = `\tnur Deutsch\t1\t\t4`;
    writeFileSync(edited, [header, lines[3], lines[0], oneSided].join('\n') + '\n');
    const result = ok(['export', edited, '--format', 'moses', '-o', join(dir, 'corpus'), '--documents', `${join(dir, 'en.txt')},${join(dir, 'de.txt')}`]);
    expect(result.stderr).toBe(`satzpaar: ${edited}: 1 row left out, text on one side only (row 4)\nsatzpaar: wrote 2 line pairs\n`);
    expect(readFileSync(join(dir, 'corpus.en'), 'utf8')).toBe(`${EN[3]}\n${EN[0]}\n`);
    expect(readFileSync(join(dir, 'corpus.de'), 'utf8')).toBe(`${DE[3]}\n${DE[0]}\n`);

    // A TSV as satzpaar wrote it before it had a header reads the same.
    const headless = join(dir, 'headless.tsv');
    writeFileSync(headless, lines.join('\n') + '\n');
    const jsonl = ok(['export', headless, '--format', 'jsonl']).stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as { en_text: string; de_text: string });
    expect(jsonl.map((r) => [r.en_text, r.de_text])).toEqual(EN.map((en, i) => [en, DE[i]]));
  });

  it('finds the texts of an HTML page as a reader sees them: an unedited sheet of HTML documents reports no row, an edited one its row', () => {
    const pages = ['en', 'de'].map((lang) => join(ROOT, 'fixtures/html', `backup.${lang}.html`));
    const sheet = join(dir, 'pages.tsv');
    ok(['align', ...pages, '--format', 'tsv', '-o', sheet]);
    const documents = ['--documents', pages.join(',')];
    // Quotation marks and spaces written as character references (&ldquo;, &nbsp;) are text like any other.
    expect(ok(['export', sheet, ...documents, '--format', 'tmx', '-o', join(dir, 'pages.tmx')]).stderr).toBe('satzpaar: wrote 9 translation units\n');
    writeFileSync(sheet, readFileSync(sheet, 'utf8').replace('Tape ARchive', 'Tape ARkive'));
    expect(ok(['export', sheet, ...documents, '--format', 'tmx', '-o', join(dir, 'pages.tmx')]).stderr).toMatch(/pages\.tsv: 1 row not in the documents as written, check the edits \(row \d+\)/);
  });

  it('refuses a sheet whose header names no languages, and a workbook it cannot read, with one line naming the file (exit 2)', () => {
    const noLanguages = join(dir, 'bad.tsv');
    writeFileSync(noLanguages, 'source_text\ttarget_text\tscore\tsource_indices\ttarget_indices\nA.\tB.\t1\t0\t0\n');
    const bad = runCli(['export', noLanguages, '--format', 'tmx']);
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toBe(`satzpaar: ${noLanguages}: the header row names no pair of languages (expected e.g. en_text, de_text, score, en_indices, de_indices); restore the header row\n`);
    const broken = join(dir, 'broken.xlsx');
    writeFileSync(broken, Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), Buffer.alloc(64)]));
    const unreadable = runCli(['export', broken, '--format', 'tmx']);
    expect(unreadable.status).toBe(2);
    expect(unreadable.stderr).toMatch(new RegExp(`^satzpaar: ${broken}: not a readable XLSX workbook \\(.*\\); save it from the spreadsheet as \\.xlsx again\\n$`));
  });
});
