// Turns parsed CSV rows into PersonRecords. Every cell is read by its column's reader, compiled
// once per file (cells.ts); a cell that cannot be read becomes an `invalid-value` finding naming
// file, line and column, and the row stays in the run with its readable cells.
import { impliedCategories, type Agreement } from '../agreement/terms.js';
import { splitFullName } from '../names/full-name.js';
import type { CsvTable, Finding, PersonList, PersonRecord, ReadingNotes, Side, SourceRow } from '../model.js';
import { invalidValue, invisibleCharacters } from '../findings/make.js';
import { compileReaders, CONTROL, interner, Refused, type RowValues } from './cells.js';
import type { FieldName, ListSchema } from './fields.js';
import { findHeader, mapHeader } from './headers.js';
import { withoutInvisible } from './invisible.js';

export interface ReadOptions {
  side: Side;
  /** The kind of list, as its profile tells the reader (src/kinds/). */
  schema: ListSchema;
  label: string;
  agreement: Agreement;
  userMap: Map<string, FieldName>;
  /** --header-row: the physical line of the header; otherwise it is found (headers.ts findHeader). */
  headerRow?: number;
  /** --strict-headers: an unused header is exit 2. */
  strictHeaders?: boolean;
}

/**
 * A closing total row: `Всього: 23 особи`, `Всього 23`, `Итого: 23`, `Итого 23 чел.`, `Total: 23`,
 * in any cell (or spread over cells), the rest empty. Group 1 is the number.
 */
const TOTAL_ROW =
  /^(?:всього|усього|разом|итого|всего|total)(?:\s+(?:осіб|особи|чол\.?|человек|чел\.?|records|persons|people))?\s*[:\-–—=]?\s*(\d{1,6})\s*(?:осіб|особи|особа|чоловік|чол|человек|человека|чел|records?|persons?|people|bodies|тіл|тел)?\.?$/iu;

/** The word a total row starts with; a row whose first filled cell does not start with it is no total. */
const TOTAL_WORD = /^(?:всього|усього|разом|итого|всего|total)/iu;

/** What kind of non-person row a data row is, if any: all cells empty, or a closing total. */
export function nonPersonRow(cells: readonly string[]): { kind: 'empty' } | { kind: 'total'; stated: number } | undefined {
  const first = cells.find((cell) => cell !== '');
  if (first === undefined) return { kind: 'empty' };
  // Nearly every row holds a person: look no further unless the row starts like a total.
  if (!TOTAL_WORD.test(first)) return undefined;
  const total = TOTAL_ROW.exec(cells.filter((cell) => cell !== '').join(' ').replace(/\s+/g, ' '));
  return total ? { kind: 'total', stated: Number(total[1]) } : undefined;
}

/** Interprets a table as a list of people. Findings are the `invalid-value` cells, and the cells read without invisible characters. */
export function interpretTable(table: CsvTable, options: ReadOptions): { list: PersonList; findings: Finding[] } {
  const { side, schema: listSchema, agreement } = options;
  const kind = listSchema.kind;
  // The header is found among the first rows (title and blank rows above it are skipped).
  const all: SourceRow[] = [{ line: table.headerLine ?? 1, cells: table.header }, ...table.rows];
  const at = findHeader(all, listSchema, table.path, options.userMap, options.headerRow);
  const headerRow = all[at]!;
  const header = headerRow.cells;
  const dataRows = all.slice(at + 1);
  const columns = mapHeader(header, listSchema, table.path, options.userMap, { line: headerRow.line, strict: options.strictHeaders });
  const reading: ReadingNotes = {
    headerLine: headerRow.line,
    // The row's text as the clerk wrote it, near enough: its non-empty cells, joined by the delimiter.
    skippedRows: all.slice(0, at).map((row) => ({
      line: row.line, text: row.cells.filter((cell) => cell !== '').join(table.delimiter === '\t' ? ' ' : `${table.delimiter} `),
    })),
    // An unnamed column counts only when it holds something.
    unusedColumns: [
      ...columns.unused,
      ...columns.extra
        .filter((c) => header[c] === '' && dataRows.some((row) => (row.cells[c] ?? '') !== ''))
        .map((c) => ({ header: '', column: c + 1 })),
    ].sort((x, y) => x.column - y.column),
  };
  const readers = compileReaders(columns.columnOf, agreement);
  const idColumn = columns.columnOf.record_id;
  const defaultCategories = impliedCategories(agreement);
  const names = interner();
  // A list without unknown columns (the usual case) gives every record the same empty array.
  const noExtra: string[] = [];
  const findings: Finding[] = [];
  const records: PersonRecord[] = [];

  // The field of each mapped column, for the findings of a cell read without invisible characters.
  const fieldAt: string[] = [];
  for (const [field, column] of Object.entries(columns.columnOf)) fieldAt[column] = field;

  dataRows.forEach((source, index) => {
    const { line } = source;
    // Invisible characters (bidi controls, zero-width, BOM, soft hyphen) leave every cell here,
    // before anything reads it; each cell that held some is reported once its record id is known.
    const invisible = withoutInvisible(source.cells);
    const cells = invisible ? invisible.cells : source.cells;
    const reportInvisible = (recordId: string) => {
      for (const cell of invisible?.found ?? []) {
        findings.push(invisibleCharacters(side, { recordId, line, index }, table.path, fieldAt[cell.column] ?? '', cell.column + 1, cell.shown, cell.characters));
      }
    };
    const extra = columns.extra.length === 0 ? noExtra : columns.extra.map((c) => cells[c] ?? '');
    const blankRow = nonPersonRow(cells);
    if (blankRow !== undefined) {
      const record = toRecord(emptyRow(), { side, index, line, recordId: String(line) }, defaultCategories, extra, names);
      record.rowKind = blankRow.kind;
      if (blankRow.kind === 'total') record.statedTotal = blankRow.stated;
      records.push(record);
      reportInvisible(record.recordId);
      return;
    }
    const id = idColumn === undefined ? '' : (cells[idColumn] ?? '');
    const recordId = id && !CONTROL.test(id) ? id : String(line);
    reportInvisible(recordId);
    const row = emptyRow();
    const values = row as Record<FieldName, unknown>;
    for (const { field, column, read } of readers) {
      const cell = cells[column] ?? '';
      const value = read(cell);
      if (value instanceof Refused) {
        for (const problem of value.problems) findings.push(invalidValue(side, { recordId, line, index }, table.path, field, column + 1, cell, problem));
      }
      values[field] = value instanceof Refused ? value.kept : value;
    }
    if (cells.length > header.length && cells.slice(header.length).some((cell) => cell !== '')) {
      const overflow = cells.slice(header.length).join(' | ');
      findings.push(invalidValue(side, { recordId, line, index }, table.path, '', header.length + 1, overflow,
        `row has ${cells.length} cells but the header has ${header.length}`));
    }
    records.push(toRecord(row, { side, index, line, recordId }, defaultCategories, extra, names));
  });

  const list: PersonList = {
    side, kind, path: table.path, label: options.label, sha256: table.sha256,
    extraHeader: columns.extra.map((c) => header[c] ?? ''), records, reading,
  };
  return { list, findings };
}

/** A row with every field absent. Every field is present, so all rows share one shape and the stores above stay monomorphic. */
const emptyRow = (): RowValues => ({
  record_id: undefined, full_name: undefined, surname: undefined, given_name: undefined, patronymic: undefined,
  date_of_birth: undefined, service_number: undefined, rank: undefined, unit: undefined, citizenship: undefined,
  sex: undefined, captured_on: undefined, captured_at: undefined, notes: undefined, category: undefined,
  medical_status: undefined, medical_commission: undefined, tag: undefined, dna_sample_id: undefined,
  recovered_on: undefined, recovered_at: undefined, identified: undefined,
});

function toRecord(
  row: RowValues,
  at: Pick<PersonRecord, 'side' | 'index' | 'line' | 'recordId'>,
  defaultCategories: string[],
  extra: string[],
  intern: (name: string | undefined) => string | undefined,
): PersonRecord {
  let { surname, given_name: givenName, patronymic } = row;
  if (row.full_name && !surname && !givenName) {
    const split = splitFullName(row.full_name);
    surname = intern(split.surname);
    givenName = intern(split.givenName);
    patronymic ??= intern(split.patronymic);
  }
  const record: PersonRecord = {
    side: at.side, index: at.index, line: at.line, recordId: at.recordId,
    surname, givenName, patronymic,
    dateOfBirth: row.date_of_birth,
    serviceNumber: row.service_number,
    rank: row.rank, unit: row.unit, citizenship: row.citizenship, sex: row.sex,
    capturedOn: row.captured_on, capturedAt: row.captured_at, notes: row.notes,
    categories: row.category && row.category.length > 0 ? row.category : defaultCategories,
    medicalStatus: row.medical_status,
    medicalCommission: row.medical_commission ?? 'pending',
    tag: row.tag, dnaSampleId: row.dna_sample_id, recoveredOn: row.recovered_on, recoveredAt: row.recovered_at,
    identified: row.identified === undefined ? undefined : row.identified === 'yes',
    extra,
    missingIdentity: !surname && !givenName && !row.service_number && !row.tag,
  };
  return record;
}
