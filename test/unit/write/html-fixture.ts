import type { Finding } from '../../../src/core/claims.js';
import type { AlignMode, AlignmentDocument, AlignmentLink } from '../../../src/core/types.js';

export { client, reportData, rowsOf } from '../../helpers/report.js';

/** A small hand-made alignment; offsets are laid out as if the sentences stood one per line. */
export function alignmentOf(mode: AlignMode, en: string[], de: string[], alignments: AlignmentLink[]): AlignmentDocument {
  const sentences = (texts: string[]) => {
    let offset = 0;
    return texts.map((text) => {
      const sentence = { text, start: offset, end: offset + text.length };
      offset += text.length + 1;
      return sentence;
    });
  };
  const info = (lang: 'en' | 'de') => ({
    path: `docs/${lang}-article.txt`,
    sha256: (lang === 'en' ? 'a' : 'b').repeat(64),
    language: { detected: lang, confidence: 1, source: 'detected' as const },
    segmentation: 'rules' as const,
  });
  return {
    format: 'satzpaar-alignment',
    version: 1,
    mode,
    modeReason: `forced with --mode ${mode}`,
    generator: { name: 'satzpaar', version: '0.0.0-test' },
    documents: { en: info('en'), de: info('de') },
    sentences: { en: sentences(en), de: sentences(de) },
    alignments,
  };
}

/** A finding whose sides point at `surface` inside the given sentences. */
export function findingIn(
  doc: AlignmentDocument,
  status: Finding['status'],
  en: { sentence: number; surface: string; value?: string } | null,
  de: { sentence: number; surface: string; value?: string } | null,
  type: Finding['type'] = 'date',
): Finding {
  const side = (lang: 'en' | 'de', where: { sentence: number; surface: string; value?: string } | null) => {
    if (!where) return null;
    const start = doc.sentences[lang][where.sentence]!.text.indexOf(where.surface);
    if (start < 0) throw new Error(`${where.surface} is not in ${lang} sentence ${where.sentence}`);
    return { sentence: where.sentence, text: where.surface, start, end: start + where.surface.length, value: where.value ?? where.surface };
  };
  return { status, type, en: side('en', en), de: side('de', de) };
}

/** Checks that every element opened is closed in order (void elements aside): the marks nest. */
export function expectWellNested(html: string): void {
  const VOID = new Set(['meta', 'input', 'col', 'br', 'img', 'link', 'hr', '!doctype']);
  const body = html.replace(/<script[^>]*>[\s\S]*?<\/script>/g, '').replace(/<style>[\s\S]*?<\/style>/g, '');
  const stack: string[] = [];
  for (const match of body.matchAll(/<(\/?)([a-zA-Z!][a-zA-Z0-9]*)[^>]*>/g)) {
    const [, closing, rawName] = match;
    const name = rawName!.toLowerCase();
    if (VOID.has(name)) continue;
    if (!closing) {
      stack.push(name);
      continue;
    }
    const open = stack.pop();
    if (open !== name) throw new Error(`</${name}> closes <${open}> at offset ${match.index}`);
  }
  if (stack.length > 0) throw new Error(`unclosed: ${stack.join(', ')}`);
}
