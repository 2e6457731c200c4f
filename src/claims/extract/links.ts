import type { TakenSpans } from './spans.js';

/**
 * Web addresses, e-mail addresses, the targets of Markdown links and images ("[Guide](docs/en/guide.md)",
 * "![logo](https://…/v2/logo.png)"), and network addresses (IPv4 "192.168.0.1/24", IPv6
 * "2001:db8:13bb:2::20", MAC "00:1a:2b:3c:4d:5e"). They locate something; they state nothing about the
 * world, and translations change them ("/en/" → "/de/", a German example network), so their digits
 * and capitals are no claims. Four or more colon-separated groups, or "::", tell an IPv6 address from a
 * clock time ("14:30:00").
 */
const ADDRESS = new RegExp(
  [
    String.raw`\]\((?:[^()\s]|\([^()\s]*\))*\)`,
    String.raw`\b(?:https?|ftp):\/\/[^\s<>"'()[\]]+`,
    String.raw`\bwww\.[^\s<>"'()[\]]+`,
    String.raw`[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+`,
    // IPv4, unless every group after the first has three digits: "1.000.000.000" is a German billion.
    String.raw`(?<![\p{L}\p{N}.])\d{1,3}(?=(?:\.\d{1,3}){3}(?:\/\d{1,2})?(?![\p{L}\p{N}.]))(?!(?:\.\d{3}){3}(?![\/\d]))(?:\.\d{1,3}){3}(?:\/\d{1,2})?`,
    String.raw`(?<![\p{L}\p{N}:])(?:[0-9a-f]{1,4}:){3,7}[0-9a-f]{1,4}(?:\/\d{1,3})?(?![\p{L}\p{N}:])`,
    String.raw`(?<![\p{L}\p{N}:])(?:[0-9a-f]{1,4}(?::[0-9a-f]{1,4})*)?::(?:[0-9a-f]{1,4}(?::[0-9a-f]{1,4})*)?(?:\/\d{1,3})?(?![\p{L}\p{N}:])`,
  ].join('|'),
  'giu',
);

/** Marks the addresses of a sentence as taken, so that no extractor reads claims in them. */
export function takeAddresses(text: string, taken: TakenSpans): void {
  for (const m of text.matchAll(ADDRESS)) taken.take(m.index, m.index + m[0].length);
}
