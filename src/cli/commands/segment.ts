import { UserError } from '../../core/errors.js';
import type { Lang } from '../../core/types.js';
import { readerText } from '../../segment/readerText.js';
import { unknownLanguage } from '../../language/assign.js';
import { describeUnknownLanguage } from '../../core/problems.js';
import { detectLanguage } from '../../language/detect.js';
import { readDocument } from '../../read/readDocument.js';
import { prepareDocument, sentencesOf } from '../../segment/document.js';
import { splitSettingsFrom } from '../alignSettings.js';
import type { SplitOptionValues } from '../alignOptions.js';
import { checkOutputPath, writeOutput } from '../../io/output.js';

export interface SegmentCliOptions extends SplitOptionValues {
  lang?: Lang;
  format: 'text' | 'jsonl';
  output?: string;
}

export async function runSegment(files: string[], options: SegmentCliOptions): Promise<void> {
  checkOutputPath(options.output, files);
  const settings = await splitSettingsFrom(options);
  const parts: string[] = [];
  for (const path of files) {
    const doc = await readDocument(path, settings.encoding);
    // HTML pages are read in clean mode like --clean input, as align reads them.
    const prepared = prepareDocument(doc, settings);
    const lang = options.lang ?? detectedLang(path, prepared.readable);
    const sentences = sentencesOf(prepared, lang, settings);
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
    throw new UserError(describeUnknownLanguage(unknownLanguage(path, detection.best), '--lang en or --lang de'));
  }
  return detection.lang;
}
