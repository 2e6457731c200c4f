import { readAlignment } from '../../read/readAlignment.js';
import { writerFor } from '../../write/formats.js';
import { assertNotAnInput, writeOutput } from '../output.js';

export interface ReportCliOptions {
  output?: string;
  minScore?: number;
}

/** `satzpaar report`: the same page as `align --format html`, from a saved alignment. */
export async function runReport(file: string, options: ReportCliOptions): Promise<void> {
  assertNotAnInput(options.output, [file]);
  const alignment = await readAlignment(file);
  for (const written of await writerFor('html').write(alignment, { minScore: options.minScore })) {
    await writeOutput(options.output === undefined ? undefined : options.output + written.suffix, written.content);
  }
}
