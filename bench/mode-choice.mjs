#!/usr/bin/env node
// Checks `--mode auto` on every document pair at hand whose kind is known: translations must come out
// parallel, independent or shuffled texts comparable. Each pair is decided with and without the lexicon.
//
//   npm run build && node bench/mode-choice.mjs /work/shared
//
// Pairs: the handbook dev chapters (clean, omission, omission-blocks) and two of them with the German
// sentences shuffled; the Kinvolk fixtures and the shared comparable seeds; the HTML test fixture; two
// news pages built here from the ZDNet and Microsoft fixture articles in one page template (menu,
// cookie notice, "more stories", footer shared line by line, articles only comparable). When installed,
// also the handbook's HTML pages (debian-handbook), the Debian Reference (debian-reference-en/-de) and
// manual pages rendered by `man` (manpages-de). With `--gnome-help DIR` (a folder holding C/gnome-help and
// de/gnome-help: /usr/share/help when gnome-user-docs is installed, or the unpacked package:
// `apt-get download gnome-user-docs && dpkg -x gnome-user-docs_*.deb x` gives x/usr/share/help), every tenth of
// GNOME's help pages with its German translation, and the same English page against the next page's German
// (sibling pages sharing steps such as "Open the Activities overview …", which must stay comparable). Those are
// decided with the lexicon only: without one, short help pages share too few words to tell anything.
//
//   node bench/mode-choice.mjs /work/shared [--gnome-help x/usr/share/help]
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { alignDocuments } from '../dist/pipeline/alignDocuments.js';
import { DEFAULT_ALIGN_SETTINGS } from '../dist/core/settings.js';

const shared = process.argv[2];
const gnomeHelp = process.argv.includes('--gnome-help') ? process.argv[process.argv.indexOf('--gnome-help') + 1] : undefined;
if (!shared) {
  console.error('usage: node bench/mode-choice.mjs /path/to/shared');
  process.exit(2);
}
const root = new URL('..', import.meta.url).pathname;
const doc = (path, text) => ({ path, text: text ?? readFileSync(path, 'utf8'), sha256: '', encoding: 'utf-8' });
const cases = [];
const add = (name, expected, en, de, presegmented = false, lexiconOnly = false) => cases.push({ name, expected, en, de, presegmented, lexiconOnly });

for (const set of ['clean', 'omission', 'omission-blocks']) {
  for (const n of ['01', '02', '03', '04', '05']) {
    const base = join(shared, 'eval/parallel', set, `handbook-${n}`);
    add(`handbook ${set} ${n}`, 'parallel', doc(`${base}.en`), doc(`${base}.de`), true);
  }
}
for (const n of ['01', '03']) {
  const base = join(shared, 'eval/parallel/clean', `handbook-${n}`);
  add(`handbook ${n}, German shuffled`, 'comparable', doc(`${base}.en`), doc('shuffled.de', shuffled(readFileSync(`${base}.de`, 'utf8'), 7)), true);
}
const fixtures = join(root, 'fixtures');
for (const en of readdirSync(fixtures).filter((f) => f.startsWith('en-'))) {
  for (const de of readdirSync(fixtures).filter((f) => f.startsWith('de-'))) add(`${en} × ${de}`, 'comparable', doc(join(fixtures, en)), doc(join(fixtures, de)));
}
const seeds = join(shared, 'eval/comparable/segments');
for (const [en, de] of [['000', '004'], ['001', '004']]) add(`seeds ${en}–${de}`, 'comparable', doc(join(seeds, `${en}.txt`)), doc(join(seeds, `${de}.txt`)), true);
add('test fixture backup.*.html', 'parallel', doc(join(root, 'fixtures/html/backup.en.html')), doc(join(root, 'fixtures/html/backup.de.html')));
add('news pages of one site', 'comparable', doc('news.en.html', newsPage('en')), doc('news.de.html', newsPage('de')));

const handbook = '/usr/share/doc/debian-handbook/html';
for (const page of ['sect.backup.html', 'packaging-system.html', 'sect.apt-get.html']) {
  if (existsSync(join(handbook, 'en-US', page))) add(`debian-handbook ${page}`, 'parallel', doc(join(handbook, 'en-US', page)), doc(join(handbook, 'de-DE', page)));
}
const reference = '/usr/share/debian-reference';
for (const chapter of ['01', '03', '05', '08', '12']) {
  if (existsSync(join(reference, `ch${chapter}.de.html`))) add(`debian-reference ch${chapter}`, 'parallel', doc(join(reference, `ch${chapter}.en.html`)), doc(join(reference, `ch${chapter}.de.html`)));
}
for (const page of ['ls', 'tar', 'cp', 'grep']) {
  const en = manPage(page, 'en');
  const de = manPage(page, 'de');
  if (en && de) add(`man ${page}`, 'parallel', doc(`${page}.en`, en), doc(`${page}.de`, de));
}
if (gnomeHelp) {
  const en = join(gnomeHelp, 'C/gnome-help');
  const de = join(gnomeHelp, 'de/gnome-help');
  const pages = readdirSync(en).filter((page) => page.endsWith('.page') && existsSync(join(de, page))).sort();
  for (let k = 0; k + 1 < pages.length; k += 10) {
    add(`gnome-help ${pages[k]}`, 'parallel', doc(join(en, pages[k])), doc(join(de, pages[k])), false, true);
    add(`gnome-help ${pages[k]} × ${pages[k + 1]} (de)`, 'comparable', doc(join(en, pages[k])), doc(join(de, pages[k + 1])), false, true);
  }
}

let wrong = 0;
let decisions = 0;
for (const c of cases) {
  for (const lexicon of c.lexiconOnly ? [undefined] : [undefined, null]) {
    decisions++;
    const result = alignDocuments([c.en, c.de], { ...DEFAULT_ALIGN_SETTINGS, langs: ['en', 'de'], mode: 'auto', presegmented: c.presegmented }, { lexicon });
    const right = result.mode === c.expected;
    if (!right) wrong++;
    console.log(`${right ? 'ok   ' : 'WRONG'} ${c.name.padEnd(58)} ${lexicon === null ? 'no lexicon' : 'lexicon   '} ${result.mode.padEnd(10)} ${result.modeReason.replace(/^auto: /, '')}`);
  }
}
console.log(`${decisions - wrong} of ${decisions} decisions right`);

function shuffled(text, seed) {
  const lines = text.split('\n').filter((l) => l !== '');
  let state = seed;
  for (let i = lines.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const j = state % (i + 1);
    [lines[i], lines[j]] = [lines[j], lines[i]];
  }
  return lines.join('\n');
}

function manPage(name, lang) {
  try {
    return execFileSync('man', ['-E', 'UTF-8', '-L', lang, name], { env: { ...process.env, MANWIDTH: '80', LC_ALL: 'C.UTF-8' }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
      .replace(/.\x08/g, '');
  } catch {
    return undefined;
  }
}

/** One site's page template around a fixture article: the boilerplate corresponds line by line, the articles do not. */
function newsPage(lang) {
  const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const t = lang === 'en'
    ? {
        file: 'en-zdnet-microsoft-buys-kinvolk.txt', title: 'Microsoft buys Flatcar Container Linux creator Kinvolk',
        nav: ['Home', 'Business', 'Cloud', 'Security', 'Innovation'],
        more: ['More stories', 'Google launches new Pixel phone with a better camera', 'Apple reports record quarterly revenue in China', 'Intel delays new chip factory in Magdeburg'],
        cookie: 'We use cookies to improve your experience. Accept all cookies?', caption: 'Microsoft headquarters in Redmond, Washington.', footer: '© 2021 ZDNet. All rights reserved.',
      }
    : {
        file: 'de-microsoft-announcement-kinvolk.txt', title: 'Microsoft übernimmt Kinvolk',
        nav: ['Startseite', 'Wirtschaft', 'Cloud', 'Sicherheit', 'Innovation'],
        more: ['Weitere Artikel', 'Google stellt neues Pixel-Telefon vor', 'Apple meldet Rekordumsatz in China', 'Intel verschiebt Chipfabrik in Magdeburg'],
        cookie: 'Wir verwenden Cookies. Alle akzeptieren?', caption: 'Die Microsoft-Zentrale in Redmond.', footer: '© 2021 Microsoft. Alle Rechte vorbehalten.',
      };
  const paragraphs = readFileSync(join(fixtures, t.file), 'utf8').split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  return [
    `<!DOCTYPE html>\n<html lang="${lang}"><head><meta charset="utf-8"><title>${t.title}</title></head><body>`,
    `<div class="cookie">${t.cookie}</div>`,
    `<nav><ul>${t.nav.map((n) => `<li><a href="#">${n}</a></li>`).join('')}</ul></nav>`,
    `<article><h1>${t.title}</h1>`,
    ...paragraphs.map((p) => `<p>${escape(p)}</p>`),
    `<figure><img src="x.jpg"><figcaption>${t.caption}</figcaption></figure></article>`,
    `<aside><h2>${t.more[0]}</h2><ul>${t.more.slice(1).map((m) => `<li><a href="#">${m}</a></li>`).join('')}</ul></aside>`,
    `<footer>${t.footer}</footer></body></html>`,
  ].join('\n');
}
