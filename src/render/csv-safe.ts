// CSV text for reports: csv-stringify, with text cells neutralised against formula injection
// (a leading = + - @ tab or CR makes spreadsheets evaluate the cell; a leading ' stops it).
import { stringify } from 'csv-stringify/sync';

const FORMULA_START = /^[=+\-@\t\r]/;

export function safeCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** A number we format ourselves to a fixed count of decimals (a score: `-0.53`, `12.40`). */
export interface Fixed {
  value: number;
  digits: number;
}

export const fixed = (value: number, digits: number): Fixed => ({ value, digits });

/** A report cell: text (neutralised when written), a number, or a fixed-decimal number (written as they are). */
export type Cell = string | number | Fixed | undefined;

/** A number cell's text; undefined for a text cell. */
const numberText = (cell: Cell): string | undefined =>
  typeof cell === 'number' ? String(cell) : typeof cell === 'object' ? cell.value.toFixed(cell.digits) : undefined;

/** A report table: its header and rows of cells, before they become CSV or a sheet. */
export interface ReportTable {
  header: string[];
  rows: Cell[][];
}

export interface CsvStyle {
  /**
   * --excel: as Excel on a Ukrainian or Russian Windows opens a CSV file by double-click: UTF-8
   * with a BOM (else it reads Windows-1251) and `;` between cells (the list separator there,
   * where `,` is the decimal mark). Otherwise UTF-8 without a BOM and `,`.
   */
  excel?: boolean;
}

const BOM = '\ufeff';

/** Numbers we format ourselves are written as they are; every other cell is neutralised. */
export function toCsv(header: string[], rows: Cell[][], style: CsvStyle = {}): string {
  const cells = rows.map((row) => row.map((cell) => numberText(cell) ?? safeCell(typeof cell === 'string' ? cell : '')));
  const text = stringify([header.map(safeCell), ...cells], { record_delimiter: 'unix', delimiter: style.excel ? ';' : ',' });
  return style.excel ? BOM + text : text;
}

export const tableCsv = (table: ReportTable, style: CsvStyle = {}) => toCsv(table.header, table.rows, style);
