// The Debian Administrator's Handbook as Debian ships it in HTML (package debian-handbook): where its
// pages are and in what order they are read. Shared by the handbook benches.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const HANDBOOK_HTML = '/usr/share/doc/debian-handbook/html';
export const LANG_DIR = { en: 'en-US', de: 'de-DE' };

/** The text of one page of the book in one language. */
export function readPage(root, lang, page) {
  return readFileSync(join(root, LANG_DIR[lang], page), 'utf8');
}

/** The book's pages in reading order, from the table of contents' "next" links (the same in every language). */
export function bookPages(root) {
  const pages = [];
  let page = 'index.html';
  const seen = new Set();
  while (page && !seen.has(page)) {
    seen.add(page);
    pages.push(page);
    page = /<li class="next"><a accesskey="n" href="([^"#]+)"/.exec(readPage(root, 'en', page))?.[1];
  }
  return pages;
}
