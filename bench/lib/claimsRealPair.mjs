// One page pair of bench/claims-real.mjs, as `satzpaar diff EN DE` with its default options sees it:
// read, aligned (mode auto, the shipped lexicon), diffed. Returns the numbers and the conflicts.
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const { readDocument } = await import(`${root}dist/read/readDocument.js`);
const { alignDocuments } = await import(`${root}dist/pipeline/alignDocuments.js`);
const { DEFAULT_ALIGN_SETTINGS } = await import(`${root}dist/core/settings.js`);
const { diffClaims } = await import(`${root}dist/claims/index.js`);
const { readerText } = await import(`${root}dist/segment/readerText.js`);
const { UserError } = await import(`${root}dist/core/errors.js`);

/** Characters of a sentence a sample shows, around the claim. */
const WIDTH = 160;

/**
 * `{ status: 'ok', mode, sentences, links, linked, findings, conflicts }`, or `{ status: 'language', message }`
 * when language detection does not find one English and one German page (an untranslated German page),
 * or `{ status: 'error', message }`.
 */
export default async function diffPair({ en, de }) {
  let alignment;
  try {
    // As src/cli/commands/align.ts alignFiles does with diff's defaults (no --langs, --clean, --sentence-links,
    // --abbreviations, --lexicon): HTML and Mallard pages are read in clean mode by their content.
    const documents = await Promise.all([readDocument(en), readDocument(de)]);
    alignment = alignDocuments(documents, { ...DEFAULT_ALIGN_SETTINGS, mode: 'auto', presegmented: false, sentenceLinks: false });
  } catch (error) {
    if (error instanceof UserError && /both look|tell its language|neither English nor German/.test(error.message)) {
      return { status: 'language', message: error.message };
    }
    return { status: 'error', message: error instanceof Error ? error.message : String(error) };
  }
  if (alignment.documents.en.path !== en) {
    return { status: 'language', message: `${en} read as German and ${de} as English` };
  }
  const findings = diffClaims(alignment);
  const linked = alignment.alignments.filter((link) => link.en.length > 0 && link.de.length > 0).length;
  const byStatus = {};
  const conflicts = [];
  for (const finding of findings) {
    byStatus[finding.status] = (byStatus[finding.status] ?? 0) + 1;
    if (finding.status !== 'conflict') continue;
    conflicts.push({
      type: finding.type,
      reason: finding.basis,
      en: finding.en.text,
      de: finding.de.text,
      enSentence: around(readerText(alignment.sentences.en[finding.en.sentence]), finding.en),
      deSentence: around(readerText(alignment.sentences.de[finding.de.sentence]), finding.de),
    });
  }
  return {
    status: 'ok',
    mode: alignment.mode,
    sentences: { en: alignment.sentences.en.length, de: alignment.sentences.de.length },
    links: alignment.alignments.length,
    linked,
    findings: byStatus,
    conflicts,
  };
}

/** The sentence on one line, cut to WIDTH characters around the claim. */
function around(text, { start, end }) {
  const flat = (s) => s.replace(/\s+/g, ' ');
  if (text.length <= WIDTH) return flat(text).trim();
  const room = Math.max(0, WIDTH - (end - start));
  const from = Math.max(0, Math.min(start - Math.floor(room / 2), text.length - WIDTH));
  const to = Math.min(text.length, from + WIDTH);
  return `${from > 0 ? '…' : ''}${flat(text.slice(from, to)).trim()}${to < text.length ? '…' : ''}`;
}
