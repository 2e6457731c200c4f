import { unlinkSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { EXIT_FAILURE, EXIT_INPUT, UserError } from '../core/errors.js';
import { VERSION } from '../core/version.js';
import { COMMANDS } from './commands/index.js';
import { removePendingTempFilesSync } from './output.js';

const debug = process.argv.includes('--debug');

function buildProgram(): Command {
  const program = new Command('satzpaar')
    .description('Align an English and a German document sentence by sentence.')
    .version(VERSION)
    .option('--debug', 'print stack traces for internal errors')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  for (const define of COMMANDS) define(program);
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
