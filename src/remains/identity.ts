// Who a body was, as far as a list says: identified or not, and whose soldier.
//
// Whose soldier: the fallen an exchange returns are one side's soldiers, so the citizenship most
// often written across both lists is theirs. A body written with another known citizenship is
// foreign: in a two-party exchange, the handing-over side's own soldier mixed in. (A foreign
// volunteer of the receiving side's army would be flagged too; that is a warning for a person to
// read, not a verdict.) Words that say the citizenship is unknown count as no citizenship.
import { readDataJson } from '../data.js';
import type { PersonRecord } from '../model.js';
import { valueKey } from '../schema/values.js';

const CITIZENSHIP = new Map<string, string>();
for (const [id, aliases] of Object.entries((readDataJson('values.json') as { citizenship: Record<string, string[]> }).citizenship)) {
  for (const alias of [id, ...aliases]) CITIZENSHIP.set(valueKey(alias), id);
}
const UNKNOWN = 'unknown';

/** The `identified` cell, or, where the list has none, whether a name or service number is written. */
export function isIdentified(record: PersonRecord): boolean {
  return record.identified ?? Boolean(record.surname || record.givenName || record.serviceNumber);
}

/** A country id of data/values.json (`Росія`, `РФ` → russia), any other country as written (keyed), or '' when unknown. */
export function citizenshipKey(value: string | undefined): string {
  if (!value) return '';
  const key = valueKey(value);
  const id = CITIZENSHIP.get(key) ?? key;
  return id === UNKNOWN ? '' : id;
}

/** The citizenship most often written in the records: that of the fallen being exchanged. Ties go to the first in alphabetical order. */
export function fallenCitizenship(records: Iterable<PersonRecord>): string | undefined {
  const counts = new Map<string, number>();
  for (const record of records) {
    const key = citizenshipKey(record.citizenship);
    if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const ranked = [...counts].sort(([x, m], [y, n]) => n - m || (x < y ? -1 : x > y ? 1 : 0));
  return ranked[0]?.[0];
}

/** A record whose written citizenship is known and is not the fallen's. */
export function isForeign(record: PersonRecord, fallen: string | undefined): boolean {
  const key = citizenshipKey(record.citizenship);
  return fallen !== undefined && key !== '' && key !== fallen;
}
