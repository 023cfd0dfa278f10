// Which rows each finding of one list is on, for `summary` and `validate`: a line per finding on
// the terminal (the first MAX_SHOWN; the rest are in --format json and --out), and the same rows
// as data and as discrepancies.csv.
import type { ChalkInstance } from 'chalk';
import { toCsv, type CsvStyle } from '../render/csv-safe.js';
import { DISCREPANCY_COLUMNS } from './discrepancies-csv.js';
import { renderMessage } from '../findings/messages.js';
import { t } from '../i18n/catalogue.js';
import type { Code } from '../codes.js';
import type { Finding, Severity } from '../model.js';

/** Findings listed on the terminal at most; a longer list ends with how to see the rest. */
export const MAX_SHOWN = 50;

export interface FindingRow {
  code: Code;
  severity: Severity;
  record_id: string | null;
  line: number | null;
  column: number | null;
  field: string | null;
  value: string | null;
  message: string;
}

/** One finding of a single list (side A) as plain data. */
export function findingRow(f: Finding, label: string): FindingRow {
  return {
    code: f.code,
    severity: f.severity,
    record_id: f.a?.recordId ?? null,
    line: f.a?.line ?? null,
    column: f.column ?? null,
    field: f.field ?? null,
    value: f.aValue ?? null,
    message: renderMessage(f, { labels: { a: label, b: '' } }),
  };
}

/** `  line 18  age-out-of-range  …message` per finding, in file order. */
export function renderFindingRows(rows: readonly FindingRow[], chalk: ChalkInstance): string[] {
  if (rows.length === 0) return [];
  const sorted = [...rows].sort((x, y) => (x.line ?? 0) - (y.line ?? 0));
  const shown = sorted.slice(0, MAX_SHOWN).map((row) => ({ row }));
  const lineOf = (row: FindingRow) => t('terminal.list.line', { n: row.line ?? '-' });
  const lineWidth = Math.max(...shown.map(({ row }) => lineOf(row).length));
  const codeWidth = Math.max(...shown.map(({ row }) => row.code.length));
  const lines = shown.map(({ row }) => {
    const colour = row.severity === 'error' ? chalk.red : chalk.yellow;
    return `  ${chalk.dim(lineOf(row).padEnd(lineWidth))}  ${colour(row.code.padEnd(codeWidth))}  ${row.message}`;
  });
  const rest = sorted.length - MAX_SHOWN;
  return ['', chalk.bold(t('terminal.list.rows')), ...lines, ...(rest > 0 ? [chalk.dim(t('terminal.list.more', { n: rest }))] : [])];
}

/** The findings of single lists as discrepancies.csv: the SPEC columns (side A filled), then the file. */
export function findingsCsv(files: ReadonlyArray<{ label: string; findings: readonly Finding[] }>, style: CsvStyle): string {
  return toCsv(
    [...DISCREPANCY_COLUMNS, 'file'],
    files.flatMap(({ label, findings }) =>
      findings.map((f) => {
        const row = findingRow(f, label);
        return [row.code, row.severity, row.record_id ?? undefined, undefined, row.line ?? undefined, undefined, row.field ?? undefined, row.value ?? undefined, undefined, row.message, label];
      }),
    ),
    style,
  );
}
