// .xlsx workbook → the same header and rows a CSV file gives (csv.ts), so the rest of the
// pipeline does not know the difference. exceljs reads the workbook; we turn each cell into the
// text a clerk sees, and every row keeps its sheet row number as its line, so a message says
// `list.xlsx:ROW:COL` with the sheet's own row and column numbers.
//
// Formulas are never evaluated: a formula cell reads as the result the spreadsheet cached when
// it saved the file. A formula with no cached result (a workbook written by a program that did
// not calculate it) is an empty cell, and a warning naming the cell goes to stderr.

import type { CellValue, Workbook, Worksheet } from 'exceljs';
import { InputError } from '../errors.js';
import type { SourceRow } from '../model.js';
import { DEFAULT_LIMITS, formatBytes, limitHint, overLimit, type ReadLimits } from './limits.js';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const WORKBOOK_PART = Buffer.from('xl/workbook.xml', 'latin1');

/**
 * Whether the bytes are an .xlsx workbook: a ZIP archive with an `xl/workbook.xml` part. Detected
 * by content, not by extension, so standard input and misnamed files work; other ZIP archives
 * (.ods, .docx) are left to decode.ts, which refuses them with a hint.
 */
export function isXlsx(bytes: Uint8Array): boolean {
  if (bytes.length < ZIP_MAGIC.length || !ZIP_MAGIC.every((byte, i) => bytes[i] === byte)) return false;
  // Part names are stored in plain bytes in the local and central directory headers.
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(WORKBOOK_PART);
}

export interface ParsedXlsx {
  /** The sheet that was read. */
  sheet: string;
  header: string[];
  /** The sheet row of the header. */
  headerLine: number;
  rows: SourceRow[];
}

export interface XlsxOptions {
  /** The sheet to read; default: the first. */
  sheet?: string;
  /** Where notes about cells go (formulas without a cached result); default: stderr. */
  warn?: (message: string) => void;
  /** Largest cell and row, most columns, as for CSV (default: DEFAULT_LIMITS). */
  limits?: ReadLimits;
}

/**
 * What the archive's parts hold once unpacked, from its central directory (the sizes the archive
 * declares), or undefined when there is none to read. exceljs unpacks a workbook whole in
 * memory, so a small file that unpacks to gigabytes (a ZIP bomb) is refused before it is loaded.
 */
export function unpackedSize(bytes: Uint8Array): number | undefined {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record: in the last 64 KiB (its comment) plus its own 22 bytes.
  const end = view.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end === -1 || end + 22 > view.length || end < view.length - 0xffff - 22) return undefined;
  const entries = view.readUInt16LE(end + 10);
  let at = view.readUInt32LE(end + 16);
  let total = 0;
  for (let i = 0; i < entries; i++) {
    if (at + 46 > view.length || view.readUInt32LE(at) !== 0x02014b50) return undefined;
    const size = view.readUInt32LE(at + 24);
    // 0xFFFFFFFF: the real size is in a ZIP64 field; at least 4 GiB either way.
    total += size;
    at += 46 + view.readUInt16LE(at + 28) + view.readUInt16LE(at + 30) + view.readUInt16LE(at + 32);
  }
  return total;
}

/** Loads a workbook, refusing one exceljs cannot read as a one-line InputError. */
export async function loadWorkbook(bytes: Uint8Array, file: string, maxUnpackedBytes = DEFAULT_LIMITS.maxFileBytes): Promise<Workbook> {
  const unpacked = unpackedSize(bytes);
  if (unpacked !== undefined && unpacked > maxUnpackedBytes) {
    throw new InputError(file, `is a workbook that unpacks to ${formatBytes(unpacked)}, too large for a list (${limitHint('maxFileBytes', maxUnpackedBytes)})`);
  }
  // Loaded on first use, so that a run on CSV files does not pay for it.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch (error) {
    throw new InputError(file, `is not a readable .xlsx workbook (${(error as Error).message}): open it and save it again, or save it as CSV`);
  }
  return workbook;
}

/** The named sheet, or the first; an unknown name is an InputError listing the sheets there are. */
export function pickSheet(workbook: Workbook, file: string, name?: string): Worksheet {
  const sheets = workbook.worksheets;
  const sheet = name === undefined ? sheets[0] : sheets.find((s) => s.name === name) ?? sheets.find((s) => s.name.trim().toLowerCase() === name.trim().toLowerCase());
  if (sheet === undefined) {
    const names = sheets.map((s) => `"${s.name}"`).join(', ');
    throw new InputError(file, name === undefined ? 'the workbook has no sheets' : `has no sheet "${name}" (its sheets: ${names || 'none'})`);
  }
  return sheet;
}

export async function parseXlsx(bytes: Uint8Array, file: string, options: XlsxOptions = {}): Promise<ParsedXlsx> {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const workbook = await loadWorkbook(bytes, file, limits.maxFileBytes);
  const sheet = pickSheet(workbook, file, options.sheet);
  const warn = options.warn ?? ((message: string) => process.stderr.write(`${message}\n`));
  const records: SourceRow[] = [];
  // eachRow skips rows with no values: blank sheet rows are blank lines, as in a CSV file.
  sheet.eachRow((row, rowNumber) => {
    const cells: string[] = [];
    if (row.cellCount > limits.maxColumns) {
      throw new InputError(file, overLimit.columns(row.cellCount, limits), rowNumber, limits.maxColumns + 1);
    }
    let rowBytes = 0;
    // Column A is cell 0 even when it is empty, so that a cell's column is the sheet's column.
    for (let column = 1; column <= row.cellCount; column++) {
      const cell = row.getCell(column);
      const text = cellText(cell.value);
      if (text === undefined) {
        warn(`${file}:${rowNumber}:${column}: warning: the formula in ${cell.address} has no saved result (formulas are not calculated); read as an empty cell`);
      }
      const value = (text ?? '').trim();
      // The limits of a CSV file, so that a workbook is no way around them.
      const bytes = Buffer.byteLength(value);
      if (bytes > limits.maxCellBytes) throw new InputError(file, overLimit.cell(bytes, limits), rowNumber, column);
      rowBytes += bytes;
      if (rowBytes > limits.maxRowBytes) {
        throw new InputError(file, overLimit.row(limits), rowNumber, column);
      }
      cells.push(value);
    }
    records.push({ line: rowNumber, cells });
  });
  const [header, ...rows] = records;
  if (header === undefined) {
    // The list may be on another sheet of the workbook: name them, with the option that reads one.
    const others = workbook.worksheets.filter((s) => s !== sheet && s.actualRowCount > 0).map((s) => `"${s.name}"`);
    const elsewhere = others.length > 0 ? `; the workbook's other sheets with rows: ${others.join(', ')} (read one with --sheet NAME)` : '';
    throw new InputError(file, `the sheet "${sheet.name}" is empty (no header row)${elsewhere}`);
  }
  // Formatted but empty cells after the last column are not columns.
  trimTrailingEmpty(header.cells, 0);
  for (const row of rows) {
    trimTrailingEmpty(row.cells, header.cells.length);
    while (row.cells.length < header.cells.length) row.cells.push('');
  }
  return { sheet: sheet.name, header: header.cells, headerLine: header.line, rows };
}

function trimTrailingEmpty(cells: string[], keep: number): void {
  while (cells.length > keep && cells[cells.length - 1] === '') cells.pop();
}

/** A cell's value as text; `undefined` for a formula without a cached result. */
export function cellText(value: CellValue | undefined): string | undefined {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return plainNumber(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return formatDateTime(value);
  if (typeof value !== 'object') return String(value);
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: unknown }).result;
    if (result === undefined || result === null) return undefined;
    if (typeof result === 'object' && !(result instanceof Date) && 'error' in result) return String((result as { error: unknown }).error);
    return cellText(result as CellValue);
  }
  if ('hyperlink' in value) return cellText((value as { text?: CellValue }).text) ?? '';
  if ('error' in value) return String(value.error);
  return '';
}

const PLAIN = new Intl.NumberFormat('en-US', { useGrouping: false, maximumSignificantDigits: 15 });

/**
 * A number as plain decimal text, as Excel shows it: 15 significant digits (so 0.1+0.2 is 0.3),
 * never an exponent (1e-7 is 0.0000001).
 */
export function plainNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const text = PLAIN.format(value);
  return text === '-0' ? '0' : text;
}

/**
 * exceljs gives a date cell as a Date at that wall-clock time in UTC: YYYY-MM-DD, or
 * YYYY-MM-DD HH:MM:SS when it has a time of day (to the nearest second).
 */
export function formatDateTime(date: Date): string {
  const rounded = new Date(Math.round(date.getTime() / 1000) * 1000);
  if (Number.isNaN(rounded.getTime())) return '';
  const iso = rounded.toISOString();
  const day = iso.slice(0, 10);
  const time = iso.slice(11, 19);
  return time === '00:00:00' ? day : `${day} ${time}`;
}
