import type { AlignmentDocument } from '../core/types.js';
import { formatAlignmentJson } from './json.js';

/** One file a writer produces; `suffix` is appended to the -o path ('' for the main output). */
export interface WrittenFile {
  suffix: string;
  content: string;
}

export interface WriterOptions {
  /** Only links with at least this score are exported (formats for corpus/CAT tools). */
  minScore?: number;
}

export interface AlignmentWriter {
  name: string;
  description: string;
  /** True when the writer produces several files and so needs -o. */
  needsOutputPath: boolean;
  /** May return a promise, so a heavy writer can load its code only when it is used. */
  write(doc: AlignmentDocument, options: WriterOptions): WrittenFile[] | Promise<WrittenFile[]>;
}

const WRITERS: AlignmentWriter[] = [
  {
    name: 'json',
    description: 'satzpaar alignment JSON (docs/format.md)',
    needsOutputPath: false,
    write: (doc) => [{ suffix: '', content: formatAlignmentJson(doc) }],
  },
  {
    name: 'html',
    description: 'side-by-side HTML report for reviewers (one self-contained file)',
    needsOutputPath: false,
    // The report shows every link, with the claims diff marked in it; --min-score only sets
    // where its "low confidence" filter starts. Renderer and claims diff load on use, keeping
    // the CLI's start-up (which reads this registry for --help) fast.
    write: async (doc, options) => {
      const [{ renderReport }, { diffClaims }] = await Promise.all([import('./html/index.js'), import('../claims/index.js')]);
      return [{ suffix: '', content: renderReport(doc, diffClaims(doc), { lowScoreThreshold: options.minScore }) }];
    },
  },
];

export const ALIGNMENT_FORMATS = WRITERS.map((w) => w.name);

export function writerFor(name: string): AlignmentWriter {
  const writer = WRITERS.find((w) => w.name === name);
  if (!writer) throw new Error(`unknown format ${name}`);
  return writer;
}
