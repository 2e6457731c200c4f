import type { ClaimsFormatter } from './options.js';

/**
 * The output formats of `satzpaar diff`. Each writer is imported only when chosen, so adding one
 * (e.g. an HTML report) is one entry here and costs nothing at start-up.
 */
const WRITERS: Array<{ name: string; description: string; load: () => Promise<ClaimsFormatter> }> = [
  { name: 'text', description: 'for the terminal: conflicts first, with both sentences', load: async () => (await import('./text.js')).formatClaimsText },
  { name: 'json', description: 'satzpaar claims JSON (docs/format.md)', load: async () => (await import('./json.js')).formatClaimsJson },
  {
    name: 'html',
    description: 'the side-by-side HTML report with the findings marked (as align --format html)',
    load: async () => {
      const { renderReport } = await import('../html/index.js');
      return (doc, options) => renderReport(options.alignment, doc.findings);
    },
  },
];

export const CLAIMS_FORMATS = WRITERS.map((w) => w.name);

export async function claimsFormatter(name: string): Promise<ClaimsFormatter> {
  const writer = WRITERS.find((w) => w.name === name);
  if (!writer) throw new Error(`unknown claims format ${name}`);
  return writer.load();
}
