// A list's records sent from the reading worker as columns. Structured clone would copy each
// record field by field, and every string anew: the names a list shares between its records
// would come back as a copy per record (548 bytes a record against 321 read here, at 100,000 a
// side), and rebuilding a third of a million objects a property at a time took this thread most
// of a second. As columns, each value a list repeats (a name, a rank, a date, the categories)
// crosses once, each record's own text (its id, its number) once in an array, and the numbers in
// typed arrays that move rather than copy; this thread then makes each record in one literal,
// of the shape the reader gives its own.
import type { PersonRecord, Side } from '../model.js';

/** Fields whose values repeat down a list (read through a memo: schema/cells.ts), sent once each. */
const SHARED_FIELDS = [
  'surname', 'givenName', 'patronymic', 'dateOfBirth', 'rank', 'unit', 'citizenship', 'sex', 'capturedOn', 'capturedAt',
  'categories', 'medicalStatus', 'medicalCommission', 'recoveredOn', 'recoveredAt',
] as const satisfies ReadonlyArray<keyof PersonRecord>;

/** Text fields nearly every record has its own of: one array each. */
const OWN_FIELDS = ['recordId', 'serviceNumber', 'notes', 'tag', 'dnaSampleId'] as const satisfies ReadonlyArray<keyof PersonRecord>;

/** Every field a record may have, each sent by one of the ways below (tests/cli/record-columns.test.ts holds the list to the reader's records). */
export const CARRIED_FIELDS: ReadonlyArray<keyof PersonRecord> = [
  ...SHARED_FIELDS, ...OWN_FIELDS, 'side', 'index', 'line', 'identified', 'extra', 'missingIdentity', 'rowKind', 'statedTotal',
];

type SharedValue = PersonRecord[(typeof SHARED_FIELDS)[number]];

export interface RecordColumns {
  side: Side;
  count: number;
  lines: Int32Array<ArrayBuffer>;
  /** Each distinct shared value once (equal strings, and the same object, are one value). */
  values: SharedValue[];
  /** For each record, SHARED_FIELDS.length places in `values`; −1 where the field is absent. */
  places: Int32Array<ArrayBuffer>;
  own: Record<(typeof OWN_FIELDS)[number], Array<string | undefined>>;
  /** Bit 0: missingIdentity; bits 1–2: identified (0 absent, 1 no, 2 yes). */
  flags: Uint8Array<ArrayBuffer>;
  /** The unknown columns' cells, a record at a time; undefined when no record has any (one empty array serves all). */
  extra: string[][] | undefined;
  /** Rows that hold no person (rowKind), with a total's stated number: few, by record index. */
  nonPerson: Array<{ index: number; rowKind: NonNullable<PersonRecord['rowKind']>; statedTotal?: number }>;
}

/** A list's records as columns, to post to another thread (transfer `transferables(columns)`). */
export function recordColumns(records: readonly PersonRecord[], side: Side): RecordColumns {
  const count = records.length;
  const width = SHARED_FIELDS.length;
  const values: SharedValue[] = [];
  const placeOf = new Map<SharedValue, number>();
  const places = new Int32Array(count * width);
  const lines = new Int32Array(count);
  const flags = new Uint8Array(count);
  const own = Object.fromEntries(OWN_FIELDS.map((field) => [field, new Array<string | undefined>(count)])) as RecordColumns['own'];
  const nonPerson: RecordColumns['nonPerson'] = [];
  let anyExtra = false;
  for (let i = 0; i < count; i++) {
    const record = records[i]!;
    if (record.index !== i || record.side !== side) throw new Error(`record ${i + 1} of list ${side} is record ${record.index + 1} of list ${record.side}`);
    lines[i] = record.line;
    for (let k = 0; k < width; k++) {
      const value = record[SHARED_FIELDS[k]!];
      if (value === undefined) {
        places[i * width + k] = -1;
        continue;
      }
      let place = placeOf.get(value);
      if (place === undefined) {
        place = values.length;
        values.push(value);
        placeOf.set(value, place);
      }
      places[i * width + k] = place;
    }
    for (const field of OWN_FIELDS) own[field][i] = record[field];
    flags[i] = (record.missingIdentity ? 1 : 0) | (record.identified === undefined ? 0 : record.identified ? 4 : 2);
    if (record.extra.length > 0) anyExtra = true;
    if (record.rowKind !== undefined) {
      nonPerson.push({ index: i, rowKind: record.rowKind, ...(record.statedTotal !== undefined ? { statedTotal: record.statedTotal } : {}) });
    }
  }
  return { side, count, lines, values, places, own, flags, extra: anyExtra ? records.map((r) => r.extra) : undefined, nonPerson };
}

/** The typed arrays of `columns`, moved rather than copied when posted. */
export const transferables = (columns: RecordColumns): ArrayBuffer[] => [columns.lines.buffer, columns.places.buffer, columns.flags.buffer];

/** The shared value at `place`, as the field it fills (the places were made from that field). */
const pick = <T>(values: readonly SharedValue[], place: number): T => (place < 0 ? undefined : values[place]) as T;

/** The records again, each made in one literal with the fields in the order the reader writes them (schema/records.ts toRecord). */
export function recordsOf(columns: RecordColumns): PersonRecord[] {
  const { side, count, lines, values, places, own, flags, extra } = columns;
  const width = SHARED_FIELDS.length;
  const noExtra: string[] = [];
  const records = new Array<PersonRecord>(count);
  for (let i = 0; i < count; i++) {
    const at = i * width;
    const flag = flags[i]!;
    records[i] = {
      side, index: i, line: lines[i]!, recordId: own.recordId[i]!,
      surname: pick(values, places[at]!), givenName: pick(values, places[at + 1]!), patronymic: pick(values, places[at + 2]!),
      dateOfBirth: pick(values, places[at + 3]!),
      serviceNumber: own.serviceNumber[i],
      rank: pick(values, places[at + 4]!), unit: pick(values, places[at + 5]!), citizenship: pick(values, places[at + 6]!), sex: pick(values, places[at + 7]!),
      capturedOn: pick(values, places[at + 8]!), capturedAt: pick(values, places[at + 9]!), notes: own.notes[i],
      categories: pick(values, places[at + 10]!),
      medicalStatus: pick(values, places[at + 11]!),
      medicalCommission: pick(values, places[at + 12]!),
      tag: own.tag[i], dnaSampleId: own.dnaSampleId[i], recoveredOn: pick(values, places[at + 13]!), recoveredAt: pick(values, places[at + 14]!),
      identified: (flag & 6) === 0 ? undefined : (flag & 6) === 4,
      extra: extra?.[i] ?? noExtra,
      missingIdentity: (flag & 1) === 1,
    };
  }
  for (const { index, rowKind, statedTotal } of columns.nonPerson) {
    records[index]!.rowKind = rowKind;
    if (statedTotal !== undefined) records[index]!.statedTotal = statedTotal;
  }
  return records;
}
