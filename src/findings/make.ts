// Constructors for findings, so each carries its code's severity and a consistent shape.
import type { Finding, PersonRecord, RecordRef, Side } from '../model.js';
import { severityOf, type Code } from './codes.js';

export function refOf(record: PersonRecord): RecordRef {
  return { recordId: record.recordId, line: record.line, index: record.index };
}

export function finding(
  code: Code,
  records: { a?: PersonRecord | undefined; b?: PersonRecord | undefined },
  detail: Partial<Pick<Finding, 'field' | 'aValue' | 'bValue' | 'args'>> = {},
): Finding {
  return {
    code,
    severity: severityOf(code),
    ...(records.a ? { a: refOf(records.a) } : {}),
    ...(records.b ? { b: refOf(records.b) } : {}),
    ...(detail.field !== undefined ? { field: detail.field } : {}),
    ...(detail.aValue !== undefined ? { aValue: detail.aValue } : {}),
    ...(detail.bValue !== undefined ? { bValue: detail.bValue } : {}),
    args: detail.args ?? {},
  };
}

/** A cell that could not be read, located by file, line and column. */
export function invalidValue(side: Side, ref: RecordRef, file: string, field: string, column: number, value: string, problem: string): Finding {
  return {
    code: 'invalid-value',
    severity: severityOf('invalid-value'),
    [side]: ref,
    field,
    [side === 'a' ? 'aValue' : 'bValue']: value,
    file,
    column,
    args: { problem },
  };
}
