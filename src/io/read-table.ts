// A list file (or stdin) → CsvTable: read the bytes whole, fingerprint them, decode, parse.
// The fingerprint is of the raw bytes, so summary.json identifies exactly the file that was read.

import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { InputError } from '../errors.js';
import type { CsvTable } from '../model.js';
import { parseCsv } from './csv.js';
import { decodeBytes } from './decode.js';
import { describeFsError } from './fs-error.js';
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
}

export async function readTable(path: string, options: ReadTableOptions = {}): Promise<CsvTable> {
  const file = path === STDIN_PATH ? STDIN_NAME : path;
  const bytes = path === STDIN_PATH ? await readStream(options.stdin ?? process.stdin) : await readBytes(path);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  // A workbook (a ZIP with xl/workbook.xml, whatever its name) goes to the .xlsx reader; its
  // line numbers are sheet rows. Other ZIP archives are refused by decodeBytes.
  if (isXlsx(bytes)) {
    const { header, headerLine, rows } = await parseXlsx(bytes, file, { sheet: options.sheet, warn: options.warn });
    return { path: file, sha256, encoding: 'xlsx', delimiter: ',', header, headerLine, rows };
  }
  const { text, encoding } = decodeBytes(bytes, file);
  const { delimiter, header, headerLine, rows } = parseCsv(text, file);
  return { path: file, sha256, encoding, delimiter, header, headerLine, rows };
}

async function readBytes(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (error) {
    const detail = describeFsError(error);
    if (detail === undefined) throw error;
    throw new InputError(path, detail);
  }
}

async function readStream(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  try {
    for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  } catch (error) {
    throw new InputError(STDIN_NAME, `cannot read standard input: ${describeFsError(error) ?? (error as Error).message}`);
  }
  return Buffer.concat(chunks);
}
