// Report columns shared by the kinds of list.
import type { PersonRecord } from '../model.js';
import { formatDate } from '../schema/dates.js';
import type { RecordColumn } from './profile.js';

/**
 * review.csv's side-by-side columns. Both kinds show every field, so a review file has one shape
 * whatever the lists hold (and `--decisions` reads any of them).
 */
export const REVIEW_COLUMNS: readonly RecordColumn[] = [
  ['line', (r) => r.line],
  ['surname', (r) => r.surname],
  ['given_name', (r) => r.givenName],
  ['patronymic', (r) => r.patronymic],
  ['date_of_birth', (r) => formatDate(r.dateOfBirth)],
  ['service_number', (r) => r.serviceNumber],
  ['sex', (r) => r.sex],
  ['rank', (r) => r.rank],
  ['unit', (r) => r.unit],
  ['citizenship', (r) => r.citizenship],
  ['tag', (r) => r.tag],
  ['dna_sample_id', (r) => r.dnaSampleId],
  ['recovered_on', (r) => formatDate(r.recoveredOn)],
  ['recovered_at', (r) => r.recoveredAt],
  ['identified', (r: PersonRecord) => (r.identified === undefined ? undefined : r.identified ? 'yes' : 'no')],
  ['categories', (r) => r.categories.join('|')],
  ['medical_status', (r) => r.medicalStatus],
  ['medical_commission', (r) => r.medicalCommission],
];

/** The fields that identify a person in every kind of list. */
export const PERSON_IDENTITY = ['full_name', 'surname', 'given_name', 'service_number'] as const;
