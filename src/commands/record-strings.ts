// The strings a list repeats (names, ranks, units, categories' words), sent from the reading worker
// once each. A record crosses threads by structured clone, which writes every string anew: the
// names a list shares between its records on the worker would come back as a copy per record
// (measured: 548 bytes a record read on the worker against 321 read here, at 100,000 a side).
// The worker takes those strings out of its records into one table and a number per field;
// this thread puts them back, each distinct string one object again.
import type { PersonRecord } from '../model.js';

/** Fields whose text repeats down a list: read through a memo (schema/cells.ts), one string per spelling. */
const SHARED_FIELDS = [
  'surname', 'givenName', 'patronymic', 'rank', 'unit', 'citizenship', 'sex', 'capturedAt', 'medicalStatus', 'medicalCommission', 'recoveredAt',
] as const satisfies ReadonlyArray<keyof PersonRecord>;

/** The shared strings of a list's records: each distinct one in `table`, and for each record and field its place there (−1: none). */
export interface SharedStrings {
  table: string[];
  places: Int32Array<ArrayBuffer>;
}

type Loose = Record<(typeof SHARED_FIELDS)[number], string | undefined>;

/** Takes the shared fields' strings out of `records` (left undefined), into one table. On the worker, just before the records are sent. */
export function takeSharedStrings(records: readonly PersonRecord[]): SharedStrings {
  const table: string[] = [];
  const placeOf = new Map<string, number>();
  const width = SHARED_FIELDS.length;
  const places = new Int32Array(records.length * width);
  for (let i = 0; i < records.length; i++) {
    const record = records[i] as unknown as Loose;
    for (let k = 0; k < width; k++) {
      const field = SHARED_FIELDS[k]!;
      const text = record[field];
      if (text === undefined) {
        places[i * width + k] = -1;
        continue;
      }
      let place = placeOf.get(text);
      if (place === undefined) {
        place = table.length;
        table.push(text);
        placeOf.set(text, place);
      }
      places[i * width + k] = place;
      record[field] = undefined;
    }
  }
  return { table, places };
}

/** Puts the strings takeSharedStrings took back into the records, as they came (after the records crossed to this thread). */
export function putSharedStrings(records: readonly PersonRecord[], { table, places }: SharedStrings): void {
  const width = SHARED_FIELDS.length;
  if (places.length !== records.length * width) throw new Error(`shared strings for ${places.length / width} records, not ${records.length}`);
  for (let i = 0; i < records.length; i++) {
    const record = records[i] as unknown as Loose;
    for (let k = 0; k < width; k++) {
      const place = places[i * width + k]!;
      if (place >= 0) record[SHARED_FIELDS[k]!] = table[place];
    }
  }
}
