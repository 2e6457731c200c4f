import type { TakenSpans } from './spans.js';

/**
 * Web addresses, e-mail addresses and the targets of Markdown links and images ("[Guide](docs/en/guide.md)",
 * "![logo](https://…/v2/logo.png)"). They locate a text; they state nothing about the world, and
 * translations change them ("/en/" → "/de/"), so their digits and capitals are no claims.
 */
const ADDRESS = /\]\((?:[^()\s]|\([^()\s]*\))*\)|\b(?:https?|ftp):\/\/[^\s<>"'()[\]]+|\bwww\.[^\s<>"'()[\]]+|[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;

/** Marks the addresses of a sentence as taken, so that no extractor reads claims in them. */
export function takeAddresses(text: string, taken: TakenSpans): void {
  for (const m of text.matchAll(ADDRESS)) taken.take(m.index, m.index + m[0].length);
}
