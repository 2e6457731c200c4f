/**
 * Named character references that web pages and exported documents use in English and German text.
 * Numeric references (&#8212; &#x2014;) are decoded from their number; names not listed here stay as written.
 */
const NAMED = new Map<string, string>(Object.entries({
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', shy: '',
  ndash: '–', mdash: '—', hellip: '…', bull: '•', middot: '·', minus: '−',
  lsquo: '‘', rsquo: '’', sbquo: '‚', ldquo: '“', rdquo: '”', bdquo: '„', laquo: '«', raquo: '»', lsaquo: '‹', rsaquo: '›',
  euro: '€', pound: '£', yen: '¥', cent: '¢', copy: '©', reg: '®', trade: '™', deg: '°', sect: '§', para: '¶',
  times: '×', divide: '÷', plusmn: '±', frac12: '½', frac14: '¼', frac34: '¾', sup2: '²', sup3: '³', micro: 'µ',
  auml: 'ä', ouml: 'ö', uuml: 'ü', Auml: 'Ä', Ouml: 'Ö', Uuml: 'Ü', szlig: 'ß',
  aacute: 'á', agrave: 'à', acirc: 'â', eacute: 'é', egrave: 'è', ecirc: 'ê', euml: 'ë', iacute: 'í', icirc: 'î', iuml: 'ï',
  oacute: 'ó', ocirc: 'ô', uacute: 'ú', ucirc: 'û', ccedil: 'ç', ntilde: 'ñ', oslash: 'ø', aring: 'å', aelig: 'æ',
  Eacute: 'É', Egrave: 'È', Ccedil: 'Ç', Ntilde: 'Ñ', Oslash: 'Ø', Aring: 'Å', AElig: 'Æ',
  zwnj: '', zwj: '', lrm: '', rlm: '', thinsp: '\u2009', ensp: '\u2002', emsp: '\u2003',
}));

/** A character reference at `position`: its decoded text and end, or undefined. */
export function entityAt(text: string, position: number): { end: number; value: string } | undefined {
  if (text.charCodeAt(position) !== 0x26) return undefined;
  ENTITY.lastIndex = position;
  const match = ENTITY.exec(text);
  if (!match) return undefined;
  const end = position + match[0].length;
  if (match[1] !== undefined || match[2] !== undefined) {
    const code = match[1] !== undefined ? parseInt(match[1], 10) : parseInt(match[2]!, 16);
    if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return undefined;
    return { end, value: String.fromCodePoint(code) };
  }
  const value = NAMED.get(match[3]!);
  return value === undefined ? undefined : { end, value };
}

const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,7}));/y;

/**
 * The text a short piece of markup shows, on one line: tags removed, character references decoded,
 * whitespace collapsed ("<em>Cancel &amp; Close</em>" → "Cancel & Close"). For labels and titles,
 * not documents (those go through clean.ts).
 */
export function markupText(markup: string): string {
  return markup
    .replace(/<[^>]*>/g, '')
    .replace(/&#?[0-9A-Za-z]{1,8};/g, (reference, at: number, text: string) => entityAt(text, at)?.value ?? reference)
    .replace(/\s+/g, ' ')
    .trim();
}
