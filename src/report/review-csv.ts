// review.csv: the pairs a person should decide, both records side by side. Pairs already
// decided (--decisions) are listed with their decision, so the file can be edited and fed back.
import type { PersonRecord } from '../model.js';
import { formatDate } from '../schema/dates.js';
import { tableCsv, type Cell, type CsvStyle, type ReportTable } from './csv-safe.js';
import { formatScore } from './ledger-csv.js';
import type { RunReport } from './run.js';
import { plainWords } from '../match/engine/score.js';

const SIDE_BY_SIDE: Array<[string, (r: PersonRecord) => Cell]> = [
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
  ['identified', (r) => (r.identified === undefined ? undefined : r.identified ? 'yes' : 'no')],
  ['categories', (r) => r.categories.join('|')],
  ['medical_status', (r) => r.medicalStatus],
  ['medical_commission', (r) => r.medicalCommission],
];

export const REVIEW_COLUMNS = ['a_record_id', 'b_record_id', 'score', 'decision', 'why', 'explanation', ...SIDE_BY_SIDE.flatMap(([name]) => [`a_${name}`, `b_${name}`])];

/** The review's header and rows (review.csv, and the `review` sheet of report.xlsx). */
export function reviewTable(run: RunReport): ReportTable {
  const rows: Cell[][] = [];
  for (const pair of run.result.reviewPairs) {
    const a = run.a.records[pair.a]!;
    const b = run.b.records[pair.b]!;
    rows.push([a.recordId, b.recordId, formatScore(pair.score), pair.decision, pair.why, plainWords(pair.why, a, b), ...SIDE_BY_SIDE.flatMap(([, get]) => [get(a), get(b)])]);
  }
  return { header: REVIEW_COLUMNS, rows };
}

export const reviewCsv = (run: RunReport, style: CsvStyle = {}) => tableCsv(reviewTable(run), style);
