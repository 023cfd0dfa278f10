// discrepancies.csv: one row per finding.
import { renderMessage } from '../findings/messages.js';
import { tableCsv, type CsvStyle, type ReportTable } from '../render/csv-safe.js';
import { labelsOf, type RunReport } from './run.js';

export const DISCREPANCY_COLUMNS = ['code', 'severity', 'a_record_id', 'b_record_id', 'a_line', 'b_line', 'field', 'a_value', 'b_value', 'message'];

/** The findings' header and rows (discrepancies.csv, and the `discrepancies` sheet of report.xlsx). */
export function discrepanciesTable(run: RunReport): ReportTable {
  const ctx = { labels: labelsOf(run) };
  return {
    header: DISCREPANCY_COLUMNS,
    rows: run.result.findings.map((f) => [f.code, f.severity, f.a?.recordId, f.b?.recordId, f.a?.line, f.b?.line, f.field, f.aValue, f.bValue, renderMessage(f, ctx)]),
  };
}

export const discrepanciesCsv = (run: RunReport, style: CsvStyle = {}) => tableCsv(discrepanciesTable(run), style);
