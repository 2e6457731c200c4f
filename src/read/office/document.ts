import type JSZip from 'jszip';
import { UserError } from '../../core/errors.js';
import type { DocumentInput } from '../../core/types.js';

export interface OfficeText {
  text: string;
  input: DocumentInput;
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ODT_MIMETYPE = 'application/vnd.oasis.opendocument.text';

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.length <= bytes.length && magic.every((b, k) => bytes[k] === b);
}

/**
 * The text of a Word (.docx) or OpenDocument text (.odt) file, or undefined when `bytes` are neither
 * (a text file, or another binary the decoder names). A password-protected, damaged or textless
 * office file is a one-line UserError naming the file and what to do.
 */
export async function readOfficeDocument(path: string, bytes: Buffer): Promise<OfficeText | undefined> {
  if (startsWith(bytes, OLE)) {
    // Word and LibreOffice keep an encrypted .docx in an OLE container whose stream is "EncryptedPackage".
    if (bytes.includes(Buffer.from('EncryptedPackage', 'utf16le'))) throw new UserError(protectedMessage(path));
    return undefined;
  }
  if (!startsWith(bytes, ZIP)) return undefined;
  // Loaded only for a ZIP file: every command reads documents, few of them Word or OpenDocument files.
  const { default: JSZipLibrary } = await import('jszip');
  let zip: JSZip;
  try {
    zip = await JSZipLibrary.loadAsync(bytes);
  } catch {
    throw new UserError(`${path}: damaged document (not a readable ZIP archive, as .docx and .odt files are); open it and save it again, or save it as plain text (UTF-8)`);
  }
  const kind = await officeKind(zip);
  if (kind === undefined) return undefined;
  const text = await extract(path, zip, bytes, kind);
  if (text.trim() === '') {
    const macros = zip.file(/vbaProject\.bin$|^Basic\//).length > 0;
    throw new UserError(`${path}: the ${kind === 'docx' ? 'Word' : 'OpenDocument'} document has no text${macros ? ' (only macros)' : ''}; give a document with some text in it`);
  }
  return { text, input: { format: kind, offsets: 'extracted-text' } };
}

async function officeKind(zip: JSZip): Promise<'docx' | 'odt' | undefined> {
  if (zip.file('word/document.xml')) return 'docx';
  const mimetype = await zip.file('mimetype')?.async('string');
  return mimetype?.trim() === ODT_MIMETYPE ? 'odt' : undefined;
}

async function extract(path: string, zip: JSZip, bytes: Buffer, kind: 'docx' | 'odt'): Promise<string> {
  if (kind === 'odt' && (await zip.file('META-INF/manifest.xml')?.async('string'))?.includes('encryption-data')) {
    throw new UserError(protectedMessage(path));
  }
  try {
    if (kind === 'docx') return await (await import('./docx.js')).docxText(bytes);
    const content = await zip.file('content.xml')?.async('string');
    if (content === undefined) throw new Error('no content.xml');
    return (await import('./odt.js')).odtText(content);
  } catch (error) {
    if (error instanceof UserError) throw error;
    const name = kind === 'docx' ? 'Word' : 'OpenDocument';
    throw new UserError(`${path}: damaged ${name} document (${describe(error)}); open it and save it again, or save it as plain text (UTF-8)`);
  }
}

function protectedMessage(path: string): string {
  return `${path}: the document is password-protected (encrypted); save a copy without the password and give that`;
}

function describe(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).replace(/\s*\n[\s\S]*/, '');
}
