import { isLineBreak, isSpace } from './chars.js';
import { entityAt } from './entities.js';
import { EMPTY_LINK_SOURCE, MarkupFinder } from './markup.js';
import {
  blankLineFollows, dotRun, escapeSequenceAt, isInvisible, isRuleChar, leaderPageEnd, letterSpacedWord, pageNumberLineEnd,
  ruleLineEnd, ruleRunEnd,
} from './noise.js';
import { isMarkupDocument, isXmlDocument } from './markupDocument.js';
import { type DerivedText, DerivedTextBuilder } from './offsetMap.js';
import { pageSeams, type PageSeam } from './pageSeams.js';
import { isSubtitleText, subtitleSeams } from './subtitles.js';

/**
 * Clean mode's view of a text: markup and noise masked, so that the sentence rules see what a reader sees.
 * - HTML/XML tags and comments vanish; block-level tags (`<p>`, `<div>`, `<h2>`, `<li>`, `<tr>`) stand for a
 *   paragraph break, `<br>` for a line break, table cells for a tab; scripts, styles and TMX/XLIFF native
 *   code (`<bpt>…</bpt>`) vanish with their content. Escaped tags (`&lt;b&gt;`) and inline-formatting
 *   placeholders (`{b^>1<b^}`) vanish too; character references are decoded (`&amp;` → `&`).
 * - Dot leaders: a leader followed by a page number at the end of a line (a table of contents) ends the
 *   entry, and the number goes; any other leader reads as a space.
 * - Decorative rules vanish: lines made only of rule characters ("-----", "+---+", "/"), and runs of five or
 *   more identical ones anywhere ("/////Header").
 * - A paragraph that is only a page number ("3", "- 12 -", "Page 4 of 20") vanishes.
 * - Text extracted from pages (form feeds between them, as `pdftotext` writes): the running headers and
 *   footers vanish, and a sentence runs on over the page break (see pageSeams.ts).
 * - Subtitle files (SubRip, WebVTT): cue numbers and timings vanish, and a sentence runs on over cues
 *   (see subtitles.ts).
 * - Words letter-spaced over lines ("W\nA\nRN\nI\nNG") are joined.
 * - Escape sequences written out as text ("\r\n") are line breaks.
 * - TeX-style quotes: `` and '' read ", a single ` reads '.
 * - A line break before a lone punctuation mark is dropped ("pricing\n." reads "pricing.").
 * - Soft hyphens, zero-width spaces and byte order marks vanish.
 * - In an HTML page or XML document (`page`; by default when the text is one, see markupDocument.ts) a line break
 *   is a space, as a browser shows it, except inside `<pre>` (DocBook: `<programlisting>`, `<screen>`): pages
 *   often wrap the source lines of a paragraph ("werden alle gültigen\nAdressen"), and only tags make
 *   paragraphs and lines there. In an XML document every tag is markup.
 * One pass from left to right; every look-ahead is bounded or cached, so the cost is linear in the text.
 */
export function cleanText(text: string, options: CleanTextOptions = {}): DerivedText {
  const page = options.page ?? isMarkupDocument(text);
  const subtitles = !page && isSubtitleText(text);
  // A subtitle file's tags (<i>, <font color=…>, WebVTT's <v Speaker>) are all markup, as in XML.
  return new Cleaner(text, page, options.xml ?? (isXmlDocument(text) || subtitles), subtitles, options.linkTitles).run();
}

/** What kind of document the text is (or is part of); by default decided from the text itself. */
export interface CleanTextOptions {
  /** An HTML page or XML document: line breaks are spaces outside preformatted elements. */
  page?: boolean;
  /** An XML document: every tag is markup. */
  xml?: boolean;
  /**
   * The titles empty cross-references show, by target: `<link xref="net-wireless"/>` reads as the
   * linked page's title, as Yelp shows it (found by the reader, see read/linkTitles.ts).
   */
  linkTitles?: Readonly<Record<string, string>>;
}

class Cleaner {
  private readonly out: DerivedTextBuilder;
  private readonly markup: MarkupFinder;
  /** Start of the source text not yet handed to the builder. */
  private pending = 0;
  /** Lines up to here were already found not to be a letter-spaced word. */
  private letterSpacedChecked = -1;
  /** Open `<pre>` elements: their line breaks are kept in a page. */
  private preformatted = 0;
  /** Seams between the pages of extracted text or the cues of a subtitle file, and the next one not yet reached. */
  private readonly seams: PageSeam[];
  private nextSeam = 0;

  constructor(
    private readonly text: string,
    private readonly page: boolean,
    xml: boolean,
    private readonly subtitles: boolean,
    private readonly linkTitles: Readonly<Record<string, string>> = {},
  ) {
    this.out = new DerivedTextBuilder(text);
    this.markup = new MarkupFinder(text, xml);
    this.seams = page ? [] : subtitles ? subtitleSeams(text) : pageSeams(text);
  }

  run(): DerivedText {
    const { text } = this;
    let position = 0;
    let lineStart = true;
    let blankBefore = true;
    while (position < text.length) {
      const seam = this.seamAt(position);
      if (seam) {
        position = this.edit(seam.start, seam.end, seam.replacement);
        lineStart = seam.replacement !== ' ';
        blankBefore = seam.replacement !== ' ' && seam.replacement !== '\n';
        continue;
      }
      const code = text.charCodeAt(position);
      if (isSpace(code) && !isInvisible(code)) {
        const end = this.whitespace(position);
        const breaks = lineBreaks(text, position, end);
        if (breaks > 0) {
          lineStart = true;
          blankBefore = breaks >= 2 || position === 0;
        }
        position = end;
        continue;
      }
      if (lineStart) {
        lineStart = false;
        const end = this.lineNoise(position, blankBefore);
        blankBefore = false;
        if (end > position) {
          position = end;
          continue;
        }
      }
      position = mayStartNoise(code) ? this.inline(position, code) : position + 1;
    }
    this.out.copy(this.pending, text.length);
    return this.out.build();
  }

  /** A subtitle's SubStation override block ("{\an8}", "{\i1}") at `position`: placement and style, no text. */
  private overrideTagAt(position: number): { end: number } | undefined {
    if (!this.subtitles) return undefined;
    OVERRIDE_TAG.lastIndex = position;
    return OVERRIDE_TAG.exec(this.text) ? { end: OVERRIDE_TAG.lastIndex } : undefined;
  }

  /** The title an empty cross-reference `<link xref="…"/>` from `start` to `end` shows, if known. */
  private linkTitleOf(start: number, end: number): string | undefined {
    if (this.text.charCodeAt(start + 1) !== 0x6c || this.text.charCodeAt(end - 2) !== 0x2f) return undefined;
    const xref = EMPTY_LINK.exec(this.text.slice(start, end));
    return xref ? this.linkTitles[xref[1]!] : undefined;
  }

  /** The seam that starts at `position`; seams the scan stepped over (inside other noise) are dropped. */
  private seamAt(position: number): PageSeam | undefined {
    while (this.nextSeam < this.seams.length && this.seams[this.nextSeam]!.start < position) this.nextSeam++;
    const seam = this.seams[this.nextSeam];
    if (seam?.start !== position) return undefined;
    this.nextSeam++;
    return seam;
  }

  /** Replaces source[from, to) with `replacement`, after handing over the unchanged text before it. */
  private edit(from: number, to: number, replacement: string): number {
    this.out.copy(this.pending, from);
    this.out.replace(from, to, replacement);
    this.pending = to;
    return to;
  }

  /** A whitespace run: kept, except a single line break before a lone punctuation mark ("pricing\n. Next"). */
  private whitespace(position: number): number {
    const { text } = this;
    let end = position;
    while (end < text.length && isSpace(text.charCodeAt(end)) && !isInvisible(text.charCodeAt(end))) end++;
    if (position > 0 && end < text.length && isLonePunctuation(text, end) && lineBreaks(text, position, end) === 1) {
      return this.edit(position, end, '');
    }
    if (this.page && this.preformatted === 0 && lineBreaks(text, position, end) > 0) return this.edit(position, end, ' ');
    return end;
  }

  /** Noise that takes up a whole line starting at `position` (its first non-space character); returns its end, or `position`. */
  private lineNoise(position: number, blankBefore: boolean): number {
    const { text } = this;
    const rule = ruleLineEnd(text, position);
    if (rule > 0) return this.edit(position, rule, '');
    if (blankBefore) {
      const page = pageNumberLineEnd(text, position);
      if (page > 0 && blankLineFollows(text, page)) return this.edit(position, page, '');
    }
    if (position > this.letterSpacedChecked) {
      const { pieces, scanned } = letterSpacedWord(text, position);
      if (!pieces) {
        this.letterSpacedChecked = scanned;
        return position;
      }
      for (let k = 1; k + 1 < pieces.length; k += 2) this.edit(pieces[k]!, pieces[k + 1]!, '');
      return pieces[pieces.length - 1]!;
    }
    return position;
  }

  /** Markup or noise starting at `position` inside a line; returns where the scan goes on. */
  private inline(position: number, code: number): number {
    const { text, markup } = this;
    switch (code) {
      case 0x3c: { // <
        const tag = markup.tagAt(position);
        if (!tag) return position + 1;
        if (this.page) this.preformatted = Math.max(0, this.preformatted + preformattedChange(text, position));
        return this.edit(position, tag.end, this.linkTitleOf(position, tag.end) ?? (tag.replacement || betweenTouching(text, position)));
      }
      case 0x26: { // &
        const escaped = markup.escapedTagAt(position);
        if (escaped) return this.edit(position, escaped.end, escaped.replacement);
        const entity = entityAt(text, position);
        return entity ? this.edit(position, entity.end, entity.value) : position + 1;
      }
      case 0x7b: { // {
        const placeholder = markup.placeholderAt(position) ?? this.overrideTagAt(position);
        return placeholder ? this.edit(position, placeholder.end, '') : position + 1;
      }
      case 0x5c: { // \
        const escape = escapeSequenceAt(text, position);
        return escape ? this.edit(position, escape.end, escape.value) : position + 1;
      }
      case 0x60: // `
        return text.charCodeAt(position + 1) === 0x60 ? this.edit(position, position + 2, '"') : this.edit(position, position + 1, "'");
      case 0x27: // '
        return text.charCodeAt(position + 1) === 0x27 ? this.edit(position, position + 2, '"') : position + 1;
      case 0x2e: case 0x2026: { // . …
        const run = dotRun(text, position);
        if (!run.leader) return run.end;
        const page = leaderPageEnd(text, run.end);
        return page >= 0 ? this.edit(position, page, '\n\n') : this.edit(position, run.end, ' ');
      }
      default:
        if (isInvisible(code)) return this.edit(position, position + 1, '');
        if (isRuleChar(code) || code === 0x2a) {
          const end = ruleRunEnd(text, position);
          if (end > 0) return this.edit(position, end, ' ');
          let next = position + 1;
          while (text.charCodeAt(next) === code) next++;
          return next;
        }
        return position + 1;
    }
  }
}

/** ASCII characters that may start markup or noise inside a line: < & { \ ` ' . and the rule characters. */
const NOISE_START = new Uint8Array(128);
for (const c of '<&{\\`\'.*/|=_~#+-') NOISE_START[c.charCodeAt(0)] = 1;

/** Could markup or noise start with this character? A cheap filter in front of `inline`. */
function mayStartNoise(code: number): boolean {
  return code < 128 ? NOISE_START[code] === 1 : code === 0x2026 || isInvisible(code) || isRuleChar(code);
}

/**
 * What stands between two elements that touch, for the tag at `position`: a link right after a link
 * (`<a>Home</a><a>News</a>`, a menu) is a space, not "HomeNews"; a key right after a key (Mallard's
 * `<keyseq><key>Ctrl</key><key>C</key></keyseq>`, DocBook's `<keycombo><keycap>`) is "+", as Yelp shows "Ctrl+C".
 */
function betweenTouching(text: string, position: number): string {
  const before = text.slice(Math.max(0, position - 9), position).toLowerCase();
  const after = text.slice(position, position + 8);
  for (const { closer, opener, separator } of TOUCHING) {
    if (before.endsWith(closer) && opener.test(after)) return separator;
  }
  return '';
}

/** Elements that read as separate words when one follows the other directly, and what stands between them. */
const TOUCHING = ([['a', ' '], ['key', '+'], ['keycap', '+']] as const).map(([element, separator]) => ({
  closer: `</${element}>`,
  opener: new RegExp(`^<${element}[\\s>]`, 'i'),
  separator,
}));

/** +1 for a tag at `position` that opens a `<pre>`, −1 for one that closes it, else 0. */
function preformattedChange(text: string, position: number): number {
  PRE_TAG.lastIndex = position;
  const match = PRE_TAG.exec(text);
  return match ? (match[1] ? -1 : 1) : 0;
}

const PRE_TAG = /<(\/?)(?:pre|textarea|listing|programlisting|screen|literallayout|synopsis)(?=[\s>/])/iy;

const EMPTY_LINK = new RegExp(`^${EMPTY_LINK_SOURCE}$`);

/** A SubStation override block in a subtitle: braces around a backslash code, no spaces ("{\\an8}"). */
const OVERRIDE_TAG = /\{\\[^{}\s]*\}/y;

/** Line breaks in text[start, end), counting \r\n once. */
function lineBreaks(text: string, start: number, end: number): number {
  let count = 0;
  for (let k = start; k < end; k++) {
    const code = text.charCodeAt(k);
    if (isLineBreak(code) && !(code === 0x0a && k > start && text.charCodeAt(k - 1) === 0x0d)) count++;
  }
  return count;
}

/**
 * One of . , ; : ! ? standing alone: followed by whitespace or the end of the text — but not by a gap of three
 * spaces or a tab before more text on its line, which makes it an item's tag ("?      The preceding item is
 * optional", a manual page's list of operators; see blocks.ts).
 */
function isLonePunctuation(text: string, position: number): boolean {
  const code = text.charCodeAt(position);
  if (!(code === 0x2e || code === 0x2c || code === 0x3b || code === 0x3a || code === 0x21 || code === 0x3f)) return false;
  if (position + 1 >= text.length) return true;
  if (!isSpace(text.charCodeAt(position + 1))) return false;
  TAG_GAP.lastIndex = position + 1;
  return !TAG_GAP.test(text);
}

/** A gap after a tag: a tab or three spaces, then more text on the line. */
const TAG_GAP = /(?:\t| {3})[^\S\r\n]*\S/y;
