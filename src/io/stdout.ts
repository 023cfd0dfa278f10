// Machine output goes to stdout. When the reader stops early (`exchange … | head`), the next
// write fails with EPIPE: the reader has what it wanted, so that is a clean end, not a crash.

import { RunError } from '../errors.js';

let installed = false;

export function writeStdout(text: string): void {
  if (!installed) {
    process.stdout.on('error', onStdoutError);
    installed = true;
  }
  process.stdout.write(text);
}

function onStdoutError(error: NodeJS.ErrnoException): void {
  if (error.code === 'EPIPE') process.exit(0);
  // Any other failure (a full disk behind `>`) arrives outside the command's own error
  // handling, so it is reported here, as the top-level handler would: one line, status 2.
  const failure = new RunError(`cannot write to standard output (${error.code ?? error.message})`);
  process.stderr.write(`${failure.message}\n`);
  process.exit(failure.exitCode);
}
