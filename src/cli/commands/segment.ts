import { UserError } from '../../core/errors.js';
import type { Lang, Sentence } from '../../core/types.js';
import { notEnglishOrGerman } from '../../language/assign.js';
import { detectLanguage } from '../../language/detect.js';
import { splitSentences } from '../../pipeline/alignDocuments.js';
import type { Encoding } from '../../read/decode.js';
import { readDocument } from '../../read/readDocument.js';
import { cleanText } from '../../segment/clean.js';
import { segment } from '../../segment/segment.js';
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
    throw new UserError('--clean and --presegmented exclude each other: pre-segmented lines are taken as they are; drop one of them');
  }
  const abbreviations = options.abbreviations ? await readAbbreviations(options.abbreviations) : undefined;
  const parts: string[] = [];
  for (const path of files) {
    const doc = await readDocument(path, options.encoding);
    // In clean mode the language is told from what a reader sees, not from the tag names of an HTML page.
    const lang = options.lang ?? detectedLang(path, options.clean ? cleanText(doc.text).text : doc.text);
    const sentences: Array<Sentence & { clean?: string }> = options.clean
      ? segment(doc.text, lang, { abbreviations, clean: true })
      : splitSentences(doc.text, lang, { presegmented: options.presegmented ?? false, segmentOptions: { abbreviations } });
    if (options.format === 'jsonl') {
      parts.push(JSON.stringify({ path, lang, sentences }) + '\n');
    } else {
      parts.push(sentences.map((s) => (s.clean ?? s.text.replace(/\s+/g, ' ')) + '\n').join(''));
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
