import { markupText } from '../../segment/entities.js';
import type { Sentence } from '../../core/types.js';

/**
 * What a sentence's markup marks in its reader text (clean mode only): interface labels, keys and
 * code, which hold no claims, and link texts, whose capitals say nothing about names.
 */
export interface MarkedSpans {
  labels: ReadonlyArray<[number, number]>;
  links: ReadonlyArray<[number, number]>;
}

export const NO_MARKS: MarkedSpans = { labels: [], links: [] };

export function markedSpans(sentence: Sentence): MarkedSpans {
  if (sentence.clean === undefined) return NO_MARKS;
  return { labels: textSpans(sentence.clean, interfaceTexts(sentence.text)), links: textSpans(sentence.clean, linkTexts(sentence.text)) };
}

/**
 * Interface labels, keys, commands, file names and code that markup marks as such: Mallard's
 * `<gui>Settings</gui>`, `<key>Ctrl</key>`, `<app>Files</app>`; DocBook's `<guilabel>`, `<keycap>`,
 * `<filename>`, `<literal>`; HTML made from them (`<span class="guilabel">`, `<code class="literal">`)
 * and HTML's `<code>`, `<kbd>`, `<samp>`. They name parts of a program, not the world: a translation
 * renames the labels ("Activities" → "Aktivitäten") and keeps the code, so neither is a claim.
 */
const MARKED_ELEMENT = new RegExp(
  [
    // A leaf element of help or DocBook markup.
    String.raw`<(gui\w*|key\w*|cmd|command|code|literal|file|filename|input|output|sys|systemitem|userinput|computeroutput|var|varname|envar|option|replaceable|app|application|kbd|samp|tt)\b[^<>]*>([^<]*)</\1>`,
    // HTML rendered from DocBook: the element's class names what it was.
    String.raw`<(span|code|strong|em|b|i)\s[^<>]*class="(?:gui\w*|keycap|keycombo|application|command|filename|literal|option|systemitem|userinput|computeroutput|varname|envar|replaceable)"[^<>]*>((?:(?!</\3>)[\s\S])*)</\3>`,
  ].join('|'),
  'giu',
);

/** The texts of a sentence's marked elements, as a reader sees them; `source` is the sentence's markup. */
export function interfaceTexts(source: string): string[] {
  return [...source.matchAll(MARKED_ELEMENT)].map((m) => markupText(m[2] ?? m[4] ?? '')).filter((text) => text !== '');
}

/**
 * The texts of a sentence's cross-references, as a reader sees them. A cross-reference shows the title
 * of what it points to ("see Applying to Become a Member"), which the translation translates: its
 * capitals say nothing about names (see titleCaseSpans).
 */
export function linkTexts(source: string): string[] {
  return [...source.matchAll(LINK_ELEMENT)].map((m) => markupText(m[2]!)).filter((text) => text !== '');
}

/**
 * A link within the document or its book: HTML `<a href>` to a fragment or a relative path, DocBook's
 * `<link linkend>`, Mallard's `<link xref>`. A link to a web address often names a product or a person
 * ("<a href=\"https://en.wikipedia.org/wiki/GNU_Emacs\">GNU Emacs</a>"), so it stays a name.
 */
const LINK_ELEMENT = /<(a|link)\s(?=[^<>]*\b(?:href="(?![a-z][a-z0-9+.-]*:)|linkend=|xref=))[^<>]*>((?:(?!<\/\1>)[\s\S])*)<\/\1>/giu;

/** Where such texts stand in the sentence's reader text, in order (a text not found is skipped). */
export function textSpans(reader: string, texts: readonly string[]): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let from = 0;
  for (const text of texts) {
    const at = reader.indexOf(text, from);
    if (at < 0) continue;
    spans.push([at, at + text.length]);
    from = at + text.length;
  }
  return spans;
}
