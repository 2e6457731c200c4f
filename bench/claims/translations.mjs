#!/usr/bin/env node
// `satzpaar diff` on whole published translations, where almost every reported conflict is a false
// flag or a translator's rewording: the Debian Administrator's Handbook (HTML, package debian-handbook)
// and the Debian Reference (HTML, packages debian-reference-en and -de). German pages the translators
// left in English fail language detection and are skipped.
//
//   npm run build && node bench/claims/translations.mjs [--handbook DIR] [--reference DIR] [--every N] [--verbose]
//
// Defaults: /usr/share/doc/debian-handbook/html and /usr/share/debian-reference; every third handbook
// page (--every N) and every Reference chapter. Prints, per book, the pairs compared and the findings
// by status, and the conflicts by claim type; --verbose prints every conflict with its two sentences.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const { alignDocuments } = await import(`${root}dist/pipeline/alignDocuments.js`);
const { diffClaims } = await import(`${root}dist/claims/index.js`);

const option = (name) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const handbook = option('--handbook') ?? '/usr/share/doc/debian-handbook/html';
const reference = option('--reference') ?? '/usr/share/debian-reference';
const every = Number(option('--every') ?? 3);
const verbose = process.argv.includes('--verbose');

const books = [];
if (existsSync(handbook)) {
  const pages = readdirSync(join(handbook, 'en-US')).filter((f) => f.endsWith('.html') && existsSync(join(handbook, 'de-DE', f))).sort();
  books.push({ name: 'Debian Administrator\'s Handbook', pairs: pages.filter((_, k) => k % every === every - 1).map((f) => [join(handbook, 'en-US', f), join(handbook, 'de-DE', f)]) });
}
if (existsSync(reference)) {
  const chapters = readdirSync(reference).filter((f) => f.endsWith('.en.html') && existsSync(join(reference, f.replace('.en.', '.de.')))).sort();
  books.push({ name: 'Debian Reference', pairs: chapters.map((f) => [join(reference, f), join(reference, f.replace('.en.', '.de.'))]) });
}
if (books.length === 0) {
  console.error('usage: node bench/claims/translations.mjs [--handbook DIR] [--reference DIR] [--every N] [--verbose]  (install debian-handbook, debian-reference-en, debian-reference-de)');
  process.exit(2);
}

const source = (path) => ({ path, text: readFileSync(path, 'utf8'), sha256: '', encoding: 'utf-8' });
for (const book of books) {
  const status = {};
  const conflictTypes = {};
  let compared = 0;
  let skipped = 0;
  for (const [en, de] of book.pairs) {
    let alignment;
    try {
      alignment = alignDocuments({ documents: [source(en), source(de)], mode: 'auto', presegmented: false });
    } catch {
      skipped++;
      continue;
    }
    compared++;
    for (const finding of diffClaims(alignment)) {
      status[finding.status] = (status[finding.status] ?? 0) + 1;
      if (finding.status !== 'conflict') continue;
      conflictTypes[finding.type] = (conflictTypes[finding.type] ?? 0) + 1;
      if (verbose) {
        const text = (lang) => alignment.sentences[lang][finding[lang].sentence].text.replace(/\s+/g, ' ').slice(0, 140);
        console.log(`  ${finding.type} ${finding.en.text} ≠ ${finding.de.text}\n    EN ${text('en')}\n    DE ${text('de')}`);
      }
    }
  }
  const counts = Object.entries(status).sort().map(([s, n]) => `${s} ${n}`).join(', ');
  const types = Object.entries(conflictTypes).sort().map(([t, n]) => `${t} ${n}`).join(', ');
  console.log(`${book.name}: ${compared} pairs (${skipped} skipped: German page untranslated)  ${counts}\n  conflicts by type: ${types || 'none'}`);
}
