import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { AlignmentDocument } from '../../src/core/types.js';
import { runCli, fixture } from '../helpers/cli.js';
import { rowsOf } from '../helpers/report.js';
import { expectAlignmentInvariants, expectExactOffsets } from '../helpers/invariants.js';

const EN_PAGE = fixture('html/backup.en.html');
const DE_PAGE = fixture('html/backup.de.html');

function ok(args: string[]): string {
  const result = runCli(args);
  expect(result.stderr).not.toMatch(/internal error/);
  expect(result.status).toBe(0);
  return result.stdout;
}

describe('satzpaar align on HTML pages (read in clean mode without being asked)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'satzpaar-html-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const alignmentPath = join(dir, 'backup.json');
  const doc = JSON.parse(ok(['align', DE_PAGE, EN_PAGE, '-o', '-'])) as AlignmentDocument;
  writeFileSync(alignmentPath, JSON.stringify(doc));

  it('tells the languages from the text, not from the English markup of the German page', () => {
    expect(doc.documents.en.path).toBe(EN_PAGE);
    expect(doc.documents.de.language).toMatchObject({ detected: 'de', source: 'detected' });
    expect(doc.documents.en.segmentation).toBe('clean');
    expect(doc.documents.de.segmentation).toBe('clean');
  });

  it('keeps exact offsets and adds what a reader sees: no tags, scripts or styles, references decoded, whitespace collapsed', () => {
    expectAlignmentInvariants(doc);
    expectExactOffsets(doc.sentences.en, readFileSync(EN_PAGE, 'utf8'));
    expectExactOffsets(doc.sentences.de, readFileSync(DE_PAGE, 'utf8'));
    const clean = doc.sentences.en.map((s) => s.clean);
    expect(clean).toContain('Many programs exist, such as amanda, bacula & BackupPC.');
    expect(clean).toContain('The archive grew to 7.5 billion files in 2015.');
    expect(clean.join(' ')).not.toMatch(/[<>]|analyticsSettings|font-weight/);
  });

  it('reads </p><p> as a paragraph break: the paragraph the translator merged is one link', () => {
    const index = (lang: 'en' | 'de', start: string) => doc.sentences[lang].findIndex((s) => s.clean!.startsWith(start));
    const merged = doc.alignments.find((l) => l.en.includes(index('en', 'Many programs exist')));
    expect(merged).toMatchObject({ en: [index('en', 'Many programs'), index('en', 'Those are'), index('en', 'Their configuration')], de: [index('de', 'Es gibt'), index('de', 'Das sind')] });
    // The paragraphs around it keep their sentence links.
    expect(doc.alignments).toContainEqual(expect.objectContaining({ en: [index('en', 'The archive grew')], de: [index('de', 'Das Archiv wuchs')] }));
  });

  it('--sentence-links keeps the sentence links of the restructured paragraph, and changes nothing else', () => {
    const sentenceLevel = JSON.parse(ok(['align', DE_PAGE, EN_PAGE, '--sentence-links'])) as AlignmentDocument;
    expectAlignmentInvariants(sentenceLevel);
    const index = (lang: 'en' | 'de', start: string) => sentenceLevel.sentences[lang].findIndex((s) => s.clean!.startsWith(start));
    const [first, last] = [index('en', 'Many programs'), index('en', 'Their configuration')];
    const inParagraph = (l: { en: number[] }) => l.en.some((i) => i >= first && i <= last);
    expect(sentenceLevel.alignments.filter(inParagraph).length).toBeGreaterThan(1);
    expect(sentenceLevel.alignments.filter(inParagraph).flatMap((l) => l.en)).toEqual([first, index('en', 'Those are'), last]);
    const outside = (d: AlignmentDocument) => d.alignments.filter((l) => !inParagraph(l));
    expect(outside(sentenceLevel)).toEqual(outside(doc));
  });

  it('exports the cleaned text, from align and from the JSON alike', () => {
    const tsv = ok(['align', EN_PAGE, DE_PAGE, '--format', 'tsv']);
    expect(tsv).toContain('The tar command even got its name from “Tape ARchive”.');
    expect(tsv).not.toMatch(/<code|&amp;|&nbsp;/);
    expect(ok(['export', alignmentPath, '--format', 'tsv'])).toBe(tsv);
    const report = ok(['export', alignmentPath, '--format', 'html']);
    const rows = rowsOf(report, 'alignment').join('');
    expect(rows).toContain('amanda, bacula &amp; <mark');
    expect(rows).not.toContain('&lt;code');
  });

  it('diff compares the claims of the cleaned text', () => {
    const diff = JSON.parse(ok(['diff', EN_PAGE, DE_PAGE, '--format', 'json'])) as { findings: Array<{ status: string; type: string; en?: { text: string }; de?: { text: string } }> };
    expect(diff.findings).toContainEqual(expect.objectContaining({ status: 'conflict', type: 'date', en: expect.objectContaining({ text: '2015' }), de: expect.objectContaining({ text: '2016' }) }));
    expect(diff.findings).toContainEqual(expect.objectContaining({ status: 'match', en: expect.objectContaining({ text: '7.5 billion' }), de: expect.objectContaining({ text: '7,5 Milliarden' }) }));
  });
});

describe('satzpaar align on XML documents (DocBook)', () => {
  it('reads them in clean mode: every tag is markup, source line breaks are spaces, <screen> keeps its lines', () => {
    const tsv = ok(['align', fixture('docbook/backup.en.xml'), fixture('docbook/backup.de.xml'), '--format', 'tsv']).split('\n');
    expect(tsv.map((line) => line.split('\t').slice(0, 2).join(' | '))).toEqual([
      'en_text | de_text',
      'Backup | Datensicherung',
      'Making backups is one of the main responsibilities of any administrator. | Die Datensicherung ist eine der wichtigsten Aufgaben jedes Administrators.',
      'It is a complex subject, involving powerful tools which are often difficult to master. | Sie ist ein vielschichtiges Thema mit leistungsfähigen Werkzeugen, die oft schwer zu beherrschen sind.',
      'Many programs exist, such as amanda, bacula and BackupPC. | Es gibt viele Programme, wie zum Beispiel amanda, bacula und BackupPC.',
      'Those are client/server systems featuring many options. | Das sind Client/Server-Systeme mit vielen Optionen.',
      'Full backups copy every file. | Vollständige Sicherungen kopieren jede Datei.',
      'Incremental backups copy only the files that changed. | Inkrementelle Sicherungen kopieren nur die geänderten Dateien.',
      'tar -czf /backup/home.tar.gz /home | tar -czf /backup/home.tar.gz /home',
      '',
    ]);
  });
});

describe('satzpaar align --clean', () => {
  const dir = mkdtempSync(join(tmpdir(), 'satzpaar-clean-align-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  // Fragments, not pages: only --clean removes their markup.
  const en = join(dir, 'en.txt');
  const de = join(dir, 'de.txt');
  writeFileSync(en, '<p>The <b>server</b> was restarted on Monday &amp; the backup ran at night.</p>\n<p>Nothing was lost.</p>\n');
  writeFileSync(de, '<p>Der <b>Server</b> wurde am Montag neu gestartet &amp; die Sicherung lief in der Nacht.</p>\n<p>Es ging nichts verloren.</p>\n');

  it('removes the markup of text that is not an HTML page only when asked', () => {
    const plain = JSON.parse(ok(['align', en, de])) as AlignmentDocument;
    expect(plain.documents.en.segmentation).toBe('rules');
    expect(plain.sentences.en.every((s) => s.clean === undefined)).toBe(true);
    const cleaned = JSON.parse(ok(['align', '--clean', en, de])) as AlignmentDocument;
    expect(cleaned.documents.en.segmentation).toBe('clean');
    expect(cleaned.sentences.en.map((s) => s.clean)).toEqual(['The server was restarted on Monday & the backup ran at night.', 'Nothing was lost.']);
  });

  it('exit 2 with --presegmented, in align and batch', () => {
    const result = runCli(['align', '--clean', '--presegmented', en, de]);
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toBe('satzpaar: --clean and --presegmented exclude each other: pre-segmented lines are taken as they are; drop one of them');
    const manifest = join(dir, 'pairs.tsv');
    writeFileSync(manifest, `${en}\t${de}\n`);
    const batch = runCli(['batch', manifest, '--format', 'jsonl', '--clean', '--presegmented']);
    expect(batch.status).toBe(2);
    expect(batch.stderr).toContain('--clean and --presegmented exclude each other');
  });

  it('batch --clean aligns the cleaned text', () => {
    const manifest = join(dir, 'clean.tsv');
    writeFileSync(manifest, `${en}\t${de}\n`);
    const lines = ok(['batch', manifest, '--format', 'jsonl', '--clean']).trim().split('\n');
    expect(lines[0]).toContain('"en_text":"The server was restarted on Monday & the backup ran at night."');
  });
});
