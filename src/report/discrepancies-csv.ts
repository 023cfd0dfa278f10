// discrepancies.csv: one row per finding.
import { renderMessage } from '../findings/messages.js';
import { toCsv } from './csv-safe.js';
import { labelsOf, type RunReport } from './run.js';

export const DISCREPANCY_COLUMNS = ['code', 'severity', 'a_record_id', 'b_record_id', 'a_line', 'b_line', 'field', 'a_value', 'b_value', 'message'];

export function discrepanciesCsv(run: RunReport): string {
  const ctx = { labels: labelsOf(run) };
  return toCsv(
    DISCREPANCY_COLUMNS,
    run.result.findings.map((f) => [f.code, f.severity, f.a?.recordId, f.b?.recordId, f.a?.line, f.b?.line, f.field, f.aValue, f.bValue, renderMessage(f, ctx)]),
  );
}
