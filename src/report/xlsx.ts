// report.xlsx (--xlsx): the ledger, the discrepancies and the review as three sheets of one
// workbook, with the same columns and cells as the CSV files. Each sheet has its header row
// frozen and an autofilter on it, and columns wide enough to read.
//
// Cells are the CSV cells: numbers as numbers, everything else as a string cell with the same
// formula-injection rule as the CSV files (csv-safe.ts); nothing is ever written as a formula.
//
// The file is deterministic: the same run gives the same bytes. exceljs stamps the workbook's
// created/modified properties and every ZIP entry with the current time; we set the properties
// to the agreement's reference date and rewrite the ZIP entries' timestamps to that date too.
import type { Workbook } from 'exceljs';
import type { Agreement } from '../agreement/terms.js';
import { t } from '../i18n/catalogue.js';
import { safeCell, type ReportTable } from '../render/csv-safe.js';

export interface ReportSheets {
  ledger: ReportTable;
  discrepancies: ReportTable;
  review: ReportTable;
}

const MIN_WIDTH = 6;
const MAX_WIDTH = 60;
/** Widths are measured on this many rows; a long tail of rows does not change them. */
const WIDTH_SAMPLE = 1000;
const FALLBACK_TIME = new Date(Date.UTC(2000, 0, 1));
/** The most characters (UTF-16 units) a cell of Excel holds; a longer one makes Excel repair the file. */
export const EXCEL_CELL_MAX = 32_767;

/**
 * A text cell as a sheet can hold it: past EXCEL_CELL_MAX, cut (never inside a surrogate pair) and
 * ended with a note in the run's language saying so and where the whole text is (the CSV file).
 */
export function sheetText(text: string, file: string): string {
  if (text.length <= EXCEL_CELL_MAX) return text;
  const note = t('xlsx.cut', { n: text.length, file });
  let end = EXCEL_CELL_MAX - note.length;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return text.slice(0, end) + note;
}

/** The fixed time written into report.xlsx: the agreement's reference date, at midnight UTC. */
export function workbookTime(agreement: Pick<Agreement, 'reference_date'>): Date {
  const date = new Date(`${agreement.reference_date}T00:00:00Z`);
  // A ZIP timestamp cannot say anything before 1980.
  return Number.isNaN(date.getTime()) || date.getUTCFullYear() < 1980 || date.getUTCFullYear() > 2107 ? FALLBACK_TIME : date;
}

export async function reportXlsx(sheets: ReportSheets, time: Date): Promise<Buffer> {
  // Loaded on first use, so that a run without --xlsx does not pay for it.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'exchange';
  workbook.lastModifiedBy = 'exchange';
  workbook.created = time;
  workbook.modified = time;
  for (const [name, table] of Object.entries(sheets) as Array<[string, ReportTable]>) addSheet(workbook, name, table);
  const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
  setZipTimes(bytes, time);
  return bytes;
}

function addSheet(workbook: Workbook, name: string, table: ReportTable): void {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
  const file = `${name}.csv`;
  const text = (cell: string) => sheetText(safeCell(cell), file);
  const headerCells = table.header.map(text);
  // A fixed-decimal number is a number cell of the value the CSV file writes, shown with its
  // decimals (a score of 12.40 stays 12.40; 38.5111 is 38.51, as in ledger.csv, not only shown so).
  const rows = table.rows.map((row) => row.map((cell) => (typeof cell === 'number' ? cell : typeof cell === 'object' ? Number(cell.value.toFixed(cell.digits)) : text(cell ?? ''))));
  sheet.addRow(headerCells).font = { bold: true };
  for (const [r, row] of rows.entries()) {
    const added = sheet.addRow(row);
    table.rows[r]!.forEach((cell, c) => {
      if (typeof cell === 'object') added.getCell(c + 1).numFmt = `0.${'0'.repeat(cell.digits)}`;
    });
  }
  const columns = Math.max(1, table.header.length);
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns } };
  for (let column = 1; column <= table.header.length; column++) {
    let width = (headerCells[column - 1] ?? '').length + 3; // room for the filter button
    for (const row of rows.slice(0, WIDTH_SAMPLE)) width = Math.max(width, String(row[column - 1] ?? '').length + 1);
    sheet.getColumn(column).width = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, width));
  }
}

/**
 * Rewrites the modification time of every entry of a ZIP archive (local headers and central
 * directory) to `time`, in place. The archive exceljs writes has no data descriptors or
 * extended-timestamp fields, so these are the only clocks in it.
 */
export function setZipTimes(zip: Buffer, time: Date): void {
  const dosTime = (time.getUTCHours() << 11) | (time.getUTCMinutes() << 5) | Math.floor(time.getUTCSeconds() / 2);
  const dosDate = ((time.getUTCFullYear() - 1980) << 9) | ((time.getUTCMonth() + 1) << 5) | time.getUTCDate();
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error('report.xlsx: no ZIP end of central directory');
  const entries = zip.readUInt16LE(end + 10);
  let offset = zip.readUInt32LE(end + 16);
  for (let i = 0; i < entries; i++) {
    if (zip.readUInt32LE(offset) !== 0x02014b50) throw new Error('report.xlsx: malformed ZIP central directory');
    zip.writeUInt16LE(dosTime, offset + 12);
    zip.writeUInt16LE(dosDate, offset + 14);
    const local = zip.readUInt32LE(offset + 42);
    if (zip.readUInt32LE(local) !== 0x04034b50) throw new Error('report.xlsx: malformed ZIP local header');
    zip.writeUInt16LE(dosTime, local + 10);
    zip.writeUInt16LE(dosDate, local + 12);
    offset += 46 + zip.readUInt16LE(offset + 28) + zip.readUInt16LE(offset + 30) + zip.readUInt16LE(offset + 32);
  }
}
