#!/usr/bin/env node
// The junk a translation memory made from PDFs carries (issue 24): the Debian FAQ's English and German
// PDFs (bookworm's debian-faq, debian-faq-de) converted with pdftotext as a translator would, aligned
// and exported to TMX as `satzpaar align en.txt de.txt --format tmx` does, then the units counted by
// kind: page numbers only ("21" ↔ "21"), other number-only units (section numbers "1.1"), index
// entries ("apt, 37" ↔ "apt, 41"), running headers cut short ("CHAPTER 2. GETTING AND INSTALLING …"),
// identical texts and repeats. Once with the defaults, once with
// --keep-page-furniture (what was there before), once with every --drop-… filter.
//
//   npm run build && node bench/pdf-faq-tm.mjs [--debs DIR]
//
// Needs pdftotext (Debian: poppler-utils); the .debs are fetched with `apt-get download` into DIR
// (default ~/.cache/satzpaar-bench/debs) when they are not there.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { DEFAULT_DEBS, DEFAULT_WORK, debFile, unpacked } from './lib/debianBooks.mjs';

const option = (name) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const debs = option('--debs') ?? DEFAULT_DEBS;
const cli = join(import.meta.dirname, '..', 'bin', 'satzpaar.js');

const work = mkdtempSync(join(tmpdir(), 'satzpaar-faq-tm-'));
/** The book's PDF in one language as pdftotext writes it (form feeds between pages). */
function pdfText(pkg, lang) {
  const pdf = join(work, `${lang}.pdf`);
  const tree = unpacked(debFile(debs, pkg), DEFAULT_WORK);
  writeFileSync(pdf, gunzipSync(readFileSync(join(tree, `usr/share/doc/debian/FAQ/debian-faq.${lang}.pdf.gz`))));
  execFileSync('pdftotext', [pdf, join(work, `${lang}.txt`)]);
  return join(work, `${lang}.txt`);
}

/** The two segments of every `tu`, unescaped far enough to classify them. */
function units(tmx) {
  const text = (seg) => seg.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  return [...tmx.matchAll(/<tu [\s\S]*?<\/tu>/g)].map((tu) => [...tu[0].matchAll(/<seg>([\s\S]*?)<\/seg>/g)].map((m) => text(m[1])));
}

const INDEX_LINE = /^\p{L}[^.!?;:]{0,80}?,\s*\d{1,4}(?:[–-]\d{1,4})?(?:,\s*\d{1,4}(?:[–-]\d{1,4})?)*$/u;
/** A running header in capitals that the typesetter cut short ("CHAPTER 15. CHANGES EXPECTED IN THE …"). */
const CUT_HEADER = /^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*…$/u;
function kinds(list) {
  const noLetters = (text) => !/\p{L}/u.test(text);
  const seen = new Set();
  let repeats = 0;
  for (const [en, de] of list) {
    const key = `${en}\u0000${de}`;
    if (seen.has(key)) repeats++;
    seen.add(key);
  }
  return {
    units: list.length,
    pageNumbers: list.filter(([en, de]) => /^\d{1,4}$/.test(en) && /^\d{1,4}$/.test(de)).length,
    otherNumberOnly: list.filter(([en, de]) => noLetters(en) && noLetters(de) && !(/^\d{1,4}$/.test(en) && /^\d{1,4}$/.test(de))).length,
    indexEntries: list.filter(([en, de]) => INDEX_LINE.test(en) && INDEX_LINE.test(de)).length,
    cutHeaders: list.filter(([en, de]) => CUT_HEADER.test(en) && CUT_HEADER.test(de)).length,
    identical: list.filter(([en, de]) => en === de).length,
    repeats,
  };
}

try {
  const en = pdfText('debian-faq', 'en');
  const de = pdfText('debian-faq-de', 'de');
  const alignment = join(work, 'faq.json');
  execFileSync('node', [cli, 'align', en, de, '-o', alignment], { stdio: ['ignore', 'ignore', 'inherit'] });
  const runs = [
    ['--keep-page-furniture', ['--keep-page-furniture']],
    ['defaults', []],
    ['every --drop-… filter', ['--drop-duplicates', '--drop-number-only', '--drop-identical']],
  ];
  for (const [name, options] of runs) {
    const tmx = execFileSync('node', [cli, 'export', alignment, '--format', 'tmx', ...options], { encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'pipe'] });
    const counts = kinds(units(tmx));
    console.log(`${name.padEnd(24)} ${Object.entries(counts).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
