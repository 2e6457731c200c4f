import { isLineBreak, isSpace } from './chars.js';

/**
 * Text extracted from a paged document — a PDF through `pdftotext`, which writes a form feed between
 * pages — repeats a running header and footer on every page ("6.2. aptitude, apt-get, and apt
 * Commands", "Page 3 of 9", a date, a file name), and a sentence that runs on over a page break is
 * cut by them. A page seam is the stretch from the end of a page's last line of text to the start of
 * the next page's first: the footer, the form feed, the header. Clean mode replaces each seam by a
 * paragraph break when the page ended a sentence, by a space when the next page goes on in lower case
 * (a sentence cut by the page break), else by a line break, which the line rules read as any other
 * (a heading at the foot of a page stays a line of its own).
 *
 * A running line is a line among the first or last three of a page that, with its digits counted as
 * one ("Page 3 of 9" = "Page 4 of 9"), stands at a page edge on at least RUNNING_PAGES pages, or on
 * both pages of a two-page text. A one-page text, or one without a running line, has no seams.
 */
export const RUNNING_PAGES = 3;
const EDGE_LINES = 3;

export interface PageSeam {
  start: number;
  end: number;
  replacement: string;
}

/** Whether the text comes in pages (form feeds between two or more pages of text) with a running header or footer. */
export function isPagedText(text: string): boolean {
  return text.includes('\f') && runningKeys(pageLines(text)).size > 0;
}

interface Line {
  start: number;
  end: number;
  key: string;
}

/** The page seams of the text in order; none unless it is paged. */
export function pageSeams(text: string): PageSeam[] {
  if (!text.includes('\f')) return [];
  const pages = pageLines(text);
  const running = runningKeys(pages);
  if (running.size === 0) return [];
  const isRunning = (line: Line) => running.has(line.key);
  const bodies = pages.map((lines) => bodyOf(lines, isRunning)).filter((body) => body !== undefined);
  return seamsAround(text, bodies, (end, next) => (endsSentence(text, end) ? '\n\n' : goesOn(text, next) ? ' ' : '\n'));
}

/**
 * The seams around stretches of text (pages, subtitle cues), in order: before the first nothing, after
 * the last a line break, between two what `between(end of one, start of the next)` says.
 */
export function seamsAround(text: string, bodies: ReadonlyArray<{ start: number; end: number }>, between: (end: number, next: number) => string): PageSeam[] {
  const seams: PageSeam[] = [];
  let from = 0;
  for (const body of bodies) {
    const replacement = from === 0 ? '' : between(from, body.start);
    if (body.start > from) seams.push({ start: from, end: body.start, replacement });
    from = body.end;
  }
  if (from > 0 && from < text.length) seams.push({ start: from, end: text.length, replacement: '\n' });
  return seams;
}

/** Each page's non-blank lines, content only; pages without text (pdftotext ends the last page with a form feed too) left out. */
function pageLines(text: string): Line[][] {
  const pages: Line[][] = [[]];
  let k = 0;
  while (k < text.length) {
    const code = text.charCodeAt(k);
    if (code === 0x0c) {
      pages.push([]);
      k++;
      continue;
    }
    if (isSpace(code)) {
      k++;
      continue;
    }
    let end = k;
    let contentEnd = k;
    while (end < text.length && !isLineBreak(text.charCodeAt(end))) {
      if (!isSpace(text.charCodeAt(end))) contentEnd = end + 1;
      end++;
    }
    const content = text.slice(k, contentEnd);
    pages[pages.length - 1]!.push({ start: k, end: contentEnd, key: content.replace(/\s+/g, ' ').replace(/\d+/g, '#') });
    k = end;
  }
  return pages.filter((lines) => lines.length > 0);
}

/** Keys of lines that stand at a page edge on RUNNING_PAGES pages or more (on every page of a shorter text of two pages or more). */
function runningKeys(pages: Line[][]): Set<string> {
  if (pages.length < 2) return new Set();
  const needed = Math.min(RUNNING_PAGES, pages.length);
  const pagesWith = new Map<string, number>();
  for (const lines of pages) {
    const edges = new Set([...lines.slice(0, EDGE_LINES), ...lines.slice(-EDGE_LINES)].map((line) => line.key));
    for (const key of edges) pagesWith.set(key, (pagesWith.get(key) ?? 0) + 1);
  }
  return new Set([...pagesWith].filter(([, count]) => count >= needed).map(([key]) => key));
}

/** From the first to the last line of a page that is not a running line at its edges; undefined for a page of running lines only. */
function bodyOf(lines: Line[], isRunning: (line: Line) => boolean): { start: number; end: number } | undefined {
  let first = 0;
  while (first < Math.min(EDGE_LINES, lines.length) && isRunning(lines[first]!)) first++;
  let last = lines.length - 1;
  while (last >= Math.max(first, lines.length - EDGE_LINES) && isRunning(lines[last]!)) last--;
  if (first > last) return undefined;
  return { start: lines[first]!.start, end: lines[last]!.end };
}

/** Whether the page's text starts in lower case: the sentence of the page before goes on. */
function goesOn(text: string, position: number): boolean {
  return /^\p{Ll}/u.test(text.slice(position, position + 1));
}

/** Whether the text before `position` ends a sentence (or a heading-like line: a colon). */
function endsSentence(text: string, position: number): boolean {
  return /[.!?:…]["'”’»)\]]*$/u.test(text.slice(Math.max(0, position - 4), position));
}
