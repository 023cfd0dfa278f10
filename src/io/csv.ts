// Text → header and rows. csv-parse does the parsing, in arrays mode (its fastest); we add what a
// reconciliation needs from it: cells trimmed, short rows padded, and for every row the physical
// line where it starts, since every finding points the user at a line of his file.

import { CsvError, Parser, type Info, type Options } from 'csv-parse';
import { parse } from 'csv-parse/sync';
import { InputError } from '../errors.js';
import type { CsvTable, SourceRow } from '../model.js';
import { countLineBreaks, scanRecords, type QuoteProblem } from './csv-scan.js';
import type { Decoded } from './decode.js';
import { delimiterOfStart, detectDelimiter } from './delimiter.js';
import { DEFAULT_LIMITS, formatBytes, overLimit, type ReadLimits } from './limits.js';
import { TICK_EVERY } from '../progress.js';

export interface ParsedCsv {
  delimiter: CsvTable['delimiter'];
  header: string[];
  /** Physical line of the first row (the header unless the reader finds it further down). */
  headerLine: number;
  rows: SourceRow[];
}

const PROBLEM_DETAIL: Record<QuoteProblem['kind'], string> = {
  'unclosed-quote': 'this quoted cell is never closed (a quote inside a quoted cell is written "")',
  'text-after-quote': 'text after the closing quote of a quoted cell (a quote inside a quoted cell is written "")',
  'space-after-quote': 'a special space (such as a no-break space) after the closing quote of a quoted cell: remove it',
};

export function parseCsv(text: string, file: string, limits: ReadLimits = DEFAULT_LIMITS): ParsedCsv {
  const records: SourceRow[] = [];
  const delimiter = parseCsvRows(text, file, limits, (row) => records.push(row));
  const [header, ...rows] = records;
  return { delimiter, header: header!.cells, headerLine: header!.line, rows };
}

/**
 * The rows of a CSV text, each handed to `onRow` as soon as csv-parse has read it (cells trimmed,
 * a short row padded to the first row's length, with the physical line it starts on), and kept
 * nowhere here: a list is interpreted row by row, and a row dies young. A problem `onRow` throws
 * stops the reading. Returns the delimiter the text was read with.
 */
export function parseCsvRows(
  /**
   * The text, or a file decoded (decode.ts): where it is valid UTF-8, its own bytes are parsed in
   * place of a copy made from the text, and the text is asked only of a file whose lines or quotes
   * are wrong (its first lines excepted, which tell the delimiter).
   */
  input: string | Decoded,
  file: string, limits: ReadLimits, onRow: (row: SourceRow) => void,
  /** Told the share of the text read so far (0 to 1), every few thousand rows. */
  onProgress?: (share: number) => void,
): CsvTable['delimiter'] {
  const utf8 = typeof input === 'string' ? undefined : input.utf8;
  const textOf = () => (typeof input === 'string' ? input : input.text);
  if (utf8 === undefined || longLineBytes(utf8, limits)) refuseLongLines(textOf(), file, limits);
  // csv-parse counts the bytes it has read: the share is of the text's UTF-8 bytes.
  const textBytes = onProgress ? Math.max(1, utf8?.length ?? Buffer.byteLength(textOf())) : 1;
  const delimiter = utf8 === undefined ? detectDelimiter(textOf()) : delimiterOfBytes(utf8, textOf);
  // Cells of the first row (the header, or a title above it): shorter rows are padded to it.
  let width = -1;
  // Physical lines taken by the records so far. A record takes one line plus the line breaks
  // inside its quoted cells; blank lines between records are csv-parse's `empty_lines` count.
  // (csv-parse's own `lines` counter counts a CRLF inside a quoted cell twice.)
  let recordLines = 0;
  try {
    // csv-parse reads bytes: given text, it would encode the whole file again first.
    eachRecord(utf8 ? Buffer.from(utf8.buffer, utf8.byteOffset, utf8.byteLength) : textOf(), {
      delimiter,
      // Any of the three, even mixed in one file: what an editor shows as lines.
      record_delimiter: ['\r\n', '\n', '\r'],
      // Spaces around cells go (FEBRL-style lists put one after each comma), also before an
      // opening quote; spaces inside quotes stay until the trim below.
      trim: true,
      // A quote inside an unquoted cell (`5'10"`) is text, not a reason to refuse the file.
      relax_quotes: true,
      // Short and long rows are kept; the caller reports the overflow.
      relax_column_count: true,
      // Lines with nothing but spaces are blank lines too; `,,,` is a row of empty cells.
      skip_empty_lines: true,
      // The bytes of a row's cells: csv-parse stops at the limit, before the row is whole.
      max_record_size: limits.maxRowBytes,
    }, (cells, context) => {
      const line = 1 + recordLines + context.empty_lines;
      recordLines += 1;
      if (onProgress && recordLines % TICK_EVERY === 0) onProgress(Math.min(1, context.bytes / textBytes));
      if (cells.length > limits.maxColumns) {
        throw new InputError(file, overLimit.columns(cells.length, limits), line, limits.maxColumns + 1);
      }
      for (let i = 0; i < cells.length; i++) {
        const cell = cells[i]!;
        // A character is one to three bytes of UTF-8: the byte count is needed only near the limit.
        if (cell.length * 3 > limits.maxCellBytes && Buffer.byteLength(cell) > limits.maxCellBytes) {
          throw new InputError(file, overLimit.cell(Buffer.byteLength(cell), limits), line, i + 1);
        }
        // Only a quoted cell can hold a line break; most cells have none, so look before counting.
        if (cell.includes('\n') || cell.includes('\r')) recordLines += countLineBreaks(cell);
        // Trimmed in place: the record is ours (csv-parse keeps nothing of it).
        cells[i] = cell.trim();
      }
      if (width < 0) width = cells.length;
      else while (cells.length < width) cells.push('');
      onRow({ line, cells });
    });
  } catch (error) {
    if (error instanceof CsvError && error.code === 'CSV_MAX_RECORD_SIZE') {
      // The row in progress starts after the records so far and the blank lines before it.
      const line = 1 + recordLines + Number((error as CsvError & { empty_lines?: number }).empty_lines ?? 0);
      const column = Number(error.column) + 1 || undefined;
      throw new InputError(file, overLimit.row(limits), line, column);
    }
    if (error instanceof CsvError) throw locateError(textOf(), delimiter, file, error);
    throw error;
  }
  if (width < 0) throw new InputError(file, 'the file is empty (no header row)');
  return delimiter;
}

/** What parseCsvRows reads of a record's place: the blank lines skipped and the bytes read so far. */
type RecordContext = Pick<Info, 'empty_lines' | 'bytes'>;

/**
 * Each record of `input`, handed to `onRecord` with what csv-parse counts so far. csv-parse's own
 * `on_record` hook copies its whole count into a new object for every record (a third of the
 * parse at a million rows), so the records are taken from its parser directly, the count read
 * where csv-parse keeps it: the parser's `info`, which it updates as it goes. Should a later
 * csv-parse not have the parser's `api` (its `parse(buffer, end, push, close)`, which its own sync
 * and stream readers call), the sync reader with `on_record` does the same, more slowly.
 */
export function eachRecord(input: Buffer | string, options: Options, onRecord: (cells: string[], context: RecordContext) => void, direct = true): void {
  const parser = new Parser(options) as Parser & { api?: { parse?: (buffer: Buffer | undefined, end: boolean, push: (record: string[]) => void, close: () => void) => Error | undefined } };
  const api = parser.api;
  if (direct && typeof api?.parse === 'function') {
    const info = parser.info;
    const error = api.parse(typeof input === 'string' ? Buffer.from(input) : input, true, (cells) => onRecord(cells, info), () => {});
    if (error !== undefined) throw error;
    return;
  }
  parse(input, {
    ...options,
    on_record: (cells: string[], context) => {
      onRecord(cells, context);
      return null;
    },
  });
}

/**
 * Whether a line of the UTF-8 bytes is longer in bytes than refuseLongLines lets a line be in
 * characters: where none is, no line of the text can be (a character is never fewer bytes than
 * UTF-16 units), and the text need not be made to look.
 */
function longLineBytes(utf8: Uint8Array, limits: ReadLimits): boolean {
  const longest = limits.maxRowBytes + limits.maxColumns;
  if (utf8.length <= longest) return false;
  for (let start = 0; start < utf8.length; ) {
    const lf = utf8.indexOf(0x0a, start);
    const stop = lf === -1 ? utf8.length : lf;
    if (stop - start > longest) return true;
    start = stop + 1;
  }
  return false;
}

/** Bytes of a UTF-8 file's start read for its delimiter, at first (doubled while they do not hold the records it needs). */
const DELIMITER_START_BYTES = 1 << 16;

/**
 * detectDelimiter of a valid UTF-8 file from the text of its first lines: a start ending at a line
 * break, made longer until it holds the records detectDelimiter reads (delimiterOfStart), and the
 * whole text when the file has no more.
 */
export function delimiterOfBytes(utf8: Uint8Array, textOf: () => string, startBytes = DELIMITER_START_BYTES): CsvTable['delimiter'] {
  for (let size = Math.max(1, startBytes); size < utf8.length; size *= 2) {
    const lf = utf8.indexOf(0x0a, size);
    if (lf === -1) break;
    const start = new TextDecoder('utf-8', { ignoreBOM: true }).decode(utf8.subarray(0, lf + 1));
    const found = delimiterOfStart(start);
    if (found !== undefined) return found;
  }
  return detectDelimiter(textOf());
}

/**
 * A physical line longer than a row's bytes and delimiters together can be is refused before
 * parsing: otherwise a line of a million delimiters becomes a million-cell array first.
 * (Characters are never more than bytes, and each delimiter beyond the column limit is a column.)
 */
function refuseLongLines(text: string, file: string, limits: ReadLimits): void {
  const longest = limits.maxRowBytes + limits.maxColumns;
  if (text.length <= longest) return;
  for (let start = 0; start < text.length; ) {
    const lf = text.indexOf('\n', start);
    const stop = lf === -1 ? text.length : lf;
    // Only a line too long by LF is looked at again for lone CRs (an old Mac file).
    if (stop - start > longest) {
      for (let from = start; from < stop; ) {
        const cr = text.indexOf('\r', from);
        const end = cr === -1 || cr > stop ? stop : cr;
        if (end - from > longest) {
          throw new InputError(
            file,
            `this line is ${end - from} characters long, past the limits of ${limits.maxColumns} columns (--max-columns) and ${formatBytes(limits.maxRowBytes)} a row (--max-row-bytes)`,
            1 + countLineBreaks(text, from),
          );
        }
        from = end + 1;
      }
    }
    start = stop + 1;
  }
}

/**
 * Turns csv-parse's error into the user's terms: the line of his file where the bad quote is,
 * and the 1-based column (cell) it is in.
 */
function locateError(text: string, delimiter: string, file: string, error: CsvError): InputError {
  const problem = scanRecords(text, delimiter).problem;
  if (problem === undefined) {
    return new InputError(file, `is not valid CSV (${error.code})`, Number(error.lines) || undefined);
  }
  const line = 1 + countLineBreaks(text, problem.offset);
  const opened = 1 + countLineBreaks(text, problem.opened);
  // A quoted cell that runs over lines to a "closing" quote further down is most often a stray
  // quote where it opened: both places are named.
  const where = opened < line ? `; the quoted cell opened on line ${opened}, and a quote there may be missing its pair` : '';
  return new InputError(file, `${PROBLEM_DETAIL[problem.kind]}${where}`, line, problem.cell + 1);
}
