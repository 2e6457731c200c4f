import { describe, expect, it } from 'vitest';
import { odtText } from '../../../src/read/office/odt.js';

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
