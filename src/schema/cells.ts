// Cell readers, compiled once per file: for each mapped column a plain function from the cell's
// text to its value, or to the problems that make it unreadable. Reading a row is then one call
// per mapped cell, with no schema walked and no object built for a good row (issue 11: reading
// must not cost more than parsing). The words of every problem are those of an `invalid-value`.
import type { Agreement } from '../agreement/terms.js';
import { MEDICAL_STATUSES, type CommissionFinding, type MedicalStatus, type PartialDate, type Sex } from '../model.js';
import { DATE_FORMATS_HINT, parseDate, type DateKind } from './dates.js';
import type { FieldName } from './fields.js';
import { categoryIndex, lookupCommission, lookupIdentified, lookupMedicalStatus, lookupSex, splitCategoryCell, valueKey } from './values.js';

/** What each field's cell reads as (an empty cell reads as undefined, except a category: []). */
export interface FieldValues {
  record_id: string; full_name: string; surname: string; given_name: string; patronymic: string;
  date_of_birth: PartialDate; service_number: string; rank: string; unit: string; citizenship: string;
  sex: Sex; captured_on: PartialDate; captured_at: string; notes: string;
  category: string[]; medical_status: MedicalStatus; medical_commission: CommissionFinding;
  tag: string; dna_sample_id: string; recovered_on: PartialDate; recovered_at: string; identified: 'yes' | 'no';
}

/** A row as its cells read: the values of the fields it maps. */
export type RowValues = { [F in FieldName]?: FieldValues[F] };

/** A cell that could not be read whole: each problem is one finding; `kept` is what still counts (a category's agreed words). */
export class Refused<T> {
  constructor(readonly problems: readonly string[], readonly kept?: T) {}
}

export type CellReader<T> = (cell: string) => T | undefined | Refused<T>;

// A stray control character (C0, DEL or C1: U+0080–U+009F, such as a Windows-1251 byte 0x98 or
// a CSI, U+009B) makes the cell unreadable, and so does U+FFFD, which stands for bytes that could
// not be decoded. Free-text fields may hold line breaks and tabs.
export const CONTROL = /[\u0000-\u001f\u007f-\u009f\ufffd]/;
const CONTROL_IN_FREE_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffd]/;
const CONTROL_PROBLEM = new Refused<string>(['contains a control character or an undecodable byte']);

/**
 * A spreadsheet's error values (Excel's, and LibreOffice's `Err:502`): what a cell shows when
 * the formula behind it failed, in a workbook or in the CSV saved from it. No name, number or
 * id is written so.
 */
const SPREADSHEET_ERROR = /^(?:#(?:N\/A|NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)|Err:\d{3})$/i;

function text(control: RegExp, errors = true): CellReader<string> {
  return (cell) => {
    if (cell === '') return undefined;
    if (control.test(cell)) return CONTROL_PROBLEM;
    if (errors && cell.length <= 13 && SPREADSHEET_ERROR.test(cell)) {
      return new Refused([`a spreadsheet's error value (${cell}), not a value: the formula behind it failed`]);
    }
    return cell;
  };
}

/**
 * A date cell. Two-digit years and spreadsheet day numbers are settled by the field's kind
 * (birth, or a capture/recovery event) and the agreement's reference date; see dates.ts.
 * A date of birth is also read out of a "date and place of birth" cell (`14.03.1988, м. Київ`,
 * `14 березня 1988, м. Київ`, `14.03.1988 р. н., с. Іванівка`): the date that leads the cell,
 * when the rest is separated from it by a comma, semicolon or space. The place is dropped.
 */
const DATE_THEN_PLACE = /^(\S+?)(?:\s*(?:р\.?\s*н\.?|р\.|г\.\s*р\.?|г\.|року|года))?\s*[,;]?\s+\S|^(\S+?)[,;]/u;

function date(kind: DateKind, referenceDate: string): CellReader<PartialDate> {
  return (cell) => {
    if (cell === '') return undefined;
    let problem: string | undefined;
    const read = (text: string, report: boolean) =>
      parseDate(text, { kind, referenceDate, onProblem: (p) => { if (report) problem = p; } });
    let parsed = read(cell, true);
    if (!parsed && kind === 'birth') {
      const beforeComma = cell.split(/[,;]/)[0]!.trim();
      const lead = DATE_THEN_PLACE.exec(cell);
      const prefix = (lead?.[1] ?? lead?.[2])?.replace(/[,;]$/, '');
      if (beforeComma !== cell) parsed = read(beforeComma, true);
      if (!parsed && prefix !== undefined) parsed = read(prefix, false);
    }
    return parsed ?? new Refused([problem ?? `not a real date in a known format (${DATE_FORMATS_HINT})`]);
  };
}

function oneOf<T extends string>(lookup: (cell: string) => string | undefined, what: string, known: string): CellReader<T> {
  const unknown = new Refused<T>([`unknown ${what} (expected ${known})`]);
  return (cell) => (cell === '' ? undefined : ((lookup(cell) as T | undefined) ?? unknown));
}

/** Agreed category ids, once each; an unknown word spoils only itself: the agreed words beside it still count. */
function category(agreement: Agreement): CellReader<string[]> {
  const categories = categoryIndex(agreement);
  const ids = agreement.categories.map((c) => c.id).join(', ');
  return (cell) => {
    const found: string[] = [];
    const problems: string[] = [];
    for (const word of splitCategoryCell(cell)) {
      const id = categories.get(valueKey(word));
      if (id === undefined) problems.push(`unknown category "${word}" (agreed: ${ids})`);
      else if (!found.includes(id)) found.push(id);
    }
    return problems.length > 0 ? new Refused(problems, found) : found;
  };
}

/** How each field's cells are read; every field has its reader (the compiler checks). */
function fieldReaders(agreement: Agreement): { [F in FieldName]: CellReader<FieldValues[F]> } {
  const plain = text(CONTROL);
  // A note may say anything, a spreadsheet's error value too.
  const free = text(CONTROL_IN_FREE_TEXT, false);
  const event = date('event', agreement.reference_date);
  return {
    record_id: plain, full_name: plain, surname: plain, given_name: plain, patronymic: plain,
    date_of_birth: date('birth', agreement.reference_date),
    service_number: plain, rank: plain, unit: plain, citizenship: plain,
    sex: oneOf(lookupSex, 'sex', 'M or F'),
    captured_on: event, captured_at: free, notes: free,
    category: category(agreement),
    medical_status: oneOf(lookupMedicalStatus, 'medical status', `${MEDICAL_STATUSES.slice(0, -1).join(', ')} or ${MEDICAL_STATUSES.at(-1)}`),
    medical_commission: oneOf(lookupCommission, 'commission finding', 'confirmed, rejected or pending'),
    tag: plain, dna_sample_id: plain, recovered_on: event, recovered_at: free,
    identified: oneOf(lookupIdentified, 'identified value', 'yes or no'),
  };
}

/**
 * Fields whose cells repeat down a list (names, ranks, units, categories, dates): their readings
 * are remembered, so a repeated cell is read once and every record holds the same string, array or
 * date. Ids, service numbers and notes are nearly all distinct and are read afresh. The memory is
 * bounded, so a column of distinct values costs no more than this many entries.
 */
const REPEATING = new Set<FieldName>([
  'surname', 'given_name', 'patronymic', 'date_of_birth', 'rank', 'unit', 'citizenship', 'sex', 'captured_on', 'captured_at',
  'category', 'medical_status', 'medical_commission', 'recovered_on', 'recovered_at', 'identified',
]);
export const MEMO_LIMIT = 50_000;

/** `read`, remembering the reading of up to `limit` distinct cells. */
export function remembered<T>(read: CellReader<T>, limit = MEMO_LIMIT): CellReader<T> {
  const memo = new Map<string, T | undefined | Refused<T>>();
  return (cell) => {
    let reading = memo.get(cell);
    if (reading === undefined && !memo.has(cell)) {
      reading = read(cell);
      if (memo.size < limit) memo.set(cell, reading);
    }
    return reading;
  };
}

/** One copy of each of the first `limit` distinct strings it is given (names split out of a full-name cell). */
export function interner(limit = MEMO_LIMIT): (text: string | undefined) => string | undefined {
  const held = new Map<string, string>();
  return (text) => {
    if (text === undefined) return undefined;
    const known = held.get(text);
    if (known !== undefined) return known;
    if (held.size < limit) held.set(text, text);
    return text;
  };
}

/** A mapped column with the reader of its field. */
export interface ColumnReader<F extends FieldName = FieldName> {
  field: F;
  /** 0-based. */
  column: number;
  read: CellReader<FieldValues[F]>;
}

/** The readers of a file's mapped columns, in column order (the order its findings are reported in). */
export function compileReaders(columnOf: Partial<Record<FieldName, number>>, agreement: Agreement): ColumnReader[] {
  const readers = fieldReaders(agreement);
  const columns = Object.entries(columnOf) as Array<[FieldName, number]>;
  return columns
    .sort((x, y) => x[1] - y[1])
    .map(([field, column]): ColumnReader => {
      const read = readers[field] as CellReader<unknown>;
      return { field, column, read: REPEATING.has(field) ? remembered(read) : read } as ColumnReader;
    });
}
