import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AlignmentDocument } from '../../src/core/types.js';
import { CHROMIUM_SKIP_NOTE as SKIP_NOTE, HAVE_CHROMIUM, openChromium } from '../helpers/chromium.js';
import { fixture, runCli } from '../helpers/cli.js';

/** The report as a reviewer sees it: Chromium opens the report of two fixtures and we click and type in it. */
if (!HAVE_CHROMIUM) process.stderr.write(`report.browser.test: ${SKIP_NOTE}\n`);

const EN = fixture('en-zdnet-microsoft-buys-kinvolk.txt');
const DE = fixture('de-microsoft-announcement-kinvolk.txt');

describe.skipIf(!HAVE_CHROMIUM)(HAVE_CHROMIUM ? 'the HTML report in Chromium' : `the HTML report in Chromium (${SKIP_NOTE})`, () => {
  let work: string;
  let reportPath: string;
  let alignment: AlignmentDocument;
  let context: BrowserContext;
  let page: Page;
  const requests: string[] = [];
  const pageErrors: string[] = [];

  const visibleRows = () => page.locator('tr[data-link]:visible');
  const focusedLink = () => page.evaluate(() => document.activeElement?.getAttribute('data-link') ?? null);

  /** Scrolls from the top until the page has drawn the row of `link`. */
  async function revealLink(link: number): Promise<void> {
    await page.evaluate(async (wanted) => {
      const frame = () => new Promise((drawn) => requestAnimationFrame(() => requestAnimationFrame(drawn)));
      for (let y = 0; !document.querySelector(`tr[data-link="${wanted}"]`) && y < 1e6; y += window.innerHeight / 2) {
        window.scrollTo(0, y);
        await frame();
      }
    }, link);
  }

  /**
   * The links of every row that passes the filters, in order: the page draws only the rows near
   * the window, so this scrolls from the top to the end and collects them.
   */
  async function allRowLinks(): Promise<number[]> {
    return page.evaluate(async () => {
      const seen: number[] = [];
      const frame = () => new Promise((drawn) => requestAnimationFrame(() => requestAnimationFrame(drawn)));
      for (let y = 0; ; y += window.innerHeight / 2) {
        window.scrollTo(0, y);
        await frame();
        for (const row of document.querySelectorAll('tr[data-link]')) {
          const link = Number(row.getAttribute('data-link'));
          if (!seen.includes(link)) seen.push(link);
        }
        if (window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 1 || y > 1e6) break;
      }
      window.scrollTo(0, 0);
      await frame();
      return seen;
    });
  }

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'satzpaar-report-'));
    reportPath = join(work, 'report.html');
    const json = runCli(['align', EN, DE]);
    expect(json.status).toBe(0);
    alignment = JSON.parse(json.stdout) as AlignmentDocument;
    const html = runCli(['align', EN, DE, '--format', 'html', '-o', reportPath]);
    expect(html.stderr).toBe('');
    expect(html.status).toBe(0);
    context = await openChromium(join(work, 'profile'));
    page = context.pages()[0] ?? (await context.newPage());
    page.on('request', (request) => requests.push(request.url()));
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });
    await page.goto(pathToFileURL(reportPath).href);
  });

  afterAll(async () => {
    await context?.close();
    rmSync(join(work, 'profile'), { recursive: true, force: true });
    process.stderr.write(`report.browser.test: report and screenshots kept in ${work}\n`);
  });

  it('loads nothing but the file itself and runs without script errors', () => {
    expect(requests).toEqual([pathToFileURL(reportPath).href]);
    expect(pageErrors).toEqual([]);
  });

  it('shows one row per alignment link in the visible view, every link once, drawing only those near the window', async () => {
    expect(alignment.mode).toBe('comparable');
    await expect.poll(() => visibleRows().count()).toBeGreaterThan(3);
    expect(await visibleRows().count()).toBeLessThan(alignment.alignments.length);
    const links = await allRowLinks();
    expect([...links].sort((a, b) => a - b)).toEqual(alignment.alignments.map((_, i) => i));
    await expect.poll(() => page.locator('#status').textContent()).toBe(`${alignment.alignments.length} of ${alignment.alignments.length} rows shown`);
  });

  it('fits a 1366×768 laptop screen without horizontal scrolling', async () => {
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const shot = join(work, 'report-top.png');
    await page.screenshot({ path: shot });
    expect(statSync(shot).size).toBeGreaterThan(10_000);
  });

  it('keeps every kind of text at WCAG AA contrast (4.5:1) against its background', async () => {
    const selectors = ['h1', 'caption', '.muted', '.status', '.legend li', 'th.link .lid', 'th.link .type', '.score', '.sn', 'td.alone .st', 'td.empty .none', 'mark.shared', 'mark.claim', 'tr.section-head th'];
    const worst = await page.evaluate((list) => {
      const channel = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
      const parse = (color: string) => (color.match(/[\d.]+/g) ?? []).map(Number);
      const luminance = ([r, g, b]: number[]) => 0.2126 * channel(r!) + 0.7152 * channel(g!) + 0.0722 * channel(b!);
      const background = (element: Element | null): number[] => {
        for (let e = element; e; e = e.parentElement) {
          const rgba = parse(getComputedStyle(e).backgroundColor);
          if (rgba.length === 3 || (rgba.length === 4 && rgba[3]! > 0)) return rgba;
        }
        return [255, 255, 255];
      };
      const results: Array<{ selector: string; ratio: number }> = [];
      for (const selector of list) {
        const elements = [...document.querySelectorAll(selector)].filter((e) => (e as HTMLElement).offsetParent !== null);
        if (elements.length === 0) continue;
        const ratios = elements.map((e) => {
          const [fg, bg] = [luminance(parse(getComputedStyle(e).color)), luminance(background(e))];
          return (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
        });
        results.push({ selector, ratio: Math.min(...ratios) });
      }
      return results;
    }, selectors);
    expect(worst.length).toBeGreaterThan(10);
    for (const { selector, ratio } of worst) expect({ selector, ratio: ratio >= 4.5 }).toEqual({ selector, ratio: true });
  });

  it('highlights a shared name on both sides of its link', async () => {
    // "kinvolk" when the aligner shares it on some link, otherwise the first shared term it reports.
    const withShared = alignment.alignments.map((link, index) => ({ link, index })).filter(({ link }) => (link.shared ?? []).length > 0);
    expect(withShared.length).toBeGreaterThan(0);
    const chosen = withShared.find(({ link }) => link.shared!.includes('kinvolk')) ?? withShared[0]!;
    const term = chosen.link.shared!.includes('kinvolk') ? 'kinvolk' : chosen.link.shared![0]!;
    await revealLink(chosen.index);
    const row = page.locator(`tr[data-link="${chosen.index}"]`);
    for (const lang of ['en', 'de']) {
      const marks = await row.locator(`td[lang="${lang}"] mark.shared`).allTextContents();
      expect(marks.map((text) => text.toLowerCase())).toContain(term);
    }
    await expect.poll(() => row.locator('mark.shared').first().isVisible()).toBe(true);
  });

  it('filters rows by confidence and alignment, and shows them all again', async () => {
    // A threshold inside the spread of this alignment's scores, so both sides of it are populated.
    const aligned = alignment.alignments.filter((l) => l.en.length > 0 && l.de.length > 0).map((l) => l.score).sort((a, b) => a - b);
    const threshold = aligned[Math.floor(aligned.length / 2)]!;
    const lowCount = alignment.alignments.filter((l) => l.en.length > 0 && l.de.length > 0 && l.score < threshold).length;
    const alignedCount = alignment.alignments.filter((l) => l.en.length > 0 && l.de.length > 0).length;
    expect(lowCount).toBeGreaterThan(0);
    expect(lowCount).toBeLessThan(alignedCount);
    await page.fill('#filter-threshold', String(threshold));
    await page.check('#filter-low');
    await expect.poll(() => allRowLinks()).toHaveLength(lowCount);
    const scores = (await allRowLinks()).map((link) => alignment.alignments[link]!.score);
    expect(scores.every((score) => score < threshold)).toBe(true);
    await page.uncheck('#filter-low');
    await page.check('#filter-aligned');
    await expect.poll(() => allRowLinks()).toHaveLength(alignedCount);
    await expect.poll(() => page.locator('#status').textContent()).toBe(`${alignedCount} of ${alignment.alignments.length} rows shown`);
    await page.uncheck('#filter-aligned');
    await expect.poll(() => allRowLinks()).toHaveLength(alignment.alignments.length);
  });

  it('moves the focus between rows with j/k and the arrow keys, skipping hidden rows', async () => {
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    const order = await visibleRows().evaluateAll((rows) => rows.map((row) => row.getAttribute('data-link')));
    await page.keyboard.press('j');
    expect(await focusedLink()).toBe(order[0]);
    await page.keyboard.press('j');
    expect(await focusedLink()).toBe(order[1]);
    await page.keyboard.press('ArrowDown');
    expect(await focusedLink()).toBe(order[2]);
    await page.keyboard.press('k');
    await page.keyboard.press('ArrowUp');
    expect(await focusedLink()).toBe(order[0]);
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).toBe('solid');

    await page.check('#filter-aligned');
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    const aligned = await visibleRows().evaluateAll((rows) => rows.map((row) => row.getAttribute('data-link')));
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    expect(await focusedLink()).toBe(aligned[1]);
    await page.screenshot({ path: join(work, 'report-focus.png') });
    await page.uncheck('#filter-aligned');
  });

  it('lists the keys on ? and closes the list on Escape', async () => {
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('?');
    await expect.poll(() => page.locator('dialog#keys').evaluate((d) => (d as HTMLDialogElement).open)).toBe(true);
    await page.screenshot({ path: join(work, 'report-keys.png') });
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('dialog#keys').evaluate((d) => (d as HTMLDialogElement).open)).toBe(false);
  });

  it('switches to the German order, keeping every link', async () => {
    await page.getByRole('tab', { name: 'German order' }).click();
    await expect.poll(() => page.getByRole('tab', { name: 'German order' }).getAttribute('aria-selected')).toBe('true');
    expect(await page.locator('tr[id^="by-de-"]').count()).toBeGreaterThan(0);
    expect(await page.locator('tr[id^="by-en-"]').count()).toBe(0);
    const rows = await allRowLinks();
    expect(rows).toHaveLength(alignment.alignments.length);
    const firstGerman = rows
      .map((link) => alignment.alignments[link]!.de)
      .filter((de) => de.length > 0)
      .map((de) => Math.min(...de));
    expect(firstGerman).toEqual([...firstGerman].sort((a, b) => a - b));
    await page.screenshot({ path: join(work, 'report-german-order.png') });
    await page.getByRole('tab', { name: 'English order' }).click();
  });

  it('prints every row without the controls', async () => {
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    expect(await page.locator('#controls').isVisible()).toBe(false);
    expect(await visibleRows().count()).toBe(alignment.alignments.length);
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await page.emulateMedia({ media: 'screen' });
    await expect.poll(() => visibleRows().count()).toBeLessThan(alignment.alignments.length);
  });

  it('says what it needs without JavaScript, and shows no dead controls', async () => {
    const plain = await openChromium(join(work, 'profile-nojs'), { javaScriptEnabled: false });
    try {
      const nojs = plain.pages()[0] ?? (await plain.newPage());
      await nojs.goto(pathToFileURL(reportPath).href);
      expect(await nojs.locator('#controls').isVisible()).toBe(false);
      expect(await nojs.getByText('The sentences are drawn by JavaScript, which is off').isVisible()).toBe(true);
      expect(await nojs.locator('h1').isVisible()).toBe(true);
    } finally {
      await plain.close();
      rmSync(join(work, 'profile-nojs'), { recursive: true, force: true });
    }
  });

  it('marks a conflicting claim red on both sides, filters to it and jumps to it with c', async () => {
    // A small translation whose German version gives another founding year.
    const en = join(work, 'en.txt');
    const de = join(work, 'de.txt');
    writeFileSync(en, 'Microsoft buys Kinvolk.\nKinvolk was founded in Berlin in 2015.\nThe team has 30 employees.\nRead more stories.\nThe deal closed on April 29.\n');
    writeFileSync(de, 'Microsoft übernimmt Kinvolk.\nKinvolk wurde 2016 in Berlin gegründet.\nDas Team hat 30 Mitarbeiter.\nNewsletter abonnieren.\nDer Kauf wurde am 29. April abgeschlossen.\n');
    const conflictReport = join(work, 'conflict.html');
    const result = runCli(['align', en, de, '--langs', 'en,de', '--mode', 'parallel', '--presegmented', '--format', 'html', '-o', conflictReport]);
    expect(result.status).toBe(0);
    const second = await context.newPage();
    try {
      await second.goto(pathToFileURL(conflictReport).href);
      const enMark = second.locator('td[lang="en"] mark.claim-conflict', { hasText: '2015' });
      const deMark = second.locator('td[lang="de"] mark.claim-conflict', { hasText: '2016' });
      await expect.poll(() => enMark.isVisible()).toBe(true);
      expect(await deMark.isVisible()).toBe(true);
      expect(await second.locator('td[lang="en"] .claim-note').allTextContents()).toContain('≠ DE 2016');
      expect(await second.locator('td[lang="de"] .claim-note').allTextContents()).toContain('≠ EN 2015');
      const red = await enMark.evaluate((mark) => getComputedStyle(mark).backgroundColor);
      expect(red).toBe('rgb(255, 220, 215)');
      expect(await second.locator('.conflict-count').textContent()).toBe('1 conflict');

      const rows = second.locator('tr[data-link]:visible');
      const total = await rows.count();
      await second.check('#filter-conflicts');
      await expect.poll(() => rows.count()).toBe(1);
      expect(await rows.first().locator('mark.claim-conflict').count()).toBe(2);
      await second.uncheck('#filter-conflicts');
      await expect.poll(() => rows.count()).toBe(total);

      await second.locator('body').click({ position: { x: 5, y: 5 } });
      await second.keyboard.press('c');
      const focused = await second.evaluate(() => document.activeElement?.querySelector('mark.claim-conflict')?.textContent ?? null);
      expect(focused).toBe('2015');
      await second.screenshot({ path: join(work, 'report-conflict.png') });
    } finally {
      await second.close();
    }
  });

  it('wrote the report that the CLI promised, as one self-contained file', () => {
    const html = readFileSync(reportPath, 'utf8');
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).not.toMatch(/https?:\/\//);
  });
});
