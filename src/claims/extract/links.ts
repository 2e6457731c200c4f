import type { TakenSpans } from './spans.js';

/**
 * Web addresses, e-mail addresses, the targets of Markdown links and images ("[Guide](docs/en/guide.md)",
 * "![logo](https://…/v2/logo.png)"), and network addresses (IPv4 "192.168.0.1/24", IPv6
 * "2001:db8:13bb:2::20", MAC "00:1a:2b:3c:4d:5e"). They locate something; they state nothing about the
 * world, and translations change them ("/en/" → "/de/", a German example network), so their digits
 * and capitals are no claims. Four or more colon-separated groups, or "::", tell an IPv6 address from a
 * clock time ("14:30:00").
 *
 * Each form is looked for only when a sentence holds the character it cannot do without: most
 * sentences hold none, and one regular expression with every form tried at every position was the
 * slowest part of the claims diff.
 */
const ADDRESSES: Array<{ needs: RegExp; form: RegExp }> = [
  { needs: /\]\(/, form: /\]\((?:[^()\s]|\([^()\s]*\))*\)/gu },
  { needs: /:\/\//, form: /\b(?:https?|ftp):\/\/[^\s<>"'()[\]]+/gu },
  { needs: /www\./, form: /\bwww\.[^\s<>"'()[\]]+/gu },
  { needs: /@/, form: /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu },
  // IPv4, unless every group after the first has three digits: "1.000.000.000" is a German billion.
  {
    needs: /\d\.\d{1,3}\.\d{1,3}\.\d/,
    form: /(?<![\p{L}\p{N}.])\d{1,3}(?=(?:\.\d{1,3}){3}(?:\/\d{1,2})?(?![\p{L}\p{N}.]))(?!(?:\.\d{3}){3}(?![/\d]))(?:\.\d{1,3}){3}(?:\/\d{1,2})?/gu,
  },
  {
    needs: /[0-9a-f]:[0-9a-f]{1,4}:[0-9a-f]{1,4}:[0-9a-f]|::/i,
    form: /(?<![\p{L}\p{N}:])(?:(?:[0-9a-f]{1,4}:){3,7}[0-9a-f]{1,4}|(?:[0-9a-f]{1,4}(?::[0-9a-f]{1,4})*)?::(?:[0-9a-f]{1,4}(?::[0-9a-f]{1,4})*)?)(?:\/\d{1,3})?(?![\p{L}\p{N}:])/giu,
  },
];

/** Marks the addresses of a sentence as taken, so that no extractor reads claims in them. */
export function takeAddresses(text: string, taken: TakenSpans): void {
  for (const { needs, form } of ADDRESSES) {
    if (!needs.test(text)) continue;
    for (const m of text.matchAll(form)) taken.take(m.index, m.index + m[0].length);
  }
}
