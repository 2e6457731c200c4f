/**
 * Whether a document is an HTML or XHTML page rather than text: it opens — after whitespace, an XML
 * declaration or comments — with a doctype or an `<html>` tag. The pipeline reads such pages in clean
 * mode without being asked: their tags are no sentences, and their language is that of their text,
 * not of their markup.
 */
export function isHtmlPage(text: string): boolean {
  return HTML_PAGE_START.test(text.slice(0, 4096));
}

const HTML_PAGE_START = /^\uFEFF?\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html[\s>])/i;
