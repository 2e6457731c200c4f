import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { markupText } from '../segment/entities.js';
import { EMPTY_LINK_SOURCE, isMallardPage } from '../segment/markup.js';

/**
 * The titles an empty Mallard link shows. GNOME's help pages write `See <link xref="net-wireless"/>
 * for more.`, and Yelp shows the linked page's title in its place; without it the sentence reads
 * "See for more." A link to another page (`xref="net-wireless"`) takes that page's link title (its
 * `<title type="link">` without a role) or else its title, read from `net-wireless.page` beside the
 * document; a link into the page itself (`xref="#files"`) takes that section's title. Undefined for
 * any other document, or when no empty link resolves. Reading sibling pages is I/O, so this runs
 * with the reader, and the cleaner puts the titles in (see clean.ts).
 */
export async function crossReferenceTitles(path: string, text: string): Promise<Record<string, string> | undefined> {
  if (!isMallardPage(text)) return undefined;
  const titles: Record<string, string> = {};
  for (const xref of new Set([...text.matchAll(EMPTY_LINK)].map((m) => m[1]!))) {
    const [page, section] = xref.split('#') as [string, string | undefined];
    const target = page === '' ? text : await siblingPage(path, page);
    const title = target === undefined ? undefined : section ? sectionTitle(target, section) : pageTitle(target);
    if (title) titles[xref] = title;
  }
  return Object.keys(titles).length > 0 ? titles : undefined;
}

const EMPTY_LINK = new RegExp(EMPTY_LINK_SOURCE, 'g');

async function siblingPage(path: string, id: string): Promise<string | undefined> {
  if (!/^[\w.-]+$/.test(id)) return undefined;
  try {
    return await readFile(join(dirname(path), `${id}.page`), 'utf8');
  } catch {
    return undefined;
  }
}

/** The page's link title (no role: "trail" and others title breadcrumbs), else its main title. */
function pageTitle(page: string): string | undefined {
  const info = /<info\b[\s\S]*?<\/info>/.exec(page)?.[0] ?? '';
  const link = /<title\s+(?![^>]*\brole=)[^>]*\btype="link"[^>]*>([\s\S]*?)<\/title>/.exec(info)?.[1];
  const main = /<title(?:\s[^>]*)?>([\s\S]*?)<\/title>/.exec(page.replace(/<info\b[\s\S]*?<\/info>/, ''))?.[1];
  return titleText(link ?? main);
}

function sectionTitle(page: string, id: string): string | undefined {
  const section = new RegExp(`<section\\s[^>]*\\bid="${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*>`).exec(page);
  if (!section) return undefined;
  const rest = page.slice(section.index + section[0].length).replace(/^\s*<info\b[\s\S]*?<\/info>/, '');
  return titleText(/^\s*<title(?:\s[^>]*)?>([\s\S]*?)<\/title>/.exec(rest)?.[1]);
}

function titleText(markup: string | undefined): string | undefined {
  const text = markup === undefined ? '' : markupText(markup);
  return text === '' ? undefined : text;
}
