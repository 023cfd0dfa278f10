// Turns parsed CSV rows into PersonRecords. Zod validates each row at this edge; every issue
// becomes an `invalid-value` finding naming file, line and column, and the row stays in the run.
import { z } from 'zod';
import type { Agreement } from '../agreement/terms.js';
import { splitFullName } from '../names/full-name.js';
import type { CsvTable, Finding, ListKind, PersonList, PersonRecord, Side } from '../model.js';
import { invalidValue } from '../findings/make.js';
import { DATE_FORMATS_HINT, parseDate } from './dates.js';
import type { FieldName } from './fields.js';
import { mapHeader } from './headers.js';
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

const date = z.string().transform((cell, ctx) => {
  if (cell === '') return undefined;
  const parsed = parseDate(cell);
  if (!parsed) ctx.addIssue({ code: 'custom', message: `not a real date in a known format (${DATE_FORMATS_HINT})` });
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
    date_of_birth: date.optional(),
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
      lookupMedicalStatus, 'medical status', 'severely_wounded, seriously_ill, wounded, ill or healthy').optional(),
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
  kind: ListKind;
  label: string;
  agreement: Agreement;
  userMap: Map<string, FieldName>;
}

/** Interprets a table as a list of people. Findings are the `invalid-value` cells. */
export function interpretTable(table: CsvTable, options: ReadOptions): { list: PersonList; findings: Finding[] } {
  const { side, kind, agreement } = options;
  const columns = mapHeader(table.header, kind, table.path, options.userMap);
  const categories = categoryIndex(agreement);
  const schema = rowSchema(agreement, categories);
  const defaultCategories = agreement.categories.some((c) => c.id === 'all_for_all') ? ['all_for_all'] : [];
  const findings: Finding[] = [];
  const records: PersonRecord[] = [];
  const mapped = Object.entries(columns.columnOf) as Array<[FieldName, number]>;

  table.rows.forEach((source, index) => {
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
    if (source.cells.length > table.header.length && source.cells.slice(table.header.length).some((cell) => cell !== '')) {
      const overflow = source.cells.slice(table.header.length).join(' | ');
      findings.push(invalidValue(side, ref, table.path, '', table.header.length + 1, overflow,
        `row has ${source.cells.length} cells but the header has ${table.header.length}`));
    }
    records.push(toRecord(row, { side, index, line: source.line, recordId }, defaultCategories, columns.extra.map((c) => source.cells[c] ?? '')));
  });

  const list: PersonList = {
    side, kind, path: table.path, label: options.label, sha256: table.sha256,
    extraHeader: columns.extra.map((c) => table.header[c] ?? ''), records,
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
