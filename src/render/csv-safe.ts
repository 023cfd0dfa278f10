// CSV text for reports: csv-stringify, with text cells neutralised against formula injection
// (a leading = + - @ tab or CR makes spreadsheets evaluate the cell; a leading ' stops it).
import { stringify } from 'csv-stringify/sync';

const FORMULA_START = /^[=+\-@\t\r]/;

export function safeCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export type Cell = string | number | undefined;

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
  const cells = rows.map((row) => row.map((cell) => (typeof cell === 'number' ? String(cell) : safeCell(cell ?? ''))));
  const text = stringify([header.map(safeCell), ...cells], { record_delimiter: 'unix', delimiter: style.excel ? ';' : ',' });
  return style.excel ? BOM + text : text;
}

export const tableCsv = (table: ReportTable, style: CsvStyle = {}) => toCsv(table.header, table.rows, style);
