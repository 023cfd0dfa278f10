// Errors that end a run. Each carries its exit status; the top-level handler in cli.ts prints
// `message` on one line (no stack trace unless --debug) and exits with `exitCode`.

/** The run could not be done: bad usage, unreadable or non-CSV input, missing columns. Exit 2. */
export class RunError extends Error {
  readonly exitCode = 2;
  constructor(message: string) {
    super(message);
    this.name = 'RunError';
  }
}

/** A problem located in an input file: rendered as `file:line:column: message`. */
export class InputError extends RunError {
  constructor(
    readonly file: string,
    readonly detail: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(`${[file, line, column].filter((part) => part !== undefined).join(':')}: ${detail}`);
    this.name = 'InputError';
  }
}
