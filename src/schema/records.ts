// Turns parsed CSV rows into PersonRecords. Zod validates each row at this edge; every issue
// becomes an `invalid-value` finding naming file, line and column, and the row stays in the run.
import { z } from 'zod';
import { impliedCategories, type Agreement } from '../agreement/terms.js';
import { splitFullName } from '../names/full-name.js';
import { MEDICAL_STATUSES, type CsvTable, type Finding, type PersonList, type PersonRecord, type ReadingNotes, type Side, type SourceRow } from '../model.js';
import { invalidValue } from '../findings/make.js';
import { DATE_FORMATS_HINT, parseDate } from './dates.js';
import type { FieldName, ListSchema } from './fields.js';
import { findHeader, mapHeader } from './headers.js';
import {
  categoryIndex, lookupCommission, lookupIdentified, lookupMedicalStatus, lookupSex, splitCategoryCell, valueKey,
} from './values.js';

// A stray control character makes the cell unreadable, and so does U+FFFD, which stands for
// bytes that could not be decoded. Free-text fields may hold line breaks and tabs.
const CONTROL = /[\u0000-\u001f\u007f\ufffd]/;
const CONTROL_IN_FREE_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd]/;
const FREE_TEXT = new Set<FieldName>(['notes', 'captured_at', 'recovered_at']);

const text = (field: FieldName) =>
  z.string().transform((cell, ctx) => {
    if ((FREE_TEXT.has(field) ? CONTROL_IN_FREE_TEXT : CONTROL).test(cell)) {
      ctx.addIssue({ code: 'custom', message: 'contains a control character or an undecodable byte' });
      return z.NEVER;
    }
    return cell === '' ? undefined : cell;
  });

/**
 * A date cell. Two-digit years and spreadsheet day numbers are settled by the field's kind
 * (birth, or a capture/recovery event) and the agreement's reference date; see dates.ts.
 * A date of birth is also read out of a "date and place of birth" cell (`14.03.1988, м. Київ`,
 * `14 березня 1988, м. Київ`, `14.03.1988 р. н., с. Іванівка`): the date that leads the cell,
 * when the rest is separated from it by a comma, semicolon or space. The place is dropped.
 */
const DATE_THEN_PLACE = /^(\S+?)(?:\s*(?:р\.?\s*н\.?|р\.|г\.\s*р\.?|г\.|року|года))?\s*[,;]?\s+\S|^(\S+?)[,;]/u;

const dateCell = (kind: 'birth' | 'event', referenceDate: string) => z.string().transform((cell, ctx) => {
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
  if (!parsed) ctx.addIssue({ code: 'custom', message: problem ?? `not a real date in a known format (${DATE_FORMATS_HINT})` });
  return parsed;
});

function oneOf<T extends string>(lookup: (cell: string) => string | undefined, what: string, known: string) {
  return z.string().transform((cell, ctx) => {
    if (cell === '') return undefined;
    const value = lookup(cell);
    if (value === undefined) ctx.addIssue({ code: 'custom', message: `unknown ${what} (expected ${known})` });
    return value as T | undefined;
  });
}

function rowSchema(agreement: Agreement, categories: Map<string, string>) {
  const date = dateCell('event', agreement.reference_date);
  const dateOfBirth = dateCell('birth', agreement.reference_date);
  const ids = agreement.categories.map((c) => c.id).join(', ');
  const category = z.string().transform((cell, ctx) => {
    const found: string[] = [];
    for (const word of splitCategoryCell(cell)) {
      const id = categories.get(valueKey(word));
      if (id === undefined) ctx.addIssue({ code: 'custom', message: `unknown category "${word}" (agreed: ${ids})` });
      else if (!found.includes(id)) found.push(id);
    }
    return found;
  });
  return z.object({
    record_id: text('record_id').optional(),
    full_name: text('full_name').optional(),
    surname: text('surname').optional(),
    given_name: text('given_name').optional(),
    patronymic: text('patronymic').optional(),
    date_of_birth: dateOfBirth.optional(),
    service_number: text('service_number').optional(),
    rank: text('rank').optional(),
    unit: text('unit').optional(),
    citizenship: text('citizenship').optional(),
    sex: oneOf<'M' | 'F'>(lookupSex, 'sex', 'M or F').optional(),
    captured_on: date.optional(),
    captured_at: text('captured_at').optional(),
    notes: text('notes').optional(),
    category: category.optional(),
    medical_status: oneOf<NonNullable<PersonRecord['medicalStatus']>>(
      lookupMedicalStatus, 'medical status', `${MEDICAL_STATUSES.slice(0, -1).join(', ')} or ${MEDICAL_STATUSES.at(-1)}`).optional(),
    medical_commission: oneOf<PersonRecord['medicalCommission']>(lookupCommission, 'commission finding', 'confirmed, rejected or pending').optional(),
    tag: text('tag').optional(),
    dna_sample_id: text('dna_sample_id').optional(),
    recovered_on: date.optional(),
    recovered_at: text('recovered_at').optional(),
    identified: oneOf<'yes' | 'no'>(lookupIdentified, 'identified value', 'yes or no').optional(),
  });
}

type Row = z.output<ReturnType<typeof rowSchema>>;

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

/** What kind of non-person row a data row is, if any: all cells empty, or a closing total. */
export function nonPersonRow(cells: readonly string[]): { kind: 'empty' } | { kind: 'total'; stated: number } | undefined {
  const filled = cells.filter((cell) => cell !== '');
  if (filled.length === 0) return { kind: 'empty' };
  const total = TOTAL_ROW.exec(filled.join(' ').replace(/\s+/g, ' '));
  return total ? { kind: 'total', stated: Number(total[1]) } : undefined;
}

/** Interprets a table as a list of people. Findings are the `invalid-value` cells. */
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
  const categories = categoryIndex(agreement);
  const schema = rowSchema(agreement, categories);
  const defaultCategories = impliedCategories(agreement);
  const findings: Finding[] = [];
  const records: PersonRecord[] = [];
  const mapped = Object.entries(columns.columnOf) as Array<[FieldName, number]>;

  dataRows.forEach((source, index) => {
    const blankRow = nonPersonRow(source.cells);
    if (blankRow !== undefined) {
      const at = { side, index, line: source.line, recordId: String(source.line) };
      const record = toRecord({}, at, defaultCategories, columns.extra.map((c) => source.cells[c] ?? ''));
      record.rowKind = blankRow.kind;
      if (blankRow.kind === 'total') record.statedTotal = blankRow.stated;
      records.push(record);
      return;
    }
    const input: Record<string, string> = {};
    for (const [field, column] of mapped) input[field] = source.cells[column] ?? '';
    const recordId = input.record_id && !CONTROL.test(input.record_id) ? input.record_id : String(source.line);
    const ref = { recordId, line: source.line, index };
    const result = schema.safeParse(input);
    let row: Partial<Row> = {};
    if (result.success) {
      row = result.data;
    } else {
      // Keep the readable cells: parse each field alone so one bad cell spoils only itself.
      const bad = new Set(result.error.issues.map((issue) => String(issue.path[0])));
      const located = result.error.issues.map((issue) => {
        const field = String(issue.path[0]) as FieldName;
        return { field, column: columns.columnOf[field]!, message: issue.message };
      });
      for (const { field, column, message } of located.sort((x, y) => x.column - y.column)) {
        findings.push(invalidValue(side, ref, table.path, field, column + 1, input[field] ?? '', message));
      }
      const good = Object.fromEntries(Object.entries(input).filter(([field]) => !bad.has(field)));
      // An unknown category word spoils only itself: the agreed words beside it still count.
      if (bad.has('category')) {
        good.category = splitCategoryCell(input.category ?? '').filter((word) => categories.has(valueKey(word))).join('|');
      }
      row = schema.parse(good);
    }
    if (source.cells.length > header.length && source.cells.slice(header.length).some((cell) => cell !== '')) {
      const overflow = source.cells.slice(header.length).join(' | ');
      findings.push(invalidValue(side, ref, table.path, '', header.length + 1, overflow,
        `row has ${source.cells.length} cells but the header has ${header.length}`));
    }
    records.push(toRecord(row, { side, index, line: source.line, recordId }, defaultCategories, columns.extra.map((c) => source.cells[c] ?? '')));
  });

  const list: PersonList = {
    side, kind, path: table.path, label: options.label, sha256: table.sha256,
    extraHeader: columns.extra.map((c) => header[c] ?? ''), records, reading,
  };
  return { list, findings };
}

function toRecord(
  row: Partial<Row>,
  at: Pick<PersonRecord, 'side' | 'index' | 'line' | 'recordId'>,
  defaultCategories: string[],
  extra: string[],
): PersonRecord {
  let { surname, given_name: givenName, patronymic } = row;
  if (row.full_name && !surname && !givenName) {
    const split = splitFullName(row.full_name);
    surname = split.surname;
    givenName = split.givenName;
    patronymic ??= split.patronymic;
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
