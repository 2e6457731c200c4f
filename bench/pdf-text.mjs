#!/usr/bin/env node
// Text extracted from PDFs, as a user would get it: handbook pages printed to PDF by headless Chromium
// (running header with date and title, footer with file name and "n/N" page counter on every page) and
// converted with pdftotext (a form feed between pages). Each English/German pair is aligned as
// `satzpaar align en.txt de.txt` would; the report gives, per page pair, the PDF pages, sentences,
// one-sided links and links scoring below 0.5, and how many running lines are left in the sentences.
//
//   npm run build && node bench/pdf-text.mjs [HTML_DIR] [--every N]
//
// Needs chromium and pdftotext (Debian: chromium, poppler-utils) and the handbook's HTML
// (debian-handbook; default /usr/share/doc/debian-handbook/html). --every N takes every Nth page
// (default 12). The web page's own banner and navigation are removed before printing: they are no
// part of a printed manual.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { alignDocuments } from '../dist/pipeline/alignDocuments.js';
import { DEFAULT_ALIGN_SETTINGS } from '../dist/core/settings.js';
import { readerText } from '../dist/segment/readerText.js';
import { bookPages, HANDBOOK_HTML, readPage } from './lib/handbook.mjs';

const option = (name) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const every = Number(option('--every') ?? 12);
const htmlRoot = process.argv.slice(2).find((a) => !a.startsWith('--') && a !== option('--every')) ?? HANDBOOK_HTML;

const work = mkdtempSync(join(tmpdir(), 'satzpaar-pdf-'));
/** The page printed to PDF and back to text; the page's stylesheet folder is linked beside it. */
function pdfText(lang, page) {
  const dir = join(work, lang);
  execFileSync('mkdir', ['-p', dir]);
  execFileSync('ln', ['-sfn', join(htmlRoot, lang === 'en' ? 'en-US' : 'de-DE', 'Common_Content'), join(dir, 'Common_Content')]);
  const html = readPage(htmlRoot, lang, page)
    .replace(/<div id="banner">[\s\S]*?<\/div>/, '')
    .replace(/<p id="title">[\s\S]*?<\/p>/, '')
    .replace(/<ul class="docnav[\s\S]*?<\/ul>/g, '');
  writeFileSync(join(dir, page), html);
  const pdf = join(dir, `${page}.pdf`);
  execFileSync('chromium', ['--headless', '--no-sandbox', '--disable-gpu', `--print-to-pdf=${pdf}`, `file://${join(dir, page)}`], { stdio: 'ignore', timeout: 120000 });
  execFileSync('pdftotext', [pdf, `${pdf}.txt`]);
  return readFileSync(`${pdf}.txt`, 'utf8');
}

const total = { pairs: 0, pages: 0, sentences: 0, oneSided: 0, weak: 0, running: 0 };
try {
  const pages = bookPages(htmlRoot).filter((_, k) => k % every === every - 1);
  for (const page of pages) {
    const texts = { en: pdfText('en', page), de: pdfText('de', page) };
    let doc;
    try {
      doc = alignDocuments(['en', 'de'].map((lang) => ({ path: `${lang}/${page}.txt`, text: texts[lang], sha256: '', encoding: 'utf-8' })), { ...DEFAULT_ALIGN_SETTINGS, mode: 'auto', presegmented: false });
    } catch (error) {
      console.log(`${page.padEnd(40)} skipped: ${error.message.split(':').slice(-1)[0].trim().slice(0, 60)}`);
      continue;
    }
    const pdfPages = texts.en.split('\f').length - 1;
    const sentences = doc.sentences.en.length + doc.sentences.de.length;
    const oneSided = doc.alignments.filter((l) => !l.en.length || !l.de.length).reduce((n, l) => n + l.en.length + l.de.length, 0);
    const weak = doc.alignments.filter((l) => l.en.length && l.de.length && l.score < 0.5).length;
    // The footer's file URL and page counter, and the header's date, left in a sentence.
    const running = ['en', 'de'].reduce((n, lang) => n + doc.sentences[lang].filter((s) => /file:\/\/|\b\d+\/\d+\b\s*$|\d+\/\d+\/\d+, \d+:\d+/.test(readerText(s))).length, 0);
    console.log(`${page.padEnd(40)} ${String(pdfPages).padStart(2)} PDF pages  ${doc.documents.en.segmentation}  ${String(sentences).padStart(4)} sentences  one-sided ${String(oneSided).padStart(3)}  below 0.5 ${weak}  running lines left ${running}`);
    Object.assign(total, { pairs: total.pairs + 1, pages: total.pages + pdfPages, sentences: total.sentences + sentences, oneSided: total.oneSided + oneSided, weak: total.weak + weak, running: total.running + running });
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
console.log(`ALL  ${total.pairs} page pairs, ${total.pages} English PDF pages, ${total.sentences} sentences: one-sided ${total.oneSided} (${((100 * total.oneSided) / Math.max(1, total.sentences)).toFixed(1)} %), links below 0.5: ${total.weak}, running lines left: ${total.running}`);
