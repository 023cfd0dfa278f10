// Constructors for findings, so each carries its code's severity, its code's arguments and a
// consistent shape.
import { severityOf, type ArgsOf, type Code } from '../codes.js';
import type { Finding, PersonRecord, RecordRef, Side } from '../model.js';

export function refOf(record: PersonRecord): RecordRef {
  return { recordId: record.recordId, line: record.line, index: record.index };
}

interface Detail {
  field?: string | undefined;
  aValue?: string | undefined;
  bValue?: string | undefined;
}

/** A code without arguments needs none; any other code names its own. */
type DetailOf<C extends Code> = Detail & (keyof ArgsOf<C> extends never ? { args?: ArgsOf<C> } : { args: ArgsOf<C> });

export function finding<C extends Code>(
  code: C,
  records: { a?: PersonRecord | undefined; b?: PersonRecord | undefined },
  ...[detail]: keyof ArgsOf<C> extends never ? [DetailOf<C>?] : [DetailOf<C>]
): Finding<C> {
  // Key by key, in a fixed order (code, severity, a, b, field, aValue, bValue, args): a run makes
  // hundreds of thousands of findings, and one object each is all it needs.
  const made: Record<string, unknown> = { code, severity: severityOf(code) };
  if (records.a) made.a = refOf(records.a);
  if (records.b) made.b = refOf(records.b);
  if (detail?.field !== undefined) made.field = detail.field;
  if (detail?.aValue !== undefined) made.aValue = detail.aValue;
  if (detail?.bValue !== undefined) made.bValue = detail.bValue;
  made.args = detail?.args ?? {};
  // The one place a finding is assembled: `args` is the code's own by the signature above.
  return made as unknown as Finding<C>;
}

/** A cell that could not be read, located by file, line and column. */
export function invalidValue(side: Side, ref: RecordRef, file: string, field: string, column: number, value: string, problem: string): Finding<'invalid-value'> {
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
