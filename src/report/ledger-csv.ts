// ledger.csv: one row per matched pair or unpaired record; unknown input columns carried after ours.
import { profileOf } from '../kinds/index.js';
import type { LedgerEntry, PersonRecord } from '../model.js';
import { formatDate } from '../schema/dates.js';
import { fixed, rowsOf, tableCsv, type Cell, type CsvStyle, type ReportTable, type RowSource } from '../render/csv-safe.js';
import { language, type Lang } from '../i18n/lang.js';
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
export function codesOf(entry: LedgerEntry): string {
  const { findings } = entry;
  // Most entries have no finding or one: no set to build for them.
  if (findings.length < 2) return findings.length === 0 ? '' : findings[0]!.code;
  return [...new Set(findings.map((f) => f.code))].join('|');
}

/** The person as list A writes him, filled in from B where A has nothing. */
const first = (x: string | undefined, y: string | undefined) => x || y || undefined;

/**
 * `why` in plain words (score.ts plainWords), each distinct `why` worded once where the records
 * cannot change the words. plainWords shows the records' values only for a comparison at a level
 * written in parentheses (`given=close(+2.1)`); a `why` without one reads the same for every pair,
 * and most pairs of a large run share a handful of such `why`s.
 */
function explainer(lang: Lang): (why: string | undefined, a: PersonRecord | undefined, b: PersonRecord | undefined) => string {
  const known = new Map<string, string>();
  return (why, a, b) => {
    if (!why || why.includes('(')) return plainWords(why, a, b, lang);
    let words = known.get(why);
    if (words === undefined) {
      words = plainWords(why, undefined, undefined, lang);
      known.set(why, words);
    }
    return words;
  };
}

/** The ledger's header and a function making one entry's row. */
function ledgerShape(run: RunReport): { header: string[]; rowOf: (entry: LedgerEntry) => Cell[] } {
  // A kind's own columns (the remains' tags and DNA sample ids) follow the SPEC's, which end at `codes`.
  const kindColumns = profileOf(run.a.kind).ledgerColumns;
  const columns = [...LEDGER_COLUMNS.slice(0, AFTER_CODES), ...kindColumns.map(([name]) => name), ...LEDGER_COLUMNS.slice(AFTER_CODES)];
  const header = [...columns, ...run.a.extraHeader.map((h) => `a_${h}`), ...run.b.extraHeader.map((h) => `b_${h}`)];
  const blankA: string[] = run.a.extraHeader.map(() => '');
  const blankB: string[] = run.b.extraHeader.map(() => '');
  const explain = explainer(language());
  const rowOf = (entry: LedgerEntry): Cell[] => {
    const { a, b } = entry;
    const dateA = a?.dateOfBirth && formatDate(a.dateOfBirth);
    const row: Cell[] = [
      entry.status,
      formatScore(entry.score),
      a?.recordId,
      b?.recordId,
      a?.line,
      b?.line,
      first(a?.surname, b?.surname),
      first(a?.givenName, b?.givenName),
      first(a?.patronymic, b?.patronymic),
      dateA || (b?.dateOfBirth && formatDate(b.dateOfBirth)) || undefined,
      a?.categories.join('|'),
      b?.categories.join('|'),
      codesOf(entry),
    ];
    for (const [, cell] of kindColumns) row.push(cell(entry));
    row.push(entry.why, explain(entry.why, a, b), entry.decision);
    for (const cell of a?.extra ?? blankA) row.push(cell);
    for (const cell of b?.extra ?? blankB) row.push(cell);
    return row;
  };
  return { header, rowOf };
}

/** The ledger's header and its rows made one at a time, as ledger.csv writes them. */
export function ledgerRows(run: RunReport): RowSource {
  const { header, rowOf } = ledgerShape(run);
  return rowsOf(header, run.result.entries, rowOf);
}

/** The ledger's header and rows (the `ledger` sheet of report.xlsx). */
export function ledgerTable(run: RunReport): ReportTable {
  const { header, rowOf } = ledgerShape(run);
  return { header, rows: run.result.entries.map(rowOf) };
}

export const ledgerCsv = (run: RunReport, style: CsvStyle = {}) => tableCsv(ledgerRows(run), style);
