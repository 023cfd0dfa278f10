// A list file (or stdin) → CsvTable: read the bytes whole, fingerprint them, decode, parse.
// The fingerprint is of the raw bytes, so summary.json identifies exactly the file that was read.
// A file that changes while it is read is refused rather than read half old, half new; one
// larger than the limit is refused before it is read (or, for a pipe, as soon as it passes it).

import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';
import { InputError } from '../errors.js';
import type { CsvTable, SourceRow } from '../model.js';
import { parseCsvRows } from './csv.js';
import { decodeBytes } from './decode.js';
import { describeFsError } from './fs-error.js';
import { DEFAULT_LIMITS, formatBytes, limitHint, type ReadLimits } from './limits.js';
import { isXlsx, parseXlsx } from './xlsx.js';

/** `-` in place of a file reads standard input (the csvkit/xsv convention). */
export const STDIN_PATH = '-';
/** How standard input is named in messages and in the table's `path`. */
export const STDIN_NAME = '<stdin>';

export interface ReadTableOptions {
  stdin?: NodeJS.ReadableStream;
  /** For an .xlsx workbook: the sheet to read (default: the first). Ignored for CSV. */
  sheet?: string;
  /** Where notes on workbook cells go (a formula without a saved result); default: stderr. */
  warn?: (message: string) => void;
  /** Largest file, cell, row and most columns (default: DEFAULT_LIMITS). */
  limits?: ReadLimits;
  /** Told the share of a CSV file's rows read so far (0 to 1) as it is parsed. */
  onProgress?: (share: number) => void;
}

/** What a list file is, known before its rows: for the rows' reader (schema/records.ts ListReader). */
export interface TableSource {
  path: string;
  sha256: string;
  encoding: CsvTable['encoding'];
}

/**
 * A list file (or stdin) row by row: `open` learns what the file is and says where its rows go;
 * each row goes there as soon as it is parsed, and no table of rows is held. Returns the
 * delimiter (`,` for a workbook).
 */
export async function readTableRows(
  path: string,
  options: ReadTableOptions,
  open: (source: TableSource) => (row: SourceRow) => void,
): Promise<CsvTable['delimiter']> {
  const file = path === STDIN_PATH ? STDIN_NAME : path;
  const limits = options.limits ?? DEFAULT_LIMITS;
  const bytes =
    path === STDIN_PATH ? await readStream(options.stdin ?? process.stdin, limits.maxFileBytes) : await readBytes(path, limits.maxFileBytes);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  // A workbook (a ZIP with xl/workbook.xml, whatever its name) goes to the .xlsx reader; its
  // line numbers are sheet rows. Other ZIP archives are refused by decodeBytes.
  if (isXlsx(bytes)) {
    const { header, headerLine, rows } = await parseXlsx(bytes, file, { sheet: options.sheet, warn: options.warn, limits });
    const onRow = open({ path: file, sha256, encoding: 'xlsx' });
    onRow({ line: headerLine, cells: header });
    for (const row of rows) onRow(row);
    return ',';
  }
  const decoded = decodeBytes(bytes, file);
  return parseCsvRows(decoded, file, limits, open({ path: file, sha256, encoding: decoded.encoding }), options.onProgress);
}

/** A list file (or stdin) as a whole table: its first row as the header, and the rows after it. */
export async function readTable(path: string, options: ReadTableOptions = {}): Promise<CsvTable> {
  const rows: SourceRow[] = [];
  let source: TableSource | undefined;
  const delimiter = await readTableRows(path, options, (opened) => {
    source = opened;
    return (row) => rows.push(row);
  });
  const [header, ...rest] = rows;
  return { ...source!, delimiter, header: header!.cells, headerLine: header!.line, rows: rest };
}

const CHUNK = 1 << 20;

function tooLarge(file: string, size: number | undefined, limit: number): InputError {
  const what = size === undefined ? `is larger than ${formatBytes(limit)}` : `is ${formatBytes(size)}`;
  return new InputError(file, `${what}, too large for a list (${limitHint('maxFileBytes', limit)})`);
}

async function readBytes(path: string, maxBytes: number): Promise<Uint8Array> {
  try {
    const handle = await open(path, 'r');
    try {
      const before = await handle.stat();
      if (before.isFile() && before.size > maxBytes) throw tooLarge(path, before.size, maxBytes);
      // Read to the end, whatever the size said (a pipe or a device has none), never past the limit.
      const chunks: Buffer[] = [];
      let total = 0;
      for (;;) {
        const chunk = Buffer.allocUnsafe(Math.min(CHUNK, maxBytes + 1 - total));
        const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
        if (bytesRead === 0) break;
        chunks.push(chunk.subarray(0, bytesRead));
        total += bytesRead;
        if (total > maxBytes) throw tooLarge(path, undefined, maxBytes);
      }
      const after = await handle.stat();
      if (before.isFile() && (after.size !== total || after.mtimeMs !== before.mtimeMs)) {
        throw new InputError(path, `changed while it was being read (${before.size} bytes, then ${after.size}): read it again once it is written whole`);
      }
      return Buffer.concat(chunks, total);
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    const detail = describeFsError(error);
    if (detail === undefined) throw error;
    throw new InputError(path, detail);
  }
}

async function readStream(stream: NodeJS.ReadableStream, maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stream) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      total += bytes.length;
      if (total > maxBytes) break;
      chunks.push(bytes);
    }
  } catch (error) {
    throw new InputError(STDIN_NAME, `cannot read standard input: ${describeFsError(error) ?? (error as Error).message}`);
  }
  if (total > maxBytes) throw tooLarge(STDIN_NAME, undefined, maxBytes);
  return Buffer.concat(chunks);
}
