// Bytes → text. The SPEC fixes the encodings a list may come in (UTF-8 with or without BOM,
// UTF-16 with BOM, Windows-1251), so detection is a strict rule, not a statistical guess:
// a BOM says what the file is; otherwise bytes that are valid UTF-8 are UTF-8 (Cyrillic in
// Windows-1251 is practically never valid UTF-8), and anything else is Windows-1251.
// Before and after decoding we refuse what is not text at all, with a hint at what to do.

import { InputError } from '../errors.js';
import type { CsvTable } from '../model.js';

type Encoding = CsvTable['encoding'];

/** Containers that people send instead of a CSV export, and what to tell them. */
const BINARY_SIGNATURES: ReadonlyArray<{ magic: readonly number[]; detail: string }> = [
  {
    magic: [0x50, 0x4b, 0x03, 0x04],
    // An .xlsx workbook (a ZIP with xl/workbook.xml) never gets here: read-table.ts sends it to
    // xlsx.ts. Any other ZIP (.ods, .numbers, a damaged .xlsx) is refused.
    detail: 'is a ZIP archive but not an .xlsx workbook (an .ods workbook?), not a CSV file: open it and save it as CSV or .xlsx',
  },
  {
    magic: [0xd0, 0xcf, 0x11, 0xe0],
    detail: 'is an old Office document (an .xls workbook?), not a CSV file: open it and save it as CSV',
  },
  { magic: [0x25, 0x50, 0x44, 0x46], detail: 'is a PDF document, not a CSV file: export the table as CSV' },
  { magic: [0x1f, 0x8b], detail: 'is gzip-compressed, not a CSV file: decompress it first' },
];

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const UTF16LE_BOM = [0xff, 0xfe];
const UTF16BE_BOM = [0xfe, 0xff];

// C0 controls other than tab, LF and CR, plus DEL and the C1 range. A clerk's list has at most
// a stray one in a cell (reported later as an invalid cell); binary data read as text is about
// one character in eight. So only a real share of them, not a handful, makes the file binary.
const CONTROLS = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]/g;
const MIN_CONTROLS = 8;
const MAX_CONTROL_SHARE = 0.05;

export function decodeBytes(bytes: Uint8Array, file: string): { text: string; encoding: Encoding } {
  for (const { magic, detail } of BINARY_SIGNATURES) {
    if (startsWith(bytes, magic)) throw new InputError(file, detail);
  }
  const decoded = decode(bytes);
  refuseBinaryText(decoded.text, file);
  return decoded;
}

function decode(bytes: Uint8Array): { text: string; encoding: Encoding } {
  // TextDecoder drops a leading BOM of its own encoding by default.
  // With a UTF-8 BOM the file has declared itself: a malformed byte becomes U+FFFD in its cell
  // (an invalid cell, like any stray character) rather than sending the whole file to 1251.
  if (startsWith(bytes, UTF8_BOM)) return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8' };
  if (startsWith(bytes, UTF16LE_BOM)) return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  if (startsWith(bytes, UTF16BE_BOM)) return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1251').decode(bytes), encoding: 'windows-1251' };
  }
}

function refuseBinaryText(text: string, file: string): void {
  // Decoded text keeps NUL bytes as U+0000; no text format we accept has them (UTF-16 without a
  // BOM does, in every other byte, which is the usual way such a file ends up here).
  if (text.includes('\0')) {
    throw new InputError(
      file,
      'contains NUL bytes, so it is not a text CSV file (if it is UTF-16 without a byte order mark, save it as UTF-8)',
    );
  }
  // Counting stops as soon as the limit is passed, so a large binary file costs little.
  const limit = Math.max(MIN_CONTROLS, text.length * MAX_CONTROL_SHARE);
  CONTROLS.lastIndex = 0;
  let controls = 0;
  while (CONTROLS.exec(text) !== null) {
    if (++controls > limit) {
      throw new InputError(file, 'is not a text CSV file (too many control characters): save it as CSV');
    }
  }
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((byte, i) => bytes[i] === byte);
}
