// ledger.csv: one row per matched pair or unpaired record; unknown input columns carried after ours.
import { profileOf } from '../kinds/index.js';
import type { LedgerEntry, PersonRecord } from '../model.js';
import { formatDate } from '../schema/dates.js';
import { fixed, tableCsv, type Cell, type CsvStyle, type ReportTable } from '../render/csv-safe.js';
import type { RunReport } from './run.js';
import { plainWords } from '../match/engine/score.js';

export const LEDGER_COLUMNS = [
  'status', 'score', 'a_record_id', 'b_record_id', 'a_line', 'b_line', 'surname', 'given_name', 'patronymic',
  'date_of_birth', 'a_categories', 'b_categories', 'codes', 'why', 'explanation', 'decision',
];

const AFTER_CODES = LEDGER_COLUMNS.indexOf('codes') + 1;

/** A score as a number cell with two decimals, so a negative one is a number, not text to neutralise. */
export const formatScore = (score: number | undefined): Cell => (score === undefined ? undefined : fixed(score, 2));

/** The codes of an entry's findings, each once, in the order found. */
export const codesOf = (entry: LedgerEntry) => [...new Set(entry.findings.map((f) => f.code))].join('|');

function identity(entry: LedgerEntry): Cell[] {
  // The person as list A writes him, filled in from B where A has nothing.
  const pick = <T>(get: (r: PersonRecord) => T | undefined) => (entry.a && get(entry.a)) || (entry.b && get(entry.b)) || undefined;
  return [pick((r) => r.surname), pick((r) => r.givenName), pick((r) => r.patronymic), pick((r) => r.dateOfBirth && formatDate(r.dateOfBirth))];
}

/** The ledger's header and rows (ledger.csv, and the `ledger` sheet of report.xlsx). */
export function ledgerTable(run: RunReport): ReportTable {
  // A kind's own columns (the remains' tags and DNA sample ids) follow the SPEC's, which end at `codes`.
  const kindColumns = profileOf(run.a.kind).ledgerColumns;
  const columns = [...LEDGER_COLUMNS.slice(0, AFTER_CODES), ...kindColumns.map(([name]) => name), ...LEDGER_COLUMNS.slice(AFTER_CODES)];
  const header = [...columns, ...run.a.extraHeader.map((h) => `a_${h}`), ...run.b.extraHeader.map((h) => `b_${h}`)];
  const blankA = run.a.extraHeader.map(() => '');
  const blankB = run.b.extraHeader.map(() => '');
  const rows = run.result.entries.map((entry): Cell[] => [
    entry.status,
    formatScore(entry.score),
    entry.a?.recordId,
    entry.b?.recordId,
    entry.a?.line,
    entry.b?.line,
    ...identity(entry),
    entry.a?.categories.join('|'),
    entry.b?.categories.join('|'),
    codesOf(entry),
    ...kindColumns.map(([, cell]) => cell(entry)),
    entry.why,
    plainWords(entry.why, entry.a, entry.b),
    entry.decision,
    ...(entry.a?.extra ?? blankA),
    ...(entry.b?.extra ?? blankB),
  ]);
  return { header, rows };
}

export const ledgerCsv = (run: RunReport, style: CsvStyle = {}) => tableCsv(ledgerTable(run), style);
