import { NextOccurrence } from './nextOccurrence.js';

/** A stretch of markup: where it ends and the whitespace it stands for ('' for inline markup). */
export interface Markup {
  end: number;
  replacement: string;
}

/** Tags longer than this are not taken for tags (an unclosed "<" must not swallow a page). */
const MAX_TAG = 2000;

/**
 * Elements that begin a new paragraph: their tags end a sentence. An element not named in these lists counts
 * as markup only with an attribute or in its closing or self-closing form ("replace <name> with yours" stays).
 */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'head', 'header', 'hr', 'html', 'li', 'main',
  'nav', 'ol', 'option', 'p', 'pre', 'section', 'select', 'summary', 'table', 'tbody', 'textarea', 'tfoot', 'thead', 'title',
  'tr', 'ul',
  // XML documents: DocBook, TEI, XLIFF, TMX.
  'chapter', 'entry', 'item', 'note', 'para', 'sect1', 'sect2', 'sect3', 'seg', 'segment', 'source', 'target', 'trans-unit', 'tu',
  'tuv', 'unit',
]);
/**
 * More block elements of XML documents (DocBook, TEI), only in a document that declares itself XML: in
 * other text a `<term>` or `<step>` may be a placeholder. Lists and tables end a segment at each item.
 */
const XML_BLOCK = new Set([
  'abstract', 'answer', 'appendix', 'bibliography', 'book', 'caution', 'example', 'formalpara', 'glossdef', 'glossentry', 'glossterm',
  'important', 'informaltable', 'itemizedlist', 'l', 'lg', 'listitem', 'member', 'msgtext', 'orderedlist', 'part', 'preface', 'procedure',
  'qandaentry', 'question', 'refentry', 'refsect1', 'refsect2', 'row', 'sect4', 'sect5', 'section', 'sidebar', 'simpara', 'simplelist',
  'step', 'subtitle', 'term', 'tip', 'varlistentry', 'variablelist', 'warning', 'head', 'programlisting', 'screen', 'literallayout',
  'synopsis', 'seg-source', 'file',
  // Mallard (GNOME help pages).
  'desc', 'links', 'list', 'steps', 'terms', 'tree',
]);
/** Table cells: the cells of a row stay one segment, separated like tab-separated columns. */
const CELL = new Set(['td', 'th']);
/** Inline HTML elements: their tags vanish ("<em>Yes.</em>" reads "Yes."). */
const INLINE = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'big', 'br', 'button', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font', 'i', 'img', 'input',
  'ins', 'kbd', 'label', 'link', 'mark', 'meta', 'q', 's', 'samp', 'small', 'span', 'strike', 'strong', 'sub', 'sup', 'time',
  'tt', 'u', 'var', 'wbr',
  'emphasis', 'g', 'hi', 'mrk', 'phrase', 'quote', 'ref', 'term', 'xref',
]);
/**
 * Elements whose content is code, not text: scripts and styles, and the native-code wrappers of TMX/XLIFF
 * segments (`<bpt>&lt;b&gt;</bpt>`). Everything up to the closing tag goes.
 */
const CODE = new Set(['script', 'style', 'bpt', 'ept', 'ph', 'it', 'ut']);

/**
 * What a Mallard page does not show: `<info>` (credits, revisions, and the description other pages' link lists
 * show; translators add their own credits there) and editorial `<comment>`s ("shaunm: Maybe some topic grouping").
 */
const MALLARD_HIDDEN = new Set(['info', 'comment']);

/** Mallard's inline elements whose names other XML vocabularies use for blocks (XLIFF's `<file>`). */
const MALLARD_INLINE = new Set(['file']);

const MALLARD = /<page\s[^>]*xmlns\s*=\s*["']http:\/\/projectmallard\.org\//;

/** Whether the text is a Mallard page (GNOME's help): its root element declares Mallard's namespace. */
export function isMallardPage(text: string): boolean {
  return MALLARD.test(text.slice(0, 4096));
}

/**
 * A Mallard link with no content, `<link xref="id"/>`: Yelp shows the title of what it points to.
 * Links that carry a type (`type="guide"`, in `<info>`) place the page in the help's tree and show nothing.
 */
export const EMPTY_LINK_SOURCE = String.raw`<link\s+(?![^>]*\btype=)[^>]*?\bxref="([^"]+)"[^>]*\/>`;

const NAME = /[A-Za-z][A-Za-z0-9:_.-]{0,40}/y;

/**
 * Finds HTML/XML markup in a text scanned from left to right: tags, comments, declarations, escaped tags
 * (`&lt;b&gt;`) and inline-formatting placeholders (`{b^>1<b^}`). Queries must come in increasing order of
 * position; every closer is searched for with a forward-moving cache, so the whole scan stays linear.
 */
export class MarkupFinder {
  private readonly greaterThan: NextOccurrence;
  private readonly lessThan: NextOccurrence;
  private readonly commentEnd: NextOccurrence;
  private readonly escapedGreaterThan: NextOccurrence;
  private readonly escapedLessThan: NextOccurrence;
  private readonly codeEnds = new Map<string, NextOccurrence>();
  /** A Mallard page (GNOME help); see `MALLARD_HIDDEN`. */
  private readonly mallard: boolean;
  /** Where the page's `<head>` lies ([-1, -1]: none); found on the first `<title>`. */
  private head: [number, number] | undefined;

  /**
   * `xml`: the text is an XML document (markupDocument.ts `isXmlDocument`), where every tag is markup —
   * an element the lists do not name is inline (`<command>`, `<filename>`) — and DocBook's and TEI's
   * block elements end a segment.
   */
  constructor(
    private readonly text: string,
    private readonly xml = false,
  ) {
    this.greaterThan = new NextOccurrence(text, />/);
    this.lessThan = new NextOccurrence(text, /</);
    this.commentEnd = new NextOccurrence(text, /-->/);
    this.escapedGreaterThan = new NextOccurrence(text, /&gt;/);
    this.escapedLessThan = new NextOccurrence(text, /&lt;|[<>]/);
    this.mallard = xml && isMallardPage(text);
  }

  /** Markup that starts at `position` (a "<"), or undefined. */
  tagAt(position: number): Markup | undefined {
    const { text } = this;
    const next = text.charCodeAt(position + 1);
    if (next === 0x21 && text.startsWith('<!--', position)) {
      const close = this.commentEnd.endAfter(position + 4);
      return close < 0 ? undefined : { end: close, replacement: '' };
    }
    if (next === 0x21 || next === 0x3f) {
      // <!DOCTYPE …>, <?xml …?>
      if (!isAsciiLetter(text.charCodeAt(position + 2))) return undefined;
      const close = this.closeOf(position, this.greaterThan, this.lessThan, 1);
      return close < 0 ? undefined : { end: close, replacement: '' };
    }
    const closing = next === 0x2f;
    const tag = this.parseTag(position, position + (closing ? 2 : 1), this.greaterThan, this.lessThan, 1);
    if (!tag) return undefined;
    const name = tag.name;
    if (this.hidesContent(name, position) && !closing && !tag.selfClosing) {
      const codeEnd = this.codeEnd(name, tag.end);
      if (codeEnd >= 0) return { end: codeEnd, replacement: '' };
    }
    if (name === 'a' && !closing) {
      PERMALINK.lastIndex = tag.end;
      if (PERMALINK.test(text)) return { end: PERMALINK.lastIndex, replacement: '' };
    }
    if (name === 'br') return { end: tag.end, replacement: '\n' };
    if (this.isBlock(name)) return { end: tag.end, replacement: '\n\n' };
    if (CELL.has(name)) return { end: tag.end, replacement: '\t' };
    return { end: tag.end, replacement: '' };
  }

  /** An element whose content goes with its tags: code, and what a page of this kind does not show. */
  private hidesContent(name: string, position: number): boolean {
    return CODE.has(name) || (name === 'title' && this.inHead(position)) || (this.mallard && MALLARD_HIDDEN.has(name));
  }

  private isBlock(name: string): boolean {
    return BLOCK.has(name) || (this.xml && XML_BLOCK.has(name) && !(this.mallard && MALLARD_INLINE.has(name)));
  }

  /**
   * Whether `position` lies in the page's `<head>`. A `<title>` there is shown in the browser's tab, not on
   * the page, and mostly repeats the headline with the site's name ("… | ZDNet"): as text it was a duplicate
   * sentence. DocBook's `<title>` (in a chapter or section) and SVG's (in the body) stay text.
   */
  private inHead(position: number): boolean {
    if (!this.head) {
      const start = this.text.search(/<head[\s>]/i);
      HEAD_END.lastIndex = start;
      const end = start < 0 ? null : HEAD_END.exec(this.text);
      this.head = start < 0 ? [-1, -1] : [start, end ? end.index : this.text.length];
    }
    return position > this.head[0] && position < this.head[1];
  }

  /** An escaped tag (`&lt;b&gt;`, `&lt;/b&gt;`) at `position`: markup quoted as text, removed like a tag. */
  escapedTagAt(position: number): Markup | undefined {
    const { text } = this;
    if (!text.startsWith('&lt;', position)) return undefined;
    const closing = text.charCodeAt(position + 4) === 0x2f;
    const tag = this.parseTag(position, position + (closing ? 5 : 4), this.escapedGreaterThan, this.escapedLessThan, 4);
    return tag ? { end: tag.end, replacement: '' } : undefined;
  }

  /** An inline-formatting placeholder (`{b^>1<b^}`, also entity-escaped) at `position`. */
  placeholderAt(position: number): Markup | undefined {
    PLACEHOLDER.lastIndex = position;
    const match = PLACEHOLDER.exec(this.text);
    return match ? { end: position + match[0].length, replacement: '' } : undefined;
  }

  /**
   * A tag whose name starts at `nameStart`: the name must be followed by a space, "/" or the closer, and the
   * tag must be a known HTML element, a closing or self-closing tag, or carry an attribute ("x<y and y>z" is
   * no tag).
   */
  private parseTag(open: number, nameStart: number, closer: NextOccurrence, opener: NextOccurrence, closerLength: number):
    { name: string; end: number; selfClosing: boolean } | undefined {
    const { text } = this;
    NAME.lastIndex = nameStart;
    const match = NAME.exec(text);
    if (!match) return undefined;
    const nameEnd = nameStart + match[0].length;
    const after = text.charCodeAt(nameEnd);
    if (!(after === 0x20 || after === 0x09 || after === 0x0a || after === 0x0d || after === 0x2f || after === 0x3e || after === 0x26)) return undefined;
    // A URL in angle brackets, as manual pages and mail write it ("<https://www.gnu.org/software/coreutils/>"),
    // is text, though a final "/" makes it look self-closing.
    if (text.charCodeAt(nameEnd - 1) === 0x3a && text.startsWith('//', nameEnd)) return undefined;
    const end = this.closeOf(open, closer, opener, closerLength);
    if (end < 0 || end - closerLength < nameEnd) return undefined;
    const body = text.slice(nameEnd, end - closerLength);
    const name = match[0].toLowerCase();
    const closing = text.charCodeAt(nameStart - 1) === 0x2f;
    const selfClosing = body.trimEnd().endsWith('/');
    if (!(this.xml || BLOCK.has(name) || CELL.has(name) || INLINE.has(name) || CODE.has(name) || closing || selfClosing || body.includes('='))) return undefined;
    return { name, end, selfClosing };
  }

  /** End of the tag opened at `open`: after the first closer, when no other opener comes first and it is short. */
  private closeOf(open: number, closer: NextOccurrence, opener: NextOccurrence, closerLength: number): number {
    const close = closer.startAfter(open + 1);
    if (close < 0 || close - open > MAX_TAG) return -1;
    const nextOpen = opener.startAfter(open + 1);
    if (nextOpen >= 0 && nextOpen < close) return -1;
    return close + closerLength;
  }

  private codeEnd(name: string, from: number): number {
    let finder = this.codeEnds.get(name);
    if (!finder) {
      finder = new NextOccurrence(this.text, new RegExp(`</${name}\\s*>`, 'i'));
      this.codeEnds.set(name, finder);
    }
    return finder.endAfter(from);
  }
}

/**
 * A link that is only a permalink sign (Sphinx's and MkDocs' "¶" after every heading, "#", "§", "🔗"): shown on
 * hover, not part of the heading's text ("New packages¶").
 */
const PERMALINK = /\s*(?:¶|&para;|&#182;|&#x[bB]6;|#|§|&sect;|🔗)\s*<\/a\s*>/y;

/** Where a page's `<head>` ends: its closing tag, or the `<body>` that implies it. */
const HEAD_END = /<\/head\s*>|<body[\s>]/gi;

const PLACEHOLDER = /\{[a-z]\^(?:>|&gt;)\d{0,4}(?:<|&lt;)[a-z]\^\}/y;

function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}
