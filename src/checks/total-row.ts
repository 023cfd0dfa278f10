// Rows that hold no person (schema/records.ts nonPersonRow): a row of empty cells is
// `empty-row`; a closing total (`Всього: 23 особи`) is checked against the records of its list,
// `total-mismatch` when it differs; the header written again (a list printed page by page) and a
// line to sign on (`Підпис: ______ Коваль`) are said on stderr when the list is read. All stay in
// the ledger as `invalid`, so that every data row of the file is still accounted for; none is
// matched or counted.
import { finding } from '../findings/make.js';
import type { Finding, PersonList, PersonRecord } from '../model.js';

/** Records of the list that are rows of the clerk's list: every row but empty, total, repeated header and signature rows. */
export function listedRows(list: PersonList): number {
  return list.records.filter((r) => r.rowKind === undefined).length;
}

/** The findings of one non-person row; [] for a person's row and for a total that agrees. */
export function nonPersonFindings(record: PersonRecord, counted: number): Finding[] {
  const side = record.side;
  if (record.rowKind === 'empty') return [finding('empty-row', { [side]: record })];
  if (record.rowKind === 'total' && record.statedTotal !== counted) {
    return [finding('total-mismatch', { [side]: record }, { args: { stated: record.statedTotal ?? 0, counted } })];
  }
  return [];
}

/** The ledger note (`why`) of a non-person row. */
export function nonPersonNote(record: PersonRecord): string | undefined {
  if (record.rowKind === 'empty') return 'empty row';
  if (record.rowKind === 'total') return `closing total row: ${record.statedTotal}`;
  if (record.rowKind === 'header') return 'the header again';
  if (record.rowKind === 'signature') return 'a signature line';
  return undefined;
}
