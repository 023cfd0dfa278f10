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
  const made = {
    code,
    severity: severityOf(code),
    ...(records.a ? { a: refOf(records.a) } : {}),
    ...(records.b ? { b: refOf(records.b) } : {}),
    ...(detail?.field !== undefined ? { field: detail.field } : {}),
    ...(detail?.aValue !== undefined ? { aValue: detail.aValue } : {}),
    ...(detail?.bValue !== undefined ? { bValue: detail.bValue } : {}),
    args: detail?.args ?? {},
  };
  // The one place a finding is assembled: `args` is the code's own by the signature above.
  return made as Finding<C>;
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

/** A cell read without the invisible characters it held (src/schema/invisible.ts), located by file, line and column. */
export function invisibleCharacters(side: Side, ref: RecordRef, file: string, field: string, column: number, shown: string, characters: string): Finding<'invisible-characters'> {
  return {
    code: 'invisible-characters',
    severity: severityOf('invisible-characters'),
    [side]: ref,
    field,
    [side === 'a' ? 'aValue' : 'bValue']: shown,
    file,
    column,
    args: { characters },
  };
}
