// field-conflict: a matched pair whose records disagree on an identity field both of them fill.
import type { LedgerEntry, Finding } from '../model.js';
import { finding } from '../findings/make.js';
import { IDENTITY_FIELDS, nameDifference, sameName } from '../match/same-value.js';

export function checkFieldConflict(entry: LedgerEntry): Finding[] {
  const { a } = entry;
  if (entry.status !== 'matched' || !a || !entry.b) return [];
  // A clerk who swapped surname and given name did not write two other names.
  const b = entry.namesSwapped ? { ...entry.b, surname: entry.b.givenName, givenName: entry.b.surname } : entry.b;
  // Read crossed, a surname sits in a given-name column on one side (which side depends on which
  // list is A), so either name's rules may say the two are one: the same pair whichever list is A.
  const crossed = (field: string, x: string, y: string) =>
    entry.namesSwapped === true && (field === 'surname' || field === 'given_name') && (sameName('surname', x, y) || sameName('given', x, y));
  return IDENTITY_FIELDS.filter(({ field, value, same }) => value(a) !== undefined && value(b) !== undefined && !same(a, b) && !crossed(field, value(a)!, value(b)!)).map(
    ({ field, role, value }) => {
      const [x, y] = [value(a)!, value(b)!];
      // A name that differs is either one name spelt two ways (a typo) or two names.
      const args: Record<string, string> = role ? { difference: nameDifference(role, x, y) } : {};
      return finding('field-conflict', entry, { field, aValue: x, bValue: y, args });
    },
  );
}
