import { parseXml, type XmlElement } from '@rgrove/parse-xml';
import { blockText, type BlockRules } from './blocks.js';

/** Paragraphs and headings; list items and table cells hold paragraphs of their own. */
const BLOCKS = new Set(['text:p', 'text:h']);

/**
 * Not prose: a footnote's number, comments, deleted text kept for change tracking, forms, declarations,
 * and the indexes the word processor generates (a table of contents, an alphabetical index: page furniture).
 */
const SKIPPED = new Set([
  'text:note-citation',
  'office:annotation',
  'office:annotation-end',
  'text:tracked-changes',
  'office:forms',
  'text:sequence-decls',
  'svg:desc',
  'svg:title',
  'text:table-of-content',
  'text:alphabetical-index',
  'text:illustration-index',
  'text:table-index',
  'text:object-index',
  'text:user-index',
  'text:bibliography',
]);

/** Text boxes sit inside a paragraph: they become blocks after it. */
const DEFERRED = new Set(['draw:frame']);

const ODT_RULES: BlockRules = {
  isBlock: (element) => BLOCKS.has(element.name),
  isSkipped: (element) => SKIPPED.has(element.name),
  isDeferred: (element) => DEFERRED.has(element.name),
  // Footnotes and endnotes follow the text, where Word's converter (mammoth) puts them too.
  isNote: (element) => element.name === 'text:note',
  inlineText: (element) => {
    switch (element.name) {
      case 'text:s':
        return ' '.repeat(Number(element.attributes['text:c'] ?? '1') || 1);
      case 'text:tab':
        return '\t';
      case 'text:line-break':
        return '\n';
      default:
        return undefined;
    }
  },
};

/** The text of an OpenDocument text's `content.xml`, as blank-line-separated blocks. */
export function odtText(contentXml: string): string {
  const root = parseXml(contentXml).root as XmlElement;
  const body = root.children.find((node): node is XmlElement => (node as XmlElement).name === 'office:body');
  return body ? blockText(body, ODT_RULES) : '';
}
