import type { Encoding } from '../core/settings.js';

/**
 * The encoding a document declares for itself in its first 1024 bytes, as a browser reads it: an HTML
 * `<meta charset="…">` or `<meta http-equiv="Content-Type" content="text/html; charset=…">`, or an XML
 * declaration's `encoding="…"`. Labels follow the WHATWG Encoding Standard, which reads the Latin-1
 * and ASCII labels as Windows-1252. Undefined when nothing is declared or the label is one satzpaar
 * does not decode (then the UTF-8 error says which --encoding to pass).
 */
export function declaredEncoding(bytes: Uint8Array): Encoding | undefined {
  const head = String.fromCharCode(...bytes.subarray(0, 1024));
  const label = META_CHARSET.exec(head)?.[1] ?? XML_ENCODING.exec(head)?.[1];
  return label === undefined ? undefined : ENCODING_LABELS.get(label.toLowerCase());
}

const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/i;
const XML_ENCODING = /^\s*<\?xml\b[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/;

const ENCODING_LABELS = new Map<string, Encoding>([
  ...['utf-8', 'utf8', 'unicode-1-1-utf-8'].map((label) => [label, 'utf-8'] as const),
  ...['windows-1252', 'cp1252', 'x-cp1252', 'iso-8859-1', 'iso8859-1', 'iso88591', 'iso_8859-1', 'iso_8859-1:1987', 'latin1', 'l1', 'ascii', 'us-ascii', 'cp819', 'ibm819', 'iso-ir-100', 'csisolatin1', 'ansi_x3.4-1968']
    .map((label) => [label, 'windows-1252'] as const),
]);
