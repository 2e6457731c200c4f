import { describe, expect, it } from 'vitest';
import { isHtmlPage, isMarkupDocument, isXmlDocument } from '../../../src/segment/markupDocument.js';

describe('isHtmlPage', () => {
  it.each([
    ['a doctype', '<!DOCTYPE html>\n<html><body><p>Hi.</p></body></html>'],
    ['an XHTML doctype after an XML declaration', '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "x.dtd"><html>'],
    ['an html tag after a comment and a byte order mark', '\uFEFF  <!-- saved from url=(0014)about:internet -->\n<HTML lang="de">'],
  ])('recognises a page opening with %s', (_what, text) => {
    expect(isHtmlPage(text)).toBe(true);
  });

  it.each([
    ['plain text', 'The server was restarted.'],
    ['a fragment with tags', '<p>The <b>server</b> was restarted.</p>'],
    ['text that mentions a tag later', 'Write <html> at the top of the file.'],
    ['an XML document that is not HTML', '<?xml version="1.0"?>\n<tmx version="1.4">'],
    ['an html-like element name', '<htmlish>text</htmlish>'],
  ])('leaves %s alone', (_what, text) => {
    expect(isHtmlPage(text)).toBe(false);
  });

  it('tells XML documents by their declaration; both kinds are markup documents', () => {
    expect(isXmlDocument('<?xml version="1.0"?>\n<chapter><para>Hi.</para></chapter>')).toBe(true);
    expect(isXmlDocument('<chapter><para>Hi.</para></chapter>')).toBe(false);
    // A root element that declares a namespace is XML without a declaration (GNOME's Mallard help pages).
    expect(isXmlDocument('<page xmlns="http://projectmallard.org/1.0/"\n      type="topic" id="net"><title>Hi</title></page>')).toBe(true);
    expect(isXmlDocument('<!-- c -->\n<chapter xmlns:xi="http://www.w3.org/2001/XInclude"><para>Hi.</para></chapter>')).toBe(true);
    expect(isXmlDocument('<p class="x">The xmlns attribute is <b>optional</b>.</p>')).toBe(false);
    expect(isMarkupDocument('<?xml version="1.0"?><tmx version="1.4">')).toBe(true);
    expect(isMarkupDocument('<!DOCTYPE html><p>Hi.</p>')).toBe(true);
    expect(isMarkupDocument('Plain text about <?xml declarations.')).toBe(false);
  });
});
