// field-conflict: a matched pair whose records disagree on an identity field both of them fill.
import type { LedgerEntry, Finding } from '../model.js';
import { finding } from '../findings/make.js';
import { IDENTITY_FIELDS, nameDifference, sameName, type NameRole } from '../match/same-value.js';

const itself = () => true;

/**
 * The fields whose value always agrees with itself: a name is its own spelling, a sex its own
 * value. Most matched pairs write these alike, so the rules comparing two names run only where
 * the texts differ. Not so the date of birth (its text drops a month written without a day) or
 * a service number (one of dashes only has no key, and agrees with nothing).
 */
const SAME_TEXT: ReadonlyMap<string, (text: string) => boolean> = new Map([
  ['surname', itself],
  ['given_name', itself],
  ['patronymic', itself],
  ['sex', itself],
]);

/**
 * How two names differ, each pair of spellings weighed once: a list repeats its typos (the same
 * clerk, the same transliteration), and weighing one pair costs several name lookups. Bounded, as
 * the name keys' memo is (src/names/memo.ts).
 */
const differences = new Map<string, 'spelling' | 'names'>();
const MAX_DIFFERENCES = 100_000;

function difference(role: NameRole, x: string, y: string): 'spelling' | 'names' {
  const key = `${role}:${x.length}:${x}${y}`; // x's length keeps every pair's key its own
  let found = differences.get(key);
  if (found === undefined) {
    if (differences.size >= MAX_DIFFERENCES) differences.clear();
    found = nameDifference(role, x, y);
    differences.set(key, found);
  }
  return found;
}

export function checkFieldConflict(entry: LedgerEntry): Finding[] {
  const { a } = entry;
  if (entry.status !== 'matched' || !a || !entry.b) return [];
  // A clerk who swapped surname and given name did not write two other names.
  const b = entry.namesSwapped ? { ...entry.b, surname: entry.b.givenName, givenName: entry.b.surname } : entry.b;
  // Read crossed, a surname sits in a given-name column on one side (which side depends on which
  // list is A), so either name's rules may say the two are one: the same pair whichever list is A.
  const crossed = (field: string, x: string, y: string) =>
    entry.namesSwapped === true && (field === 'surname' || field === 'given_name') && (sameName('surname', x, y) || sameName('given', x, y));
  const findings: Finding[] = [];
  for (const { field, role, value, same, fills } of IDENTITY_FIELDS) {
    if (fills) {
      // Not a name (no role, never read crossed): the values' text only for a pair that disagrees.
      if (!fills(a) || !fills(b) || same(a, b)) continue;
      findings.push(finding('field-conflict', entry, { field, aValue: value(a)!, bValue: value(b)!, args: {} }));
      continue;
    }
    const x = value(a);
    if (x === undefined) continue;
    const y = value(b);
    if (y === undefined) continue;
    const sameText = x === y ? SAME_TEXT.get(field) : undefined;
    const agrees = sameText ? sameText(x) : same(a, b);
    if (agrees || crossed(field, x, y)) continue;
    // A name that differs is either one name spelt two ways (a typo) or two names.
    const args: Record<string, string> = role ? { difference: difference(role, x, y) } : {};
    findings.push(finding('field-conflict', entry, { field, aValue: x, bValue: y, args }));
  }
  return findings;
}
