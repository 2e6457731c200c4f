import { XmlCdata, XmlElement, XmlText, type XmlNode } from '@rgrove/parse-xml';

/**
 * How a document format's elements become text blocks (paragraphs, headings, list items, table
 * cells, footnotes): the blocks are what the aligner's paragraph marks are made of.
 */
export interface BlockRules {
  /** Elements that are a block of their own (a paragraph, a heading, a table cell's paragraph). */
  isBlock(element: XmlElement): boolean;
  /** Elements whose text is no part of the document's prose (a footnote's reference mark, a deleted change). */
  isSkipped(element: XmlElement): boolean;
  /** Elements that sit inside a paragraph but are blocks of their own, after it (a text box). */
  isDeferred?(element: XmlElement): boolean;
  /** Elements that sit inside a paragraph but are read after the whole text (footnotes, as Word's converter places them too). */
  isNote?(element: XmlElement): boolean;
  /** What an empty element stands for in running text (a line break, a tab, n spaces), if anything. */
  inlineText?(element: XmlElement): string | undefined;
}

/**
 * The text of `root` as blocks separated by a blank line (the paragraph mark every segmenter
 * reads), each block's own line breaks kept. Deferred elements follow the block they sit in and
 * notes follow the whole text, so neither cuts its paragraph in two, and a Word and an OpenDocument
 * version of one text put their footnotes in the same place.
 */
export function blockText(root: XmlElement, rules: BlockRules): string {
  const blocks: string[] = [];
  const notes: XmlElement[] = [];
  let current = '';
  /** Whether `current` ends in a space that came from the markup's whitespace. */
  let collapsible = false;
  const flush = () => {
    const block = current.replace(/^\s+|\s+$/g, '');
    if (block !== '') blocks.push(block);
    current = '';
    collapsible = false;
  };
  const visit = (node: XmlNode, deferred: XmlElement[]): void => {
    if (node instanceof XmlText || node instanceof XmlCdata) {
      // Whitespace in the markup collapses to one space, also across elements ("a <span> b</span>"); spaces,
      // tabs and line breaks the document means are elements (inlineText) and stay. No-break spaces are typography.
      const text = node.text.replace(/[ \t\r\n]+/g, ' ');
      current += collapsible && text.startsWith(' ') ? text.slice(1) : text;
      collapsible = current.endsWith(' ');
      return;
    }
    if (!(node instanceof XmlElement) || rules.isSkipped(node)) return;
    if (rules.isNote?.(node)) {
      notes.push(node);
      return;
    }
    if (rules.isDeferred?.(node)) {
      deferred.push(node);
      return;
    }
    const inline = rules.inlineText?.(node);
    if (inline !== undefined) {
      current += inline;
      collapsible = false;
    } else if (!rules.isBlock(node)) {
      for (const child of node.children) visit(child, deferred);
    } else {
      flush();
      const inside: XmlElement[] = [];
      for (const child of node.children) visit(child, inside);
      flush();
      readDeferred(inside);
    }
  };
  const readDeferred = (elements: XmlElement[]): void => {
    for (const element of elements) {
      const nested: XmlElement[] = [];
      for (const child of element.children) visit(child, nested);
      flush();
      readDeferred(nested);
    }
  };
  const outside: XmlElement[] = [];
  visit(root, outside);
  flush();
  readDeferred(outside);
  // Notes found while reading notes are appended and read in turn.
  for (let k = 0; k < notes.length; k++) readDeferred([notes[k]!]);
  return blocks.join('\n\n');
}
