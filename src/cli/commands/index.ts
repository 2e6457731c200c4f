import type { Command } from 'commander';
import { defineAlign } from './align.define.js';
import { defineExport } from './export.define.js';
import { defineBatch } from './batch.define.js';
import { defineDiff } from './diff.define.js';
import { defineReport } from './report.define.js';
import { defineEval } from './eval.define.js';
import { defineSegment } from './segment.define.js';

/**
 * Every sub-command, one definition file each (`*.define.ts`: options and help only;
 * the implementation is imported lazily when the command runs, to keep start-up fast).
 */
export const COMMANDS: ReadonlyArray<(program: Command) => void> = [
  defineAlign,
  defineExport,
  defineEval,
  defineSegment,
  defineBatch,
  defineDiff,
  defineReport,
];
