// discrepancies.csv: one row per finding.
import { renderMessage } from '../findings/messages.js';
import { language } from '../i18n/lang.js';
import type { Finding } from '../model.js';
import { mapped, tableCsv, type Cell, type CsvStyle, type ReportTable, type RowSource } from '../render/csv-safe.js';
import { labelsOf, type RunReport } from './run.js';

export const DISCREPANCY_COLUMNS = ['code', 'severity', 'a_record_id', 'b_record_id', 'a_line', 'b_line', 'field', 'a_value', 'b_value', 'message'];

const rowOf = (run: RunReport) => {
  const ctx = { labels: labelsOf(run), lang: language() };
  return (f: Finding): Cell[] => [f.code, f.severity, f.a?.recordId, f.b?.recordId, f.a?.line, f.b?.line, f.field, f.aValue, f.bValue, renderMessage(f, ctx)];
};

/** The findings' header and their rows made one at a time, as discrepancies.csv writes them. */
export const discrepanciesRows = (run: RunReport): RowSource => ({ header: DISCREPANCY_COLUMNS, rows: mapped(run.result.findings, rowOf(run)) });

/** The findings' header and rows (the `discrepancies` sheet of report.xlsx). */
export const discrepanciesTable = (run: RunReport): ReportTable => ({ header: DISCREPANCY_COLUMNS, rows: run.result.findings.map(rowOf(run)) });

export const discrepanciesCsv = (run: RunReport, style: CsvStyle = {}) => tableCsv(discrepanciesRows(run), style);
