// field-conflict: a matched pair whose records disagree on an identity field both of them fill.
import type { LedgerEntry } from '../core/ledger.js';
import { finding } from '../findings/make.js';
import { IDENTITY_FIELDS } from '../match/same-value.js';
import type { Finding } from '../model.js';

export function checkFieldConflict(entry: LedgerEntry): Finding[] {
  const { a } = entry;
  if (entry.status !== 'matched' || !a || !entry.b) return [];
  // A clerk who swapped surname and given name did not write two other names.
  const b = entry.namesSwapped ? { ...entry.b, surname: entry.b.givenName, givenName: entry.b.surname } : entry.b;
  return IDENTITY_FIELDS.filter(({ value, same }) => value(a) !== undefined && value(b) !== undefined && !same(a, b)).map(
    ({ field, value }) => finding('field-conflict', entry, { field, aValue: value(a), bValue: value(b) }),
  );
}
