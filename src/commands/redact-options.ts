// --redact and --redact-key, for every command that reports (reconcile, summary, validate): the
// key is resolved here, before any input is read, and goes nowhere but into the keyed hash
// (src/report/redact.ts). It is never printed, not even in an error message.
import type { Command } from 'commander';
import { RunError } from '../errors.js';

export interface RedactOptions {
  redact?: boolean;
  redactKey?: string;
}

/** The environment variable that holds the key when --redact-key is not given. */
export const REDACT_KEY_ENV = 'EXCHANGE_REDACT_KEY';

export function addRedactOptions(command: Command): Command {
  return command
    .option('--redact', 'write every report with names, dates of birth and service numbers replaced by keyed pseudonyms, medical statuses, notes and unknown columns removed')
    .option('--redact-key <key>', `the key of the pseudonyms (default: $${REDACT_KEY_ENV}); keep it, never send it with the reports`);
}

/** The key to redact with, or undefined when not redacting; a usage error (exit 2) without one. */
export function redactKeyOf(options: RedactOptions, env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (!options.redact) {
    // A key alone most likely means the user meant to redact: refuse rather than write identities.
    if (options.redactKey !== undefined) throw new RunError('--redact-key is given without --redact: add --redact to redact the reports');
    return undefined;
  }
  const key = options.redactKey ?? env[REDACT_KEY_ENV];
  if (key === undefined || key === '') throw new RunError(`--redact needs a key: give --redact-key KEY or set ${REDACT_KEY_ENV}`);
  return key;
}
