// The ledger: one entry per matched pair or unpaired record. Every data row of both inputs
// appears in exactly one entry.
import type { Finding, PersonRecord } from '../model.js';

export const STATUSES = ['matched', 'review', 'only_a', 'only_b', 'duplicate', 'invalid'] as const;
export type LedgerStatus = (typeof STATUSES)[number];

export interface LedgerEntry {
  status: LedgerStatus;
  a?: PersonRecord;
  b?: PersonRecord;
  score?: number;
  why?: string;
  /** The matcher read B's surname and given name the other way round. */
  namesSwapped?: boolean;
  /** A person's decision that shaped this entry (from --decisions). */
  decision?: 'same' | 'different';
  /** For a duplicate: the record of the same list it repeats. */
  duplicateOf?: PersonRecord;
  findings: Finding[];
}
