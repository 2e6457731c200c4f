import { Command, CommanderError } from 'commander';
import { EXIT_FAILURE, EXIT_INPUT, EXIT_OK, UserError } from '../core/errors.js';
import { messageOf } from '../core/problems.js';
import { CLI_WORDS } from './optionWords.js';
import { VERSION } from '../core/version.js';
import { COMMANDS } from './commands/index.js';

const debug = process.argv.includes('--debug');

function buildProgram(): Command {
  const program = new Command('satzpaar')
    .description('Align an English and a German document sentence by sentence.')
    .version(VERSION)
    .option('--debug', 'print stack traces for errors')
    // Set before the sub-commands are added, which inherit it: every usage error is one line.
    .configureOutput({ outputError: (message, write) => write(oneLineUsageError(message)) })
    .exitOverride();
  for (const define of COMMANDS) define(program);
  return program;
}

/** Commander's "error: …" (sometimes with a "(Did you mean …?)" line) as one satzpaar line. */
function oneLineUsageError(message: string): string {
  const text = message.replace(/^error:\s*/, '').replace(/\s*\n\s*/g, ' ').trim().replace(/\.$/, '');
  return `satzpaar: ${text}; run "satzpaar --help" for usage\n`;
}

/**
 * Exit codes (README "Output and errors"): 2 for anything the user can fix (usage, input,
 * output path), 1 for internal failures (a bug or a broken installation). One line on stderr;
 * the stack trace only with --debug.
 */
function reportError(error: unknown): number {
  if (error instanceof CommanderError) {
    // Commander has already printed its (one-line) message, or the help/version on stdout.
    return error.exitCode === 0 ? EXIT_OK : EXIT_INPUT;
  }
  if (error instanceof UserError) {
    process.stderr.write(`satzpaar: ${messageOf(error, CLI_WORDS)}\n`);
  } else {
    const message = (error instanceof Error ? error.message : String(error)).replace(/\s*\n\s*/g, ' ');
    process.stderr.write(`satzpaar: internal error: ${message}${debug ? '' : ' (a bug: run with --debug for the stack trace and report it)'}\n`);
  }
  if (debug && error instanceof Error && error.stack) process.stderr.write(error.stack + '\n');
  return error instanceof UserError ? error.exitCode : EXIT_FAILURE;
}

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  // A closed pipe (`satzpaar align … | head`) is the reader's choice, not our failure.
  if (error.code === 'EPIPE') process.exit(EXIT_OK);
});
// Errors thrown outside the command's promise (stream callbacks) still get one line and exit 1.
process.on('uncaughtException', (error) => process.exit(reportError(error)));

try {
  await buildProgram().parseAsync(process.argv);
} catch (error) {
  process.exitCode = reportError(error);
}
