// field-conflict: a matched pair whose records disagree on an identity field both of them fill.
import type { LedgerEntry, Finding } from '../model.js';
import { finding } from '../findings/make.js';
import { IDENTITY_FIELDS, nameDifference } from '../match/same-value.js';

export function checkFieldConflict(entry: LedgerEntry): Finding[] {
  const { a } = entry;
  if (entry.status !== 'matched' || !a || !entry.b) return [];
  // A clerk who swapped surname and given name did not write two other names.
  const b = entry.namesSwapped ? { ...entry.b, surname: entry.b.givenName, givenName: entry.b.surname } : entry.b;
  return IDENTITY_FIELDS.filter(({ value, same }) => value(a) !== undefined && value(b) !== undefined && !same(a, b)).map(
    ({ field, role, value }) => {
      const [x, y] = [value(a)!, value(b)!];
      // A name that differs is either one name spelt two ways (a typo) or two names.
      const args: Record<string, string> = role ? { difference: nameDifference(role, x, y) } : {};
      return finding('field-conflict', entry, { field, aValue: x, bValue: y, args });
    },
  );
}
