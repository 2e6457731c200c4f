import { UserError } from '../../core/errors.js';
import type { Lang } from '../../core/types.js';
import { notEnglishOrGerman } from '../../language/assign.js';
import { detectLanguage } from '../../language/detect.js';
import { splitSentences } from '../../pipeline/alignDocuments.js';
import type { Encoding } from '../../read/decode.js';
import { readDocument } from '../../read/readDocument.js';
import { assertNotAnInput, writeOutput } from '../output.js';
import { readAbbreviations } from './align.js';

export interface SegmentCliOptions {
  lang?: Lang;
  format: 'text' | 'jsonl';
  output?: string;
  presegmented?: boolean;
  abbreviations?: string;
  encoding?: Encoding;
}

export async function runSegment(files: string[], options: SegmentCliOptions): Promise<void> {
  assertNotAnInput(options.output, files);
  const abbreviations = options.abbreviations ? await readAbbreviations(options.abbreviations) : undefined;
  const parts: string[] = [];
  for (const path of files) {
    const doc = await readDocument(path, options.encoding);
    const lang = options.lang ?? detectedLang(path, doc.text);
    const sentences = splitSentences(doc.text, lang, { presegmented: options.presegmented ?? false, segmentOptions: { abbreviations } });
    if (options.format === 'jsonl') {
      parts.push(JSON.stringify({ path, lang, sentences }) + '\n');
    } else {
      parts.push(sentences.map((s) => s.text.replace(/\s+/g, ' ') + '\n').join(''));
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
