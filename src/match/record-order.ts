// Tie-breaks that do not depend on where a row stands in its file. Where two choices are equally
// good (two records scoring exactly alike against a third, two copies of one person), the choice
// follows what the records hold, so that reordering the rows of a list changes nothing but line
// numbers (issue 12: the order of rows must not change which pairs match or go to review).
import type { PersonRecord } from '../model.js';
import { formatDate } from '../schema/dates.js';

/**
 * What a record holds of its person or body, as one string: the identity fields as written, every
 * field the matcher compares. Two records with one identity compare alike with any third.
 */
export function identityKey(r: PersonRecord): string {
  return [
    r.surname, r.givenName, r.patronymic, formatDate(r.dateOfBirth), r.serviceNumber, r.sex,
    r.tag, r.dnaSampleId, formatDate(r.recoveredOn),
  ].map((v) => v ?? '').join('\u0000');
}

/**
 * What a record holds, as one string that orders records: its identity, then its record id. Two
 * records with one key are the same row written twice (ids included), and either may stand for
 * the other.
 */
const contentKey = (r: PersonRecord): string => `${identityKey(r)}\u0000${r.recordId ?? ''}`;

/** Records by content key, then (rows written twice, ids and all) by position. */
const byContent = (x: PersonRecord, y: PersonRecord): number => compareKeys(contentKey(x), contentKey(y)) || x.index - y.index;

/** Plain code-unit order: the same on every machine and locale. */
const compareKeys = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);

/**
 * How much a record tells of its person: each field written (notes and unknown columns aside), a
 * full date of birth counting more than a year.
 */
function completeness(r: PersonRecord): number {
  const written = [
    r.surname, r.givenName, r.patronymic, r.dateOfBirth, r.serviceNumber, r.sex, r.rank, r.unit, r.citizenship, r.capturedOn,
    r.capturedAt, r.medicalStatus, r.tag, r.dnaSampleId, r.recoveredOn, r.recoveredAt, r.identified,
  ].filter((v) => v !== undefined && v !== '').length;
  return written + (r.dateOfBirth?.day !== undefined ? 1 : 0);
}

/**
 * The copy that stands for a person a list repeats: the most complete one (a copy with the
 * service number before one without it), then the first by content. Never the first in the file
 * for being first: which copy is linked decides which pairs match.
 */
export function representative(copies: readonly PersonRecord[]): PersonRecord {
  return [...copies].sort((x, y) => completeness(y) - completeness(x) || byContent(x, y))[0]!;
}

/** How the records of two lists are ordered where scores tie: each side's comparator of record indexes. */
export interface TieOrder {
  a: (x: number, y: number) => number;
  b: (x: number, y: number) => number;
}

/** Records by position: deterministic, but a reordered file reorders the ties. */
export const BY_INDEX: TieOrder = { a: (x, y) => x - y, b: (x, y) => x - y };

/** Records of two lists by content (`byContent`), by index; keys are made only for the records a tie asks about. */
export function contentOrder(a: readonly PersonRecord[], b: readonly PersonRecord[]): TieOrder {
  return { a: listOrder(a), b: listOrder(b) };
}

/** One list's records by content (`byContent`), by index: a comparator of record indexes. */
export function listOrder(records: readonly PersonRecord[]): (x: number, y: number) => number {
  // By index in arrays, not maps: at a million a side, a map of every record cost a second
  // before the assignment, which asks only of the few records whose scores tie.
  const byIndex: Array<PersonRecord | undefined> = [];
  for (const r of records) byIndex[r.index] = r;
  const keys: Array<string | undefined> = [];
  const key = (index: number) => {
    let k = keys[index];
    if (k === undefined) {
      const r = byIndex[index];
      k = r ? contentKey(r) : '';
      if (index >= 0 && Number.isInteger(index)) keys[index] = k;
    }
    return k;
  };
  return (x: number, y: number) => (x === y ? 0 : compareKeys(key(x), key(y)) || x - y);
}
