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

/** The text of a Word document (.docx), converted by mammoth, as blank-line-separated blocks. */
export async function docxText(bytes: Buffer): Promise<string> {
  // Images are dropped (an empty src): only text is aligned, and data URIs would bloat the HTML.
  const convertImage = mammoth.images.imgElement(async () => ({ src: '' }));
  const { value: html } = await mammoth.convertToHtml({ buffer: bytes }, { convertImage, externalFileAccess: false });
  // Mammoth writes well-formed XHTML fragments (escaped text, self-closed empty elements).
  const root = parseXml(`<body>${html}</body>`).root as XmlElement;
  return blockText(root, HTML_RULES);
}
