// CSV text for reports: csv-stringify, with text cells neutralised against formula injection
// (a leading = + - @ tab or CR makes spreadsheets evaluate the cell; a leading ' stops it).
import { stringify } from 'csv-stringify/sync';

const FORMULA_START = /^[=+\-@\t\r]/;

export function safeCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export type Cell = string | number | undefined;

/** Numbers we format ourselves are written as they are; every other cell is neutralised. */
export function toCsv(header: string[], rows: Cell[][]): string {
  const cells = rows.map((row) => row.map((cell) => (typeof cell === 'number' ? String(cell) : safeCell(cell ?? ''))));
  return stringify([header.map(safeCell), ...cells], { record_delimiter: 'unix' });
}
