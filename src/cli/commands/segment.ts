import { CLEAN_OR_LINES, UserError } from '../../core/errors.js';
import { readerText, type Lang } from '../../core/types.js';
import { notEnglishOrGerman } from '../../language/assign.js';
import { detectLanguage } from '../../language/detect.js';
import { segmentationOf, splitSentences } from '../../pipeline/alignDocuments.js';
import type { Encoding } from '../../read/decode.js';
import { readDocument } from '../../read/readDocument.js';
import { cleanText } from '../../segment/clean.js';
import { checkOutputPath, writeOutput } from '../output.js';
import { readAbbreviations } from './align.js';

export interface SegmentCliOptions {
  lang?: Lang;
  format: 'text' | 'jsonl';
  output?: string;
  presegmented?: boolean;
  abbreviations?: string;
  clean?: boolean;
  encoding?: Encoding;
}

export async function runSegment(files: string[], options: SegmentCliOptions): Promise<void> {
  checkOutputPath(options.output, files);
  if (options.clean && options.presegmented) {
    throw new UserError(CLEAN_OR_LINES);
  }
  const abbreviations = options.abbreviations ? await readAbbreviations(options.abbreviations) : undefined;
  const splitting = { presegmented: options.presegmented ?? false, segmentOptions: { abbreviations, clean: options.clean } };
  const parts: string[] = [];
  for (const path of files) {
    const doc = await readDocument(path, options.encoding);
    // HTML pages are read in clean mode like --clean input (as align reads them).
    const segmentation = segmentationOf(doc, splitting);
    // In clean mode the language is told from what a reader sees, not from the tag names of an HTML page.
    const cleaned = segmentation === 'clean' ? cleanText(doc.text, { linkTitles: doc.linkTitles }) : undefined;
    const lang = options.lang ?? detectedLang(path, cleaned?.text ?? doc.text);
    const sentences = splitSentences(doc.text, lang, { ...splitting, segmentation, cleaned });
    if (options.format === 'jsonl') {
      // A Word or OpenDocument file's offsets index its extracted text: the record says so, as the alignment JSON does.
      parts.push(JSON.stringify({ path, lang, ...(doc.input ? { input: doc.input } : {}), sentences }) + '\n');
    } else {
      parts.push(sentences.map((s) => readerText(s).replace(/\s+/g, ' ') + '\n').join(''));
    }
  }
  await writeOutput(options.output, parts.join(''));
}

function detectedLang(path: string, text: string): Lang {
  const detection = detectLanguage(text);
  if (!detection.lang) {
    throw new UserError(notEnglishOrGerman(path, detection.best, '--lang en or --lang de'));
  }
  return detection.lang;
}
