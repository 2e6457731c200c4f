import { unlinkSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import { EXIT_FAILURE, EXIT_INPUT, UserError } from '../core/errors.js';
import { VERSION } from '../core/version.js';
import { ALIGNMENT_FORMATS } from '../write/formats.js';
import { removePendingTempFilesSync } from './output.js';

const debug = process.argv.includes('--debug');

function parseScore(value: string): number {
  const score = Number(value);
  if (!Number.isFinite(score) || score < 0 || score > 1) {
    throw new UserError(`--min-score ${value}: expected a number between 0 and 1`);
  }
  return score;
}

function buildProgram(): Command {
  const program = new Command('satzpaar')
    .description('Align an English and a German document sentence by sentence.')
    .version(VERSION)
    .option('--debug', 'print stack traces for internal errors')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();

  program
    .command('align')
    .description('segment and align two documents (one English, one German, in either order)')
    .argument('<file1>', 'first document')
    .argument('<file2>', 'second document')
    .option('-o, --output <file>', 'write here instead of stdout (written atomically)')
    .addOption(new Option('--format <format>', 'output format').choices(ALIGNMENT_FORMATS).default('json'))
    .addOption(new Option('--mode <mode>', 'translation (parallel), comparable texts, or decide').choices(['auto', 'parallel', 'comparable']).default('auto'))
    .option('--langs <l1,l2>', 'languages of file1,file2 (en,de or de,en); skips detection')
    .option('--presegmented', 'input has one sentence per line')
    .option('--abbreviations <file>', 'extra abbreviations, one per line')
    .addOption(new Option('--encoding <name>', 'input encoding when there is no BOM').choices(['utf-8', 'utf-16le', 'utf-16be', 'windows-1252', 'latin1']))
    .option('--min-score <score>', 'export only links scoring at least this (0–1)', parseScore)
    .action(async (file1: string, file2: string, options) => {
      const { runAlign } = await import('./commands/align.js');
      await runAlign(file1, file2, options);
    });

  program
    .command('segment')
    .description('split documents into sentences')
    .argument('<files...>', 'documents to segment')
    .addOption(new Option('--lang <lang>', 'language of the documents (default: detect)').choices(['en', 'de']))
    .addOption(new Option('--format <format>', 'text: one sentence a line; jsonl: one object per file with offsets').choices(['text', 'jsonl']).default('text'))
    .option('-o, --output <file>', 'write here instead of stdout (written atomically)')
    .option('--presegmented', 'input has one sentence per line')
    .option('--abbreviations <file>', 'extra abbreviations, one per line')
    .addOption(new Option('--encoding <name>', 'input encoding when there is no BOM').choices(['utf-8', 'utf-16le', 'utf-16be', 'windows-1252', 'latin1']))
    .action(async (files: string[], options) => {
      const { runSegment } = await import('./commands/segment.js');
      await runSegment(files, options);
    });

  return program;
}

function exitCodeFor(error: unknown): number {
  if (error instanceof CommanderError) {
    return error.exitCode === 0 ? 0 : EXIT_INPUT;
  }
  if (error instanceof UserError) {
    process.stderr.write(`satzpaar: ${error.message}\n`);
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`satzpaar: internal error: ${message}${debug ? '' : ' (run with --debug for the stack trace)'}\n`);
  if (debug && error instanceof Error && error.stack) process.stderr.write(error.stack + '\n');
  return EXIT_FAILURE;
}

function cleanUpAndExit(signalExitCode: number): void {
  removePendingTempFilesSync(unlinkSync);
  process.exit(signalExitCode);
}

process.on('SIGINT', () => cleanUpAndExit(130));
process.on('SIGTERM', () => cleanUpAndExit(143));
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  // A closed pipe (`satzpaar align … | head`) is the reader's choice, not our failure.
  if (error.code === 'EPIPE') process.exit(0);
});

try {
  await buildProgram().parseAsync(process.argv);
} catch (error) {
  process.exitCode = exitCodeFor(error);
}
