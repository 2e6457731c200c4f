import { UserError } from '../../core/errors.js';
import { readExportInput } from '../../read/exportInput.js';
import { outputWriter, writeAlignment, type WriteAlignmentOptions } from '../writeAlignment.js';

export interface ExportCliCommandOptions extends WriteAlignmentOptions {
  /** `--documents`: the two documents an edited sheet was made from, to check its texts against. */
  documents?: string[];
}

export async function runExport(path: string, options: ExportCliCommandOptions): Promise<void> {
  const inputs = path === '-' ? [] : [path];
  if (options.documents !== undefined && options.documents.length !== 2) {
    throw new UserError(`--documents ${options.documents.join(',')}: give the two documents the sheet was made from, separated by a comma`);
  }
  outputWriter(options, inputs);
  const { doc, warning } = await readExportInput(path, options.documents);
  if (warning) process.stderr.write(`satzpaar: ${warning}\n`);
  // The documents the alignment was made from are inputs too: never overwrite them.
  await writeAlignment(doc, options, [...inputs, doc.documents.en.path, doc.documents.de.path]);
}
