import mammoth from 'mammoth';
import { parseXml, type XmlElement } from '@rgrove/parse-xml';
import { blockText, type BlockRules } from './blocks.js';

/** HTML elements mammoth writes for Word's paragraphs, headings, list items and table cells. */
const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'td', 'th', 'caption', 'blockquote', 'pre']);

/**
 * Mammoth moves footnotes and endnotes to the end as list items, so they are blocks of their own
 * already; the reference marks ("[1]") in the text and the back links ("↑") in the notes are not
 * prose and are left out.
 */
const HTML_RULES: BlockRules = {
  isBlock: (element) => BLOCKS.has(element.name),
  isSkipped: (element) => {
    if (element.name === 'img') return true;
    if (element.name !== 'a') return false;
    const id = element.attributes.id ?? '';
    const href = element.attributes.href ?? '';
    return /^(footnote|endnote)-ref-/.test(id) || /^#(footnote|endnote)-ref-/.test(href);
  },
  inlineText: (element) => (element.name === 'br' ? '\n' : undefined),
};

/**
 * Paragraph styles of the tables and indexes Word and LibreOffice generate (a table of contents with
 * page numbers, an alphabetical index, a table of figures): page furniture, as an OpenDocument file's
 * index elements are (odt.ts), not text to align. Word's built-in names; mammoth compares them
 * without regard to case ("TOC 1", "toc 1").
 */
const GENERATED_INDEX_STYLES = [
  'TOC Heading',
  'index heading',
  'table of figures',
  ...[1, 2, 3, 4, 5, 6, 7, 8, 9].flatMap((level) => [`toc ${level}`, `index ${level}`]),
];
const STYLE_MAP = GENERATED_INDEX_STYLES.map((style) => `p[style-name='${style}'] => !`);

/** The text of a Word document (.docx), converted by mammoth, as blank-line-separated blocks. */
export async function docxText(bytes: Buffer): Promise<string> {
  // Images are dropped (an empty src): only text is aligned, and data URIs would bloat the HTML.
  const convertImage = mammoth.images.imgElement(async () => ({ src: '' }));
  const { value: html } = await mammoth.convertToHtml({ buffer: bytes }, { convertImage, externalFileAccess: false, styleMap: STYLE_MAP });
  // Mammoth writes well-formed XHTML fragments (escaped text, self-closed empty elements).
  const root = parseXml(`<body>${html}</body>`).root as XmlElement;
  return blockText(root, HTML_RULES);
}
