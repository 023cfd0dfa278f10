// Builders for the matching tests: a PersonRecord from the fields a test cares about, and two
// lists of them with indexes in order. Only the matching layer's inputs, nothing read from files.
import type { PartialDate, PersonRecord, Side } from '../../src/model.js';
import { featuresOf, type Features } from '../../src/match/engine/features.js';

export type Fields = Partial<Omit<PersonRecord, 'side' | 'index' | 'dateOfBirth'>> & {
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; a PartialDate also does. */
  dob?: string | PartialDate;
};

/** `1990-04-03` → { year: 1990, month: 4, day: 3 }; `1990` → { year: 1990 }. */
export function date(text: string): PartialDate {
  const [year, month, day] = text.split('-').map(Number);
  return { year: year!, ...(month ? { month } : {}), ...(day ? { day } : {}) };
}

export function person(side: Side, index: number, fields: Fields = {}): PersonRecord {
  const { dob, ...rest } = fields;
  return {
    side, index, line: index + 2, recordId: `${side}${index + 1}`,
    categories: ['all_for_all'], medicalCommission: 'pending', extra: [], missingIdentity: false,
    ...(dob !== undefined ? { dateOfBirth: typeof dob === 'string' ? date(dob) : dob } : {}),
    ...rest,
  };
}

/** One list's records, indexed 0, 1, 2… in the order given. */
export const people = (side: Side, rows: readonly Fields[]): PersonRecord[] => rows.map((fields, i) => person(side, i, fields));

/** Comparison features of a record built from fields (index 0 unless given). */
export const features = (fields: Fields, side: Side = 'a', index = 0): Features => featuresOf(person(side, index, fields));
