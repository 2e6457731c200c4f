import { entityAt } from '../../segment/entities.js';

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
  const texts: string[] = [];
  for (const m of source.matchAll(MARKED_ELEMENT)) {
    const inner = (m[2] ?? m[4] ?? '')
      .replace(/<[^>]*>/g, '')
      .replace(/&#?[0-9A-Za-z]{1,8};/g, (reference, at: number, markup: string) => entityAt(markup, at)?.value ?? reference)
      .replace(/\s+/g, ' ')
      .trim();
    if (inner !== '') texts.push(inner);
  }
  return texts;
}

/** Where those texts stand in the sentence's reader text, in order (a text not found is skipped). */
export function interfaceSpans(reader: string, texts: readonly string[]): Array<[number, number]> {
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
