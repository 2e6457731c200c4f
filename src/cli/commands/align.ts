import type { AlignmentDocument } from '../../core/types.js';
import type { AlignSettings } from '../../core/settings.js';
import { analysisThreadFor } from '../analysisThreadChoice.js';
import { startAlignment, startAlignmentBeside } from '../../pipeline/startAlignment.js';
import { readDocument, type SourceDocument } from '../../read/readDocument.js';
import { alignSettingsFrom } from '../alignSettings.js';
import type { AlignOptionValues } from '../alignOptions.js';
import { outputWriter, writeAlignment, type WriteAlignmentOptions } from '../writeAlignment.js';
import { CLI_WORDS } from '../optionWords.js';

export interface AlignCliOptions extends WriteAlignmentOptions, AlignOptionValues {}

export async function runAlign(fileA: string, fileB: string, options: AlignCliOptions): Promise<void> {
  const inputs = filesRead([fileA, fileB], options);
  outputWriter(options, inputs);
  const alignment = await alignFiles(fileA, fileB, await alignSettingsFrom(options));
  await writeAlignment(alignment, options, inputs);
}

/** Every file an aligning command reads: inputs that -o must never overwrite. */
export function filesRead(documents: string[], options: Pick<AlignOptionValues, 'abbreviations' | 'lexicon'>): string[] {
  const extra = [options.abbreviations, typeof options.lexicon === 'string' ? options.lexicon : undefined];
  return [...documents, ...extra.filter((path): path is string => path !== undefined)];
}

/**
 * Reads two documents and aligns them, for `align` and `diff`. A pair large enough analyses its German
 * side in a worker thread on a second core (batch does not come here: its pool keeps the cores busy).
 */
export async function alignFiles(fileA: string, fileB: string, settings: AlignSettings): Promise<AlignmentDocument> {
  const documents = await Promise.all([readDocument(fileA, settings.encoding), readDocument(fileB, settings.encoding)]);
  const pair: [SourceDocument, SourceDocument] = [documents[0], documents[1]];
  const thread = analysisThreadFor(pair.map((doc) => doc.text));
  try {
    const resources = { words: CLI_WORDS };
    const started = thread ? await startAlignmentBeside(pair, settings, thread.analyse, resources) : startAlignment(pair, settings, resources);
    // Comparable mode's code and the claims it reads (a quarter of a one-line align's time) load only for that mode.
    return started.finish(started.needsComparable ? (await import('../../pipeline/comparableStage.js')).comparableStage : undefined);
  } finally {
    thread?.close();
  }
}
