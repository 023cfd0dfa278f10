// Constructors for findings, so each carries its code's severity, its code's arguments and a
// consistent shape.
import { severityOf, type ArgsOf, type Code } from '../codes.js';
import type { Finding, PersonRecord, RecordRef, Side } from '../model.js';
import { showControls } from '../render/visible.js';

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

/** The codes whose findings are about one cell of one file. */
type CellCode = 'invalid-value' | 'invisible-characters';

/**
 * A finding about one cell, located by file, line (the record's) and column, with the cell as its
 * value. The cell is shown with each control character as `[U+001B]` (render/visible.ts): a cell
 * that held one is quoted by every report and on the terminal, and none of them may carry it.
 */
function cellFinding<C extends CellCode>(code: C, side: Side, ref: RecordRef, file: string, field: string, column: number, value: string, args: ArgsOf<C>): Finding<C> {
  const shown = showControls(value);
  const made = { code, severity: severityOf(code), ...(side === 'a' ? { a: ref, aValue: shown } : { b: ref, bValue: shown }), field, file, column, args };
  return made as Finding<C>;
}

/** A cell that could not be read; the problem may quote it (`unknown category "…"`), so it is shown as the cell is. */
export const invalidValue = (side: Side, ref: RecordRef, file: string, field: string, column: number, value: string, problem: string) =>
  cellFinding('invalid-value', side, ref, file, field, column, value, { problem: showControls(problem) });

/** A cell read without the invisible characters it held (src/schema/invisible.ts); `shown` marks where they stood. */
export const invisibleCharacters = (side: Side, ref: RecordRef, file: string, field: string, column: number, shown: string, characters: string) =>
  cellFinding('invisible-characters', side, ref, file, field, column, shown, { characters });
