/**
 * Whether a document is an HTML or XHTML page rather than text: it opens — after whitespace, an XML
 * declaration or comments — with a doctype or an `<html>` tag. The pipeline reads such pages in clean
 * mode without being asked: their tags are no sentences, and their language is that of their text,
 * not of their markup.
 */
export function isHtmlPage(text: string): boolean {
  return HTML_PAGE_START.test(text.slice(0, 4096));
}

/**
 * Whether a document declares itself XML (DocBook, TEI, XLIFF, XHTML, Mallard): it opens with `<?xml`, or
 * with a root element that declares a namespace (`<page xmlns="http://projectmallard.org/1.0/">`, as GNOME's
 * help pages do without a declaration). A fragment such as `<p>Hi.</p>` is no XML document.
 */
export function isXmlDocument(text: string): boolean {
  return XML_START.test(text.slice(0, 64)) || NAMESPACED_ROOT.test(text.slice(0, 4096));
}

/** An HTML page or an XML document: read in clean mode, its line breaks as spaces outside preformatted elements. */
export function isMarkupDocument(text: string): boolean {
  return isXmlDocument(text) || isHtmlPage(text);
}

const XML_START = /^\uFEFF?\s*<\?xml[\s?]/;

const NAMESPACED_ROOT = /^\uFEFF?\s*(?:<!--[\s\S]*?-->\s*)*<[A-Za-z][\w.:-]*\s[^<>]*?\bxmlns(?::[\w.-]+)?\s*=/;

const HTML_PAGE_START = /^\uFEFF?\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html[\s>])/i;
