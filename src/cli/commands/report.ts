import { readAlignment } from '../../read/readAlignment.js';
import { outputWriter, writeAlignment } from '../writeAlignment.js';

export interface ReportCliOptions {
  output?: string;
  minScore?: number;
}

/** `satzpaar report`: the same page as `align --format html`, from a saved alignment. */
export async function runReport(file: string, options: ReportCliOptions): Promise<void> {
  const writeOptions = { format: 'html' as const, output: options.output, minScore: options.minScore };
  outputWriter(writeOptions, [file]);
  const alignment = await readAlignment(file);
  await writeAlignment(alignment, writeOptions, [file, alignment.documents.en.path, alignment.documents.de.path]);
}
