#!/usr/bin/env node
/* global document, requestAnimationFrame -- the functions given to page.evaluate run in the browser */
// The review report on a book-sized alignment (issue 23): a synthetic parallel alignment of LINKS
// links (default 10,000) built from the sentences of two bundled articles, its HTML report written
// by the CLI, then opened in Debian's Chromium (headless, through playwright-core): time to the
// first drawn row, one filter click, a scroll to the end, and the report's size.
//   node bench/review-report.mjs [LINKS] [--keep DIR]
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const keepAt = args.indexOf('--keep');
const work = keepAt >= 0 ? args[keepAt + 1] : mkdtempSync(join(tmpdir(), 'satzpaar-review-bench-'));
mkdirSync(work, { recursive: true });
const links = Number(args.find((a, i) => /^\d+$/.test(a) && args[i - 1] !== '--keep') ?? 10_000);
const CHROMIUM = '/usr/bin/chromium';

/** Sentences of one bundled article, one a line, to repeat. */
function sentencesOf(file) {
  return readFileSync(join(root, 'fixtures', file), 'utf8').split(/(?<=[.!?])\s+|\n+/).map((s) => s.trim()).filter((s) => s.length > 0);
}

/** A parallel alignment of `count` links: mostly 1-1, every 9th 2-1, every 13th an omission, scores spread 0.1–1. */
function syntheticAlignment(count) {
  const en = sentencesOf('en-zdnet-microsoft-buys-kinvolk.txt');
  const de = sentencesOf('de-microsoft-announcement-kinvolk.txt');
  const sides = { en: [], de: [] };
  const texts = { en: '', de: '' };
  const add = (lang, pool, k) => {
    const text = `${pool[k % pool.length]}`;
    sides[lang].push({ text, start: texts[lang].length, end: texts[lang].length + text.length });
    texts[lang] += `${text}\n`;
    return sides[lang].length - 1;
  };
  const alignments = [];
  for (let i = 0; i < count; i++) {
    if (i % 13 === 12) alignments.push({ en: [add('en', en, i)], de: [], score: 0 });
    else if (i % 9 === 8) alignments.push({ en: [add('en', en, i), add('en', en, i + 1)], de: [add('de', de, i)], score: 0.45, lexical: 0.4, length: 0.8, shared: [] });
    else alignments.push({ en: [add('en', en, i)], de: [add('de', de, i)], score: Math.round(((i * 37) % 90 + 10)) / 100, lexical: 0.5, length: 0.9, shared: ['microsoft', 'kinvolk'] });
  }
  const info = (lang) => {
    const path = join(work, `book.${lang}.txt`);
    writeFileSync(path, texts[lang]);
    return { path, sha256: createHash('sha256').update(texts[lang]).digest('hex'), language: { detected: lang, confidence: 1, source: 'stated' }, segmentation: 'lines' };
  };
  return {
    format: 'satzpaar-alignment', version: 1, mode: 'parallel', modeReason: 'synthetic benchmark alignment',
    generator: { name: 'satzpaar', version: 'bench' }, languages: ['en', 'de'],
    documents: { en: info('en'), de: info('de') }, sentences: sides, alignments,
  };
}

const alignmentPath = join(work, 'book.json');
const reportPath = join(work, 'book.html');
writeFileSync(alignmentPath, JSON.stringify(syntheticAlignment(links)));
let started = performance.now();
execFileSync(process.execPath, [join(root, 'bin/satzpaar.js'), 'report', alignmentPath, '-o', reportPath]);
const writeSeconds = (performance.now() - started) / 1000;

const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
const errors = [];

/** Opens the report in a new tab: milliseconds until its first row is drawn, and the tab. */
async function open() {
  const tab = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  tab.on('pageerror', (error) => errors.push(error.message));
  const start = performance.now();
  await tab.goto(pathToFileURL(reportPath).href, { waitUntil: 'load' });
  await tab.waitForSelector('tr[data-link]');
  return { ms: performance.now() - start, tab };
}
// The first tab of a fresh browser also starts its renderer; a reader's browser is running already.
const cold = await open();
await cold.tab.close();
const warm = [];
let page;
for (let k = 0; k < 3; k++) {
  const opened = await open();
  warm.push(opened.ms);
  if (page) await page.close();
  page = opened.tab;
}
const openMs = [...warm].sort((a, b) => a - b)[1];
const navigation = await page.evaluate(() => {
  const n = performance.getEntriesByType('navigation')[0];
  return { read: Math.round(n.responseEnd), parsed: Math.round(n.domInteractive) };
});

/** Milliseconds from a click until the page has drawn the filtered rows (two animation frames later). */
async function timeClick(selector) {
  return page.evaluate(async (sel) => {
    const start = performance.now();
    document.querySelector(sel).click();
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    return performance.now() - start;
  }, selector);
}
const filterMs = [await timeClick('#filter-low'), await timeClick('#filter-low'), await timeClick('#filter-one-sided'), await timeClick('#filter-one-sided')];
const status = await page.locator('#status').textContent();
started = performance.now();
await page.keyboard.press('G');
await page.waitForFunction(() => document.activeElement?.matches('tr[data-link]'));
const lastMs = performance.now() - started;
await browser.close();

const size = statSync(reportPath).size;
console.log(`links                ${links}`);
console.log(`report size          ${(size / 1e6).toFixed(1)} MB (${size} bytes)`);
console.log(`satzpaar report      ${writeSeconds.toFixed(1)} s (claims diff included)`);
console.log(`open to first row    ${Math.round(openMs)} ms (median of 3 in a running browser: ${warm.map((ms) => Math.round(ms)).join(', ')}; first tab of a fresh browser ${Math.round(cold.ms)} ms)`);
console.log(`  in the last tab    file read by ${navigation.read} ms, HTML parsed and script run by ${navigation.parsed} ms`);
console.log(`filter clicks        ${filterMs.map((ms) => Math.round(ms)).join(', ')} ms (low on, off, one-side on, off)`);
console.log(`jump to last row (G) ${Math.round(lastMs)} ms`);
console.log(`status               ${status}`);
if (errors.length > 0) console.log(`page errors          ${errors.join('; ')}`);
if (keepAt < 0) rmSync(work, { recursive: true, force: true });
