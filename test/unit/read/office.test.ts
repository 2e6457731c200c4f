import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { docxText } from '../../../src/read/office/docx.js';
import { odtText } from '../../../src/read/office/odt.js';
import { buildDocx } from '../../helpers/office.js';

const NS =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"';
const content = (body: string) => `<?xml version="1.0"?><office:document-content ${NS}><office:body><office:text>${body}</office:text></office:body></office:document-content>`;

describe('odtText', () => {
  it('makes paragraphs, headings, list items and table cells blocks separated by a blank line', () => {
    const text = odtText(
      content(
        '<text:h>Title</text:h><text:p>First.</text:p><text:list><text:list-item><text:p>Item one.</text:p></text:list-item></text:list>' +
          '<table:table><table:table-row><table:table-cell><text:p>Cell A.</text:p></table:table-cell><table:table-cell><text:p>Cell B.</text:p></table:table-cell></table:table-row></table:table>',
      ),
    );
    expect(text).toBe('Title\n\nFirst.\n\nItem one.\n\nCell A.\n\nCell B.');
  });

  it('reads spaces, tabs and line breaks as ODF writes them, and collapses markup whitespace', () => {
    expect(odtText(content('<text:p>a<text:s text:c="3"/>b<text:tab/>c<text:line-break/>d\n  e <text:span> f</text:span></text:p>'))).toBe('a   b\tc\nd e f');
  });

  it('puts footnotes after the text without cutting their paragraph, and drops their numbers', () => {
    const text = odtText(
      content('<text:p>Before<text:note><text:note-citation>1</text:note-citation><text:note-body><text:p>The note.</text:p></text:note-body></text:note> after.</text:p><text:p>Next.</text:p>'),
    );
    expect(text).toBe('Before after.\n\nNext.\n\nThe note.');
  });

  it('leaves out comments, deleted text kept for change tracking and generated indexes, keeps no-break spaces', () => {
    const text = odtText(
      content(
        '<text:table-of-content><text:index-body><text:p>Introduction\t3</text:p></text:index-body></text:table-of-content>' +
          '<text:tracked-changes><text:changed-region><text:deletion><text:p>Deleted.</text:p></text:deletion></text:changed-region></text:tracked-changes>' +
          '<text:p>Kept<office:annotation><text:p>A comment.</text:p></office:annotation> text, 10\u00a0%.</text:p>',
      ),
    );
    expect(text).toBe('Kept text, 10\u00a0%.');
  });

  it('reads a text box after the paragraph it is anchored in', () => {
    expect(odtText(content('<text:p>Main<draw:frame><draw:text-box><text:p>Boxed.</text:p></draw:text-box></draw:frame> text.</text:p>'))).toBe('Main text.\n\nBoxed.');
  });
});

describe('docxText', () => {
  it('leaves out a generated table of contents and index (page furniture), as Word and LibreOffice style them', async () => {
    const zip = await JSZip.loadAsync(await buildDocx({ heading: 'Title', paragraphs: ['First.'], listItems: [], tableCells: ['Cell.'], footnote: 'Note.' }));
    const styled = (style: string, text: string) => `<w:p><w:pPr><w:pStyle w:val="${style}"/></w:pPr><w:r><w:t>${text}</w:t></w:r><w:r><w:tab/><w:t>3</w:t></w:r></w:p>`;
    // LibreOffice's style ids with Word's built-in names, as LibreOffice writes a .docx.
    const generated = styled('ContentsHeading', 'Contents') + styled('Contents1', 'Title') + styled('IndexHeading', 'A') + styled('Index1', 'apt');
    // A paragraph of another style keeps its text, the number after its tab included.
    const document = (await zip.file('word/document.xml')!.async('string')).replace('<w:body>', `<w:body>${generated}`).replace('<w:sectPr/>', `${styled('Normal', 'Last line')}<w:sectPr/>`);
    zip.file('word/document.xml', document);
    const names = { ContentsHeading: 'TOC Heading', Contents1: 'toc 1', IndexHeading: 'index heading', Index1: 'index 1', Normal: 'Normal' };
    const styles = Object.entries(names).map(([id, name]) => `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/></w:style>`).join('');
    zip.file('word/styles.xml', (await zip.file('word/styles.xml')!.async('string')).replace('</w:styles>', `${styles}</w:styles>`));
    const text = await docxText(await zip.generateAsync({ type: 'nodebuffer' }));
    expect(text).toBe('Title\n\nFirst.\n\nCell.\n\nLast line 3\n\nNote.');
  });
});
