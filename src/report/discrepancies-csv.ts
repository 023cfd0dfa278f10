// discrepancies.csv: one row per finding.
import { language } from '../i18n/lang.js';
import { tableCsv, type Cell, type CsvStyle, type ReportTable, type RowSource } from '../render/csv-safe.js';
import { findingMessages } from './messages.js';
import type { RunReport } from './run.js';

export const DISCREPANCY_COLUMNS = ['code', 'severity', 'a_record_id', 'b_record_id', 'a_line', 'b_line', 'field', 'a_value', 'b_value', 'message'];

/** The rows of the run's findings, each made when it is written. */
function* findingRows(run: RunReport): Iterable<Cell[]> {
  const messages = findingMessages(run, language());
  const { findings } = run.result;
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i]!;
    yield [f.code, f.severity, f.a?.recordId, f.b?.recordId, f.a?.line, f.b?.line, f.field, f.aValue, f.bValue, messages[i]];
  }
}

/** The findings' header and their rows made one at a time, as discrepancies.csv writes them. */
export const discrepanciesRows = (run: RunReport): RowSource => ({ header: DISCREPANCY_COLUMNS, rows: findingRows(run), count: run.result.findings.length });

/** The findings' header and rows (the `discrepancies` sheet of report.xlsx). */
export const discrepanciesTable = (run: RunReport): ReportTable => ({ header: DISCREPANCY_COLUMNS, rows: [...findingRows(run)] });

export const discrepanciesCsv = (run: RunReport, style: CsvStyle = {}) => tableCsv(discrepanciesRows(run), style);
