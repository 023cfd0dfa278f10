// Whether a run fails: the exit status of every command that reports findings.
import type { Severity } from '../model.js';

export type FailOn = Severity | 'never';

/** Exit status 1 when a finding is at or above --fail-on. */
export function fails(severities: Iterable<Severity>, failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  for (const s of severities) if (s === 'error' || failOn === 'warning') return true;
  return false;
}

/** What the terminal text says at its end: which files were written, and whether the run fails. */
export interface Verdict {
  failOn: FailOn;
  failed: boolean;
  written: string[];
}
