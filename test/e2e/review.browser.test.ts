import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AlignmentDocument, AlignmentLink } from '../../src/core/types.js';
import { CHROMIUM_SKIP_NOTE, HAVE_CHROMIUM, openChromium } from '../helpers/chromium.js';
import { runCli, fixture } from '../helpers/cli.js';
import { parseTmx } from '../helpers/tmx.js';

if (!HAVE_CHROMIUM) process.stderr.write(`review.browser.test: ${CHROMIUM_SKIP_NOTE}\n`);
const HAVE_XMLLINT = spawnSync('xmllint', ['--version']).status === 0;

// Words, not numbers: the claims diff would mark "sentence 13" ≠ "Satz 12" as a conflict in the text.
const EN_NOUNS = ['apples', 'bread', 'cheese', 'dogs', 'eggs', 'fish', 'gardens', 'houses', 'islands', 'jackets', 'kites', 'lamps', 'mountains', 'nests'];
const DE_NOUNS = ['Äpfel', 'Brot', 'Käse', 'Hunde', 'Eier', 'Fische', 'Gärten', 'Häuser', 'Inseln', 'Jacken', 'Drachen', 'Lampen', 'Berge'];
const en = (k: number) => `We talk about ${EN_NOUNS[k]}.`;
const de = (k: number) => `Wir reden über ${DE_NOUNS[k]}.`;

/**
 * A hand-made translation with one place for each edit, so the edited units are known exactly:
 * link 0 to accept, 1 to merge with the omission 2, 3 to split, 4's last English sentence to move
 * down into 5, 7's first German sentence to move up into 6, the omissions 8 and 9 to link, 10 to
 * unlink, 11 to delete; 12 is left alone.
 */
const LINKS: AlignmentLink[] = [
  { en: [0], de: [0], score: 0.9 },
  { en: [1], de: [1], score: 0.6 },
  { en: [2], de: [], score: 0 },
  { en: [3, 4], de: [2, 3], score: 0.5 },
  { en: [5, 6], de: [4], score: 0.4 },
  { en: [7], de: [5], score: 0.7 },
  { en: [8], de: [6], score: 0.6 },
  { en: [9], de: [7, 8], score: 0.5 },
  { en: [10], de: [], score: 0 },
  { en: [], de: [9], score: 0 },
  { en: [11], de: [10], score: 0.3 },
  { en: [12], de: [11], score: 0.8 },
  { en: [13], de: [12], score: 0.9 },
];

/** The units the TMX must hold after the edits, in order. */
const EXPECTED_UNITS = [
  [[0], [0]],
  [[1, 2], [1]],
  [[3], [2]],
  [[4], [3]],
  [[5], [4]],
  [[6, 7], [5]],
  [[8], [6, 7]],
  [[9], [8]],
  [[10], [9]],
  [[13], [12]],
].map(([e, d]) => [e!.map(en).join(' '), d!.map(de).join(' ')]);

function writeAlignment(dir: string): string {
  const side = (texts: string[], lang: 'en' | 'de') => {
    const path = join(dir, `doc.${lang}.txt`);
    writeFileSync(path, texts.map((t) => `${t}\n`).join(''));
    let offset = 0;
    const sentences = texts.map((text) => {
      const sentence = { text, start: offset, end: offset + text.length };
      offset += text.length + 1;
      return sentence;
    });
    return { path, sentences };
  };
  const english = side(EN_NOUNS.map((_, k) => en(k)), 'en');
  const german = side(DE_NOUNS.map((_, k) => de(k)), 'de');
  const info = (path: string, lang: string) => ({ path, sha256: lang.repeat(32), language: { detected: lang, confidence: 1, source: 'stated' as const }, segmentation: 'lines' as const });
  const doc: AlignmentDocument = {
    format: 'satzpaar-alignment', version: 1, mode: 'parallel', modeReason: 'forced with --mode parallel', generator: { name: 'satzpaar', version: '0.0.0-test' },
    languages: ['en', 'de'], documents: { en: info(english.path, 'en'), de: info(german.path, 'de') },
    sentences: { en: english.sentences, de: german.sentences }, alignments: LINKS,
  };
  const path = join(dir, 'alignment.json');
  writeFileSync(path, JSON.stringify(doc));
  return path;
}

describe.skipIf(!HAVE_CHROMIUM)(HAVE_CHROMIUM ? 'reviewing an alignment in the HTML report' : `reviewing an alignment in the HTML report (${CHROMIUM_SKIP_NOTE})`, () => {
  let work: string;
  let reportPath: string;
  let context: BrowserContext;
  let page: Page;
  const pageErrors: string[] = [];
  const rowWith = (text: string) => page.locator('tr[data-link]', { hasText: text });

  /** Scrolls from the top until the page has drawn the row holding `text` (it draws only rows near the window). */
  async function reveal(text: string) {
    for (let y = 0; (await rowWith(text).count()) === 0; y += 300) {
      if (y > 20_000) throw new Error(`no row holds ${text}; drawn: ${(await page.locator('#rows tr').allTextContents()).join(' | ')}`);
      await page.evaluate((top) => new Promise((drawn) => {
        window.scrollTo(0, top);
        requestAnimationFrame(() => requestAnimationFrame(drawn));
      }), y);
    }
  }

  /** Chooses the row holding `text` and presses `key` on it. */
  async function editRow(text: string, key: string) {
    await reveal(text);
    await rowWith(text).locator('th.link').click();
    await page.keyboard.press(key);
  }

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'satzpaar-review-'));
    reportPath = join(work, 'report.html');
    const result = runCli(['report', writeAlignment(work), '-o', reportPath]);
    expect(result.stderr).toBe('');
    context = await openChromium(join(work, 'profile'), { acceptDownloads: true });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(pathToFileURL(reportPath).href);
  });

  afterAll(async () => {
    await context?.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('performs every edit with its key, undoes one, keeps the work over a reload, and saves what export turns into exactly the edited units', async () => {
    await expect.poll(() => page.locator('#review-left').textContent()).toBe('13 of 13 rows left to review');
    await editRow(en(0), 'a');
    await expect.poll(() => rowWith(en(0)).getAttribute('data-review')).toBe('accepted');
    await editRow(en(1), 'm');
    await expect.poll(() => rowWith(en(1)).getAttribute('data-type')).toBe('2-1');
    await editRow(en(3), 's');
    await editRow(en(5), 'n');
    await editRow(en(9), 'U');
    await editRow(en(10), 'i');
    await editRow(en(11), 'o');
    await editRow(en(12), 'x');
    // A slip, undone with z: row 13 stays in.
    await editRow(en(13), 'x');
    await expect.poll(() => rowWith(en(13)).getAttribute('data-review')).toBe('deleted');
    await page.keyboard.press('z');
    await expect.poll(() => rowWith(en(13)).getAttribute('data-review')).toBe(null);
    // An edit that does not apply says why and changes nothing.
    await editRow(en(4), 's');
    await expect.poll(() => page.locator('#review-said').textContent()).toMatch(/^Not done: this row has one sentence a side/);

    await reveal(en(6));
    expect(await rowWith(en(6)).getAttribute('data-type')).toBe('2-1');
    await reveal(de(6));
    expect(await rowWith(de(6)).getAttribute('data-type')).toBe('1-2');
    await reveal(de(9));
    expect(await rowWith(de(9)).getAttribute('data-type')).toBe('1-1');
    await reveal(de(11));
    expect(await rowWith(de(11)).getAttribute('data-review')).toBe('deleted');
    await expect.poll(() => page.locator('#review-left').textContent()).toBe('1 of 13 rows left to review');
    await page.check('#filter-unreviewed');
    await expect.poll(() => page.locator('tr[data-link]').allTextContents()).toEqual([expect.stringContaining(en(13))]);
    await page.uncheck('#filter-unreviewed');
    await page.check('#filter-one-sided');
    await expect.poll(() => page.locator('#status').textContent()).toBe('2 of 13 rows shown');
    await page.uncheck('#filter-one-sided');

    await page.reload();
    await expect.poll(() => page.locator('#review-said').textContent()).toBe('Restored the review in progress from this browser (8 edits).');
    await expect.poll(() => page.locator('#review-left').textContent()).toBe('1 of 13 rows left to review');

    const download = page.waitForEvent('download');
    await page.click('#save');
    const savedPath = join(work, 'reviewed.json');
    await (await download).saveAs(savedPath);
    expect(pageErrors).toEqual([]);

    const saved = JSON.parse(readFileSync(savedPath, 'utf8')) as AlignmentDocument;
    expect(saved.review!.edits).toEqual({ accept: 1, delete: 1, link: 1, merge: 1, moveDeUp: 1, moveEnDown: 1, split: 1, unlink: 1 });
    expect(saved.review!.links).toEqual({ accepted: 1, edited: 10, deleted: 1, unreviewed: 1 });
    expect(saved.alignments.filter((l) => l.review === 'deleted').map((l) => l.en)).toEqual([[12]]);

    const tmxPath = join(work, 'reviewed.tmx');
    const exported = runCli(['export', savedPath, '--format', 'tmx', '-o', tmxPath]);
    expect(exported.stderr).toBe('satzpaar: wrote 10 translation units (1 deleted in review, 2 one-sided (1-0/0-1) links left out)\n');
    const units = parseTmx(readFileSync(tmxPath, 'utf8')).tus.map((tu) => tu.tuvs.map((tuv) => tuv.seg));
    expect(units).toEqual(EXPECTED_UNITS);
    if (HAVE_XMLLINT) {
      const check = spawnSync('xmllint', ['--noout', '--nonet', '--dtdvalid', fixture('tmx/tmx14.dtd'), tmxPath], { encoding: 'utf8' });
      expect(check.stderr).toBe('');
      expect(check.status).toBe(0);
    }
  });
});
