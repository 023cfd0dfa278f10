// Turns parsed CSV rows into PersonRecords. Every cell is read by its column's reader, compiled
// once per file (cells.ts); a cell that cannot be read becomes an `invalid-value` finding naming
// file, line and column, and the row stays in the run with its readable cells.
import { impliedCategories, type Agreement } from '../agreement/terms.js';
import { splitFullName } from '../names/full-name.js';
import type { CsvTable, Finding, PersonList, PersonRecord, ReadingNotes, Side, SourceRow } from '../model.js';
import { invalidValue, invisibleCharacters } from '../findings/make.js';
import { compileReaders, CONTROL, interner, Refused, type RowValues } from './cells.js';
import { headerKey, type FieldName, type ListSchema } from './fields.js';
import { findHeader, HEADER_SEARCH, mapHeader, mapsNotIn } from './headers.js';
import { showInvisible, withoutInvisible } from './invisible.js';
import { showControls, showControlsInText } from '../render/visible.js';
import { readTableRows } from '../io/read-table.js';
import { InputError } from '../errors.js';
import type { ReadLimits } from '../io/limits.js';

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

/** Whether a kind's own fields are given and no column holds any of them. */
const noneOf = (own: readonly FieldName[] | undefined, columnOf: Partial<Record<FieldName, number>>): boolean =>
  own !== undefined && own.length > 0 && !own.some((field) => columnOf[field] !== undefined);

/** A data row that repeats the header. */
const HEADER_AGAIN = { kind: 'header' } as const;

/**
 * Whether a data row is `header` written again: a list printed page by page, or pasted together
 * from pages, repeats its header at the top of each (`Прізвище;Ім'я;…` on line 57). Every cell is
 * the header's cell, as headers compare (fields.ts headerKey: case, spaces, dashes, apostrophes),
 * and two cells at least are filled, the first of them written as the header writes it (in any
 * case). Such a row is no person: read as one, it was a man named "Прізвище Ім'я" on one list
 * only. Nearly every row is told apart by that first cell's length, with no key made.
 */
function headerAgain(header: readonly string[]): (cells: readonly string[]) => boolean {
  const keys = header.map(headerKey);
  const first = keys.findIndex((key) => key !== '');
  const filled = keys.filter((key) => key !== '').length;
  if (first < 0 || filled < 2) return () => false;
  const firstText = header[first]!.toLowerCase();
  return (cells) => {
    const cell = cells[first] ?? '';
    if (cell.length !== firstText.length || cell.toLowerCase() !== firstText) return false;
    const width = Math.max(cells.length, keys.length);
    for (let c = 0; c < width; c++) if (headerKey(cells[c] ?? '') !== (keys[c] ?? '')) return false;
    return true;
  };
}

/**
 * A line to sign on, as a list ends: `Підпис: ________ Коваль`, `Начальник штабу ______ І. Петренко`,
 * or the stamp's place, `М.П.`. A cell holding a run of underscores and letters, or the stamp
 * alone, in a row of at most two filled cells. A person's cell never holds both; a cell of
 * underscores alone (`____`, a value not known) is no signature, and a row of more cells is a
 * person whatever it holds.
 */
const SIGNATURE_LINE = /_{3,}/;
const LETTER = /\p{L}/u;
const STAMP = /^[мm]\.\s?[пp]\.?$/iu;

function signatureRow(cells: readonly string[]): boolean {
  // Nearly every row holds three filled cells or more: told by counting, with no pattern tried.
  let filled = 0;
  for (const cell of cells) if (cell !== '' && ++filled > 2) return false;
  return cells.some((cell) => (SIGNATURE_LINE.test(cell) && LETTER.test(cell)) || STAMP.test(cell));
}

/** What kind of non-person row a data row is, if any: all cells empty, a line to sign on, or a closing total. */
export function nonPersonRow(cells: readonly string[]): { kind: 'empty' } | { kind: 'total'; stated: number } | { kind: 'signature' } | undefined {
  const first = cells.find((cell) => cell !== '');
  if (first === undefined) return { kind: 'empty' };
  if (signatureRow(cells)) return { kind: 'signature' };
  // Nearly every row holds a person: look no further unless the row starts like a total.
  if (!TOTAL_WORD.test(first)) return undefined;
  const total = TOTAL_ROW.exec(cells.filter((cell) => cell !== '').join(' ').replace(/\s+/g, ' '));
  return total ? { kind: 'total', stated: Number(total[1]) } : undefined;
}

/**
 * One list file read into records row by row, as it is parsed (no table of rows is held).
 * `warn`: where notes on workbook cells go (default: stderr); `onProgress`: told the share of a
 * CSV file read so far.
 */
export async function interpretFile(
  path: string,
  options: ReadOptions,
  settings: { sheet?: string | undefined; limits: ReadLimits },
  warn?: (message: string) => void,
  onProgress?: (share: number) => void,
): Promise<{ list: PersonList; findings: Finding[] }> {
  let reader: ListReader | undefined;
  const tableOptions = { sheet: settings.sheet, limits: settings.limits, ...(warn ? { warn } : {}), ...(onProgress ? { onProgress } : {}) };
  const delimiter = await readTableRows(path, tableOptions, (source) => {
    const opened = new ListReader(source, options);
    reader = opened;
    return (row) => opened.row(row);
  });
  return reader!.finish(delimiter);
}

/** Interprets a table as a list of people. Findings are the `invalid-value` cells, and the cells read without invisible characters. */
export function interpretTable(table: CsvTable, options: ReadOptions): { list: PersonList; findings: Finding[] } {
  const reader = new ListReader(table, options);
  reader.row({ line: table.headerLine ?? 1, cells: table.header });
  for (const row of table.rows) reader.row(row);
  return reader.finish(table.delimiter);
}

/**
 * A list read row by row, as its file is parsed (io/read-table.ts readTableRows): the first rows
 * wait until the header is found among them, and every row after it becomes a record at once,
 * so no table of rows is held. The same records and findings as reading the whole table.
 */
export class ListReader {
  /** The rows before the header is known; undefined after. */
  private waiting: SourceRow[] | undefined = [];
  private reading!: {
    header: string[];
    headerLine: number;
    skipped: SourceRow[];
    columns: ReturnType<typeof mapHeader>;
    readers: ReturnType<typeof compileReaders>;
    fieldAt: string[];
    /** Extra columns without a header name, each until a row holds something in it. */
    unnamedEmpty: Set<number>;
    invisibleInHeader: ReadingNotes['invisibleInHeader'];
    mapsNotFound: string[];
    /** Whether a data row is the header written again (headerAgain). */
    headerAgain: (cells: readonly string[]) => boolean;
  };
  private readonly names = interner();
  private readonly defaultCategories: string[];
  /** A list without unknown columns (the usual case) gives every record the same empty array. */
  private readonly noExtra: string[] = [];
  private readonly findings: Finding[] = [];
  private readonly records: PersonRecord[] = [];

  constructor(private readonly source: Pick<CsvTable, 'path' | 'sha256' | 'encoding'>, private readonly options: ReadOptions) {
    this.defaultCategories = impliedCategories(options.agreement);
  }

  row(row: SourceRow): void {
    if (this.waiting === undefined) {
      this.dataRow(row);
      return;
    }
    this.waiting.push(row);
    const { headerRow } = this.options;
    // The header is known once the rows it is looked for among are in (or, with --header-row,
    // the row at or past its line).
    if (headerRow !== undefined ? row.line >= headerRow : this.waiting.length >= HEADER_SEARCH) this.settleHeader();
  }

  finish(delimiter: CsvTable['delimiter']): { list: PersonList; findings: Finding[] } {
    if (this.waiting !== undefined) this.settleHeader();
    const { header, headerLine, skipped, columns, unnamedEmpty, invisibleInHeader, mapsNotFound } = this.reading;
    const reading: ReadingNotes = {
      headerLine,
      // The row's text as the clerk wrote it, near enough: its non-empty cells, joined by the
      // delimiter, with what cannot be seen shown (`[U+202E]`, `[U+001B]`), as a finding shows a cell.
      skippedRows: skipped.map((row) => ({
        line: row.line, text: showControlsInText(showInvisible(row.cells.filter((cell) => cell !== '').join(delimiter === '\t' ? ' ' : `${delimiter} `))),
      })),
      // An unnamed column counts only when it holds something.
      unusedColumns: [
        ...columns.unused,
        ...columns.extra.filter((c) => header[c] === '' && !unnamedEmpty.has(c)).map((c) => ({ header: '', column: c + 1 })),
      ].sort((x, y) => x.column - y.column),
      ...(invisibleInHeader ? { invisibleInHeader } : {}),
      ...(mapsNotFound.length > 0 ? { mapsNotFound } : {}),
      ...(this.source.encoding === 'xlsx' ? { workbook: true as const } : {}),
      ...(noneOf(this.options.schema.ownFields, columns.columnOf) ? { noOwnColumns: true as const } : {}),
    };
    const list: PersonList = {
      side: this.options.side, kind: this.options.schema.kind, path: this.source.path, label: this.options.label, sha256: this.source.sha256,
      extraHeader: columns.extra.map((c) => header[c] ?? ''), records: this.records, reading,
    };
    return { list, findings: this.findings };
  }

  /** Finds the header among the rows waiting (title and blank rows above it are skipped), then reads the rows after it. */
  private settleHeader(): void {
    const all = this.waiting!;
    this.waiting = undefined;
    const { path } = this.source;
    const { schema, userMap, headerRow, strictHeaders, agreement } = this.options;
    const at = findHeader(all, schema, path, userMap, headerRow);
    const headerSource = all[at]!;
    // A header is read as a cell is: without invisible characters, so that `sur\u202ename` names
    // surname (each such header told: ReadingNotes.invisibleInHeader), and with the other control
    // characters than tab and line ends shown as `[U+001B]`, since the reports carry its name.
    const invisible = withoutInvisible(headerSource.cells);
    const header = (invisible ? invisible.cells : headerSource.cells).map(showControlsInText);
    const columns = mapHeader(header, schema, path, userMap, { line: headerSource.line, strict: strictHeaders });
    // The field of each mapped column, for the findings of a cell read without invisible characters.
    const fieldAt: string[] = [];
    for (const [field, column] of Object.entries(columns.columnOf)) fieldAt[column] = field;
    this.reading = {
      header, headerLine: headerSource.line, skipped: all.slice(0, at), columns, readers: compileReaders(columns.columnOf, agreement), fieldAt,
      unnamedEmpty: new Set(columns.extra.filter((c) => header[c] === '')),
      invisibleInHeader: invisible?.found.map((cell) => ({ header: showControls(cell.shown), column: cell.column + 1, characters: cell.characters })),
      mapsNotFound: mapsNotIn(header, userMap),
      headerAgain: headerAgain(header),
    };
    for (const row of all.slice(at + 1)) this.dataRow(row);
  }

  private dataRow(source: SourceRow): void {
    const { header, columns, readers, fieldAt, unnamedEmpty } = this.reading;
    const { side } = this.options;
    const { path } = this.source;
    const { findings, records, names, defaultCategories } = this;
    const index = records.length;
    const { line } = source;
    // Invisible characters (bidi controls, zero-width, BOM, soft hyphen) leave every cell here,
    // before anything reads it; each cell that held some is reported once its record id is known.
    const invisible = withoutInvisible(source.cells);
    const cells = invisible ? invisible.cells : source.cells;
    // As written: a cell of nothing but invisible characters still shows the column is used.
    for (const c of unnamedEmpty) {
      if ((source.cells[c] ?? '') === '') continue;
      unnamedEmpty.delete(c);
      // --strict-headers: a column no header names is a column no field takes, once it holds something.
      if (this.options.strictHeaders) {
        throw new InputError(path, `column ${c + 1} has no header and holds data, which no field takes; give it a header and --map it, or remove it (--strict-headers)`, line, c + 1);
      }
    }
    const reportInvisible = (recordId: string) => {
      for (const cell of invisible?.found ?? []) {
        findings.push(invisibleCharacters(side, { recordId, line, index }, path, fieldAt[cell.column] ?? '', cell.column + 1, cell.shown, cell.characters));
      }
    };
    // Unknown columns are carried to the reports as written, a control character shown as `[U+001B]`.
    const extra = columns.extra.length === 0 ? this.noExtra : columns.extra.map((c) => showControlsInText(cells[c] ?? ''));
    const blankRow = nonPersonRow(cells) ?? (this.reading.headerAgain(cells) ? HEADER_AGAIN : undefined);
    if (blankRow !== undefined) {
      const record = toRecord(emptyRow(), { side, index, line, recordId: String(line) }, defaultCategories, extra, names);
      record.rowKind = blankRow.kind;
      if (blankRow.kind === 'total') record.statedTotal = blankRow.stated;
      records.push(record);
      reportInvisible(record.recordId);
      return;
    }
    const idColumn = columns.columnOf.record_id;
    const id = idColumn === undefined ? '' : (cells[idColumn] ?? '');
    const recordId = id && !CONTROL.test(id) ? id : String(line);
    reportInvisible(recordId);
    const row = emptyRow();
    const values = row as Record<FieldName, unknown>;
    for (const { field, column, read } of readers) {
      const cell = cells[column] ?? '';
      const value = read(cell);
      if (value instanceof Refused) {
        for (const problem of value.problems) findings.push(invalidValue(side, { recordId, line, index }, path, field, column + 1, cell, problem));
      }
      values[field] = value instanceof Refused ? value.kept : value;
    }
    if (cells.length > header.length && cells.slice(header.length).some((cell) => cell !== '')) {
      const overflow = cells.slice(header.length).join(' | ');
      findings.push(invalidValue(side, { recordId, line, index }, path, '', header.length + 1, overflow,
        `row has ${cells.length} cells but the header has ${header.length}`));
    }
    records.push(toRecord(row, { side, index, line, recordId }, defaultCategories, extra, names));
  }
}

/**
 * Whether a tag holds a number: one with no digit (`б/н`, "no number") is no tag, as the matcher
 * reads it (remains/identifier.ts, which reads digits after NFKC, as here), and identifies nobody.
 */
const hasNumber = (tag: string | undefined): boolean => tag !== undefined && /\d/.test(tag.normalize('NFKC'));

/**
 * Whether a name cell holds a name: one with no letter (`-`, `—`, `?`, `123`, a clerk's "not
 * known") is no name, as the matcher reads it (names/normalise.ts compares letters only), and
 * identifies nobody. A service number is read as a tag is (hasNumber): `-` or `N/A` is no number.
 * Without this such a row was an only-in-a nobody could match, or was matched on a birth date alone.
 */
const hasLetter = (name: string | undefined): boolean => name !== undefined && LETTER.test(name);

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
    missingIdentity: !hasLetter(surname) && !hasLetter(givenName) && !hasNumber(row.service_number) && !hasNumber(row.tag),
  };
  return record;
}
