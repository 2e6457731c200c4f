/**
 * An error the user can fix (bad path, wrong language, bad option).
 * The CLI prints its message as one line and exits with `exitCode`; no stack trace.
 */
export class UserError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode = EXIT_INPUT) {
    super(message);
    this.name = 'UserError';
    this.exitCode = exitCode;
  }
}

export const EXIT_OK = 0;
/** Internal failure, a failed batch pair, or `diff --fail-on` triggered. */
export const EXIT_FAILURE = 1;
/** Usage or input error: the user can fix it. */
export const EXIT_INPUT = 2;
