// CSV text for reports: csv-stringify, with text cells neutralised against formula injection
// (a leading = + - @ tab or CR makes spreadsheets evaluate the cell; a leading ' stops it).
import { stringify } from 'csv-stringify/sync';
import { TICK_EVERY } from '../progress.js';

/**
 * Whether a char code starts a formula: = + - @ tab CR. Compared, not looked up in a set: every
 * cell of every report passes here (16 million at a million a side).
 */
const startsFormula = (code: number): boolean => code === 61 || code === 43 || code === 45 || code === 64 || code === 9 || code === 13;

export function safeCell(value: string): string {
  return startsFormula(value.charCodeAt(0)) ? `'${value}` : value;
}

/** A number we format ourselves to a fixed count of decimals (a score: `-0.53`, `12.40`). */
export interface Fixed {
  value: number;
  digits: number;
}

export const fixed = (value: number, digits: number): Fixed => ({ value, digits });

/** A report cell: text (neutralised when written), a number, or a fixed-decimal number (written as they are). */
export type Cell = string | number | Fixed | undefined;

/**
 * A cell as csv-stringify receives it: our numbers as they are, every text neutralised. With
 * `comma` (--excel) a number's decimal mark is `,`, as Excel on a Ukrainian or Russian Windows
 * reads it: there `14.05` is not a number but a date (14 May), and `38.51` is text.
 */
function cellText(cell: Cell, comma = false): string {
  if (typeof cell === 'string') return safeCell(cell);
  const text = typeof cell === 'number' ? String(cell) : cell === undefined ? '' : cell.value.toFixed(cell.digits);
  return comma ? text.replace('.', ',') : text;
}

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

/**
 * Rows handed to csv-stringify at a time: one call per chunk keeps its option handling out of the
 * loop, and no table of a million rows is held twice (cells, then text) before it is written. A
 * small chunk dies young: at 2,048 rows the young generation's collections copied each live chunk
 * and took twice as long (100,000 a side: 0.73-0.92 s against 0.32-0.43 s while writing).
 */
const CHUNK = 256;

/**
 * The CSV text in pieces of CHUNK rows, each made when it is asked for: a file of a million rows is
 * written piece by piece and never held whole. Numbers we format ourselves are written as they
 * are; every other cell is neutralised.
 */
export function* csvPieces(header: string[], rows: Iterable<Cell[]>, style: CsvStyle = {}): Iterable<string> {
  const start = csvStart(style);
  if (start) yield start;
  for (const chunk of csvChunks(header, rows, CHUNK, style)) yield csvText(chunk, style);
}

/** Rows of text cells as CSV: what csvPieces writes of each chunk, here or on a worker thread (csv-off-thread.ts). */
export const csvText = (rows: string[][], style: CsvStyle): string =>
  stringify(rows, { record_delimiter: 'unix', delimiter: style.excel ? ';' : ',' });

/** The header and the rows as text cells, neutralised, `size` rows a chunk (the header first in the first). */
export function* csvChunks(header: string[], rows: Iterable<Cell[]>, size: number, style: CsvStyle = {}): Iterable<string[][]> {
  const comma = style.excel === true;
  let chunk: string[][] = [header.map(safeCell)];
  for (const row of rows) {
    const cells = new Array<string>(row.length);
    for (let i = 0; i < row.length; i++) cells[i] = cellText(row[i], comma);
    chunk.push(cells);
    if (chunk.length === size) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length > 0) yield chunk;
}

/** The byte-order mark --excel begins a file with. */
export const csvStart = (style: CsvStyle): string => (style.excel ? BOM : '');

/** The CSV text whole: csvPieces joined. */
export const toCsv = (header: string[], rows: Iterable<Cell[]>, style: CsvStyle = {}): string => [...csvPieces(header, rows, style)].join('');

/** A table whose rows may be made one at a time as they are written (ledger.csv of a million people). */
export interface RowSource {
  header: string[];
  rows: Iterable<Cell[]>;
  /** How many rows there are, where known before they are made (a large table is written on a worker thread). */
  count?: number;
}

/** The rows of `items`, each made when it is written. */
export function* mapped<T>(items: readonly T[], rowOf: (item: T) => Cell[]): Iterable<Cell[]> {
  for (const item of items) yield rowOf(item);
}

/**
 * The same table, telling `made` how many rows have been made so far, every few thousand (a
 * report's progress while it is written: ledger.csv of a million rows takes seconds).
 */
export function counted(table: RowSource, made: ((rows: number) => void) | undefined): RowSource {
  if (!made) return table;
  const rows = table.rows;
  function* tellingRows(): Iterable<Cell[]> {
    let done = 0;
    for (const row of rows) {
      if (done % TICK_EVERY === 0) made!(done);
      done++;
      yield row;
    }
  }
  return { ...table, rows: tellingRows() };
}

export const tableCsv = (table: RowSource, style: CsvStyle = {}) => toCsv(table.header, table.rows, style);

/** The rows of `items`, each made when it is written, with their count. */
export const rowsOf = <T>(header: string[], items: readonly T[], rowOf: (item: T) => Cell[]): RowSource => ({ header, rows: mapped(items, rowOf), count: items.length });
