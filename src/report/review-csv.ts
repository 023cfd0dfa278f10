// review.csv: the pairs a person should decide, both records side by side. Pairs already
// decided (--decisions) are listed with their decision, so the file can be edited and fed back.
import { profileOf } from '../kinds/index.js';
import type { ListKind } from '../model.js';
import { tableCsv, type Cell, type CsvStyle, type ReportTable } from '../render/csv-safe.js';
import { formatScore } from './ledger-csv.js';
import type { RunReport } from './run.js';
import { plainWords } from '../match/engine/score.js';

const FIRST = ['a_record_id', 'b_record_id', 'score', 'decision', 'why', 'explanation'];

/** review.csv's header for a kind: the pair, then each of the kind's columns for A and for B. */
export const reviewColumns = (kind: ListKind) => [...FIRST, ...profileOf(kind).reviewColumns.flatMap(([name]) => [`a_${name}`, `b_${name}`])];

/** The review's header and rows (review.csv, and the `review` sheet of report.xlsx). */
export function reviewTable(run: RunReport): ReportTable {
  const sideBySide = profileOf(run.a.kind).reviewColumns;
  const rows: Cell[][] = [];
  for (const pair of run.result.reviewPairs) {
    const a = run.a.records[pair.a]!;
    const b = run.b.records[pair.b]!;
    rows.push([a.recordId, b.recordId, formatScore(pair.score), pair.decision, pair.why, plainWords(pair.why, a, b), ...sideBySide.flatMap(([, get]) => [get(a), get(b)])]);
  }
  return { header: reviewColumns(run.a.kind), rows };
}

export const reviewCsv = (run: RunReport, style: CsvStyle = {}) => tableCsv(reviewTable(run), style);
