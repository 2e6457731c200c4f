import type { ChalkInstance } from 'chalk';
import type { ClaimsDiffDocument } from '../../core/claims.js';

export interface ClaimsWriterOptions {
  /** Text format: list every match instead of counting them. */
  verbose: boolean;
  /** Colours for the text format; level 0 when writing to a file or when NO_COLOR is set. */
  chalk: ChalkInstance;
}

export type ClaimsFormatter = (doc: ClaimsDiffDocument, options: ClaimsWriterOptions) => string;

/**
 * The output formats of `satzpaar diff`. Each writer is imported only when chosen, so adding one
 * (e.g. an HTML report) is one entry here and costs nothing at start-up.
 */
const WRITERS: Array<{ name: string; description: string; load: () => Promise<ClaimsFormatter> }> = [
  { name: 'text', description: 'for the terminal: conflicts first, with both sentences', load: async () => (await import('./text.js')).formatClaimsText },
  { name: 'json', description: 'satzpaar claims JSON (docs/format.md)', load: async () => (await import('./json.js')).formatClaimsJson },
];

export const CLAIMS_FORMATS = WRITERS.map((w) => w.name);

export async function claimsFormatter(name: string): Promise<ClaimsFormatter> {
  const writer = WRITERS.find((w) => w.name === name);
  if (!writer) throw new Error(`unknown claims format ${name}`);
  return writer.load();
}
