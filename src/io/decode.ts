// Bytes → text. The SPEC fixes the encodings a list may come in (UTF-8 with or without BOM,
// UTF-16 with BOM, Windows-1251), so detection is a fixed rule, not a guess among many encodings:
// a BOM says what the file is; otherwise bytes that are valid UTF-8 are UTF-8 (Cyrillic in
// Windows-1251 is practically never valid UTF-8), and so are bytes that are UTF-8 but for a few
// broken sequences (looksLikeUtf8); anything else is Windows-1251.
// Before and after decoding we refuse what is not text at all, with a hint at what to do.

import { isUtf8 } from 'node:buffer';
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

// C0 controls other than tab, LF and CR (NUL included), plus DEL and the C1 range. A clerk's list
// has at most a few in some cells (each reported later as an invalid cell, its row kept); binary
// data read as text is about one character in eight, on nearly every line. So a file is binary
// only when they are both a real share of its characters and spread over most of its lines:
// a handful of NUL bytes, or one long cell padded with them, spoil only their cells.
const CONTROLS = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]/g;
const MIN_CONTROLS = 8;
const MAX_CONTROL_SHARE = 0.05;
const MAX_CONTROL_LINES_SHARE = 0.5;
// UTF-16 without a BOM: ASCII and Latin text has a NUL in every other byte, all on one side.
const UTF16_NUL_SHARE = 0.2;
const UTF16_NUL_SIDE = 0.9;
const MIN_UTF16_NULS = 4;
// UTF-8 with a few broken bytes, told from Windows-1251 (looksLikeUtf8). In Windows-1251 every
// Cyrillic letter is a byte from 0xC0 up, which UTF-8 reads as the start of a sequence; the next
// byte is nearly always another letter or ASCII, not a continuation byte (0x80–0xBF), so nearly
// every letter is a malformed sequence. Only a capital before `і`, `ї`, `є`, `ё`, `№`, a
// typographic quote or dash, or text already garbled from UTF-8 (`Р°`), happens to be well-formed:
// in the fixtures and generated lists, even written in capitals (`ВІКТОР`), at most one such pair
// to fifteen malformed sequences over a file, about one to five on a line (KOI8-R and CP866 text,
// read as Windows-1251 as before, no more). In UTF-8 each Cyrillic letter is a well-formed
// sequence, and a damaged byte spoils one and makes at most two malformed ones.
// So a file is UTF-8 when its well-formed sequences outnumber the malformed ones four to one (a
// UTF-8 file keeps that until about one letter in nine is damaged), and there are at least eight
// of them, a name's worth, so that a few chance pairs in a file of Latin letters do not decide.
const UTF8_WELL_FORMED_PER_MALFORMED = 4;
const MIN_UTF8_WELL_FORMED = 8;

export function decodeBytes(bytes: Uint8Array, file: string): Decoded {
  for (const { magic, detail } of BINARY_SIGNATURES) {
    if (startsWith(bytes, magic)) throw new InputError(file, detail);
  }
  refuseUtf16WithoutBom(bytes, file);
  const decoded = decodeWhole(bytes, file);
  // Valid UTF-8 is looked at as bytes: its text is made only if a control character is there.
  if (decoded.utf8 === undefined || hasControlBytes(decoded.utf8)) refuseBinaryText(decoded.text, file);
  return decoded;
}

/**
 * A file's text, its encoding, and where the text is exactly the UTF-8 of the file's bytes after
 * any BOM (valid UTF-8), those bytes: csv-parse reads bytes, and given the text it makes them
 * again (a copy of the whole file). The text of such a file is made when it is first read (the
 * reader asks it only of a file with something to refuse or a broken quote), not before: making it
 * took a fifth of reading a file of 300,000 rows, for a string of twice the file's size.
 */
export interface Decoded {
  readonly text: string;
  encoding: Encoding;
  utf8?: Uint8Array;
}

/** Valid UTF-8 bytes (after any BOM) and their text, made when first read. */
function lazyUtf8(utf8: Uint8Array, file: string): Decoded {
  let text: string | undefined;
  return {
    // A BOM after the first one is a character of the text, as TextDecoder gives it for the whole file.
    get text() {
      return (text ??= asText(utf8, file, () => new TextDecoder('utf-8', { ignoreBOM: true }).decode(utf8)));
    },
    encoding: 'utf-8',
    utf8,
  };
}

/**
 * Whether valid UTF-8 bytes hold a character refuseBinaryText counts: a C0 control other than tab,
 * LF and CR, DEL (each one byte), or a C1 control (U+0080–U+009F: 0xC2 then 0x80–0x9F; in valid
 * UTF-8, 0xC2 only ever starts a character). Read four bytes at a time: a word with no byte under
 * 0x20 and none equal to 0x7F or 0xC2 holds none of them (most words: only line ends are under
 * 0x20 in a list), and only the others are read byte by byte (41 MB in about 30 ms rather than 80).
 */
export function hasControlBytes(utf8: Uint8Array): boolean {
  let i = 0;
  // Bytes up to a 4-byte boundary of the buffer, then whole words, then the bytes after them.
  while (i < utf8.length && (utf8.byteOffset + i) % 4 !== 0) if (controlAt(utf8, i++)) return true;
  if (i >= utf8.length) return false;
  const words = new Uint32Array(utf8.buffer, utf8.byteOffset + i, (utf8.length - i) >>> 2);
  for (let w = 0; w < words.length; w++) {
    const x = words[w]!;
    const del = x ^ 0x7f7f7f7f;
    const c2 = x ^ 0xc2c2c2c2;
    // Some byte under 0x20, or some byte zero after the XOR (the byte was 0x7F, or 0xC2).
    if ((((x - 0x20202020) & ~x) | ((del - 0x01010101) & ~del) | ((c2 - 0x01010101) & ~c2)) & 0x80808080) {
      const at = i + 4 * w;
      if (controlAt(utf8, at) || controlAt(utf8, at + 1) || controlAt(utf8, at + 2) || controlAt(utf8, at + 3)) return true;
    }
  }
  for (i += 4 * words.length; i < utf8.length; i++) if (controlAt(utf8, i)) return true;
  return false;
}

/** Whether a counted control character starts at byte `i` (hasControlBytes). */
function controlAt(utf8: Uint8Array, i: number): boolean {
  const byte = utf8[i]!;
  if (byte < 0x20) return byte !== 0x09 && byte !== 0x0a && byte !== 0x0d;
  if (byte === 0x7f) return true;
  if (byte !== 0xc2 || i + 1 >= utf8.length) return false;
  const next = utf8[i + 1]!;
  return next >= 0x80 && next <= 0x9f;
}

function decodeWhole(bytes: Uint8Array, file: string): Decoded {
  return asText(bytes, file, () => decode(bytes, file));
}

/** `make`'s text, or, past V8's longest string (2^29 - 24 characters), the file refused: only a limit raised past what fits gets there. */
function asText<T>(bytes: Uint8Array, file: string, make: () => T): T {
  try {
    return make();
  } catch (error) {
    if (error instanceof RangeError) throw new InputError(file, `is too large to be read as text (${bytes.length} bytes): split it`);
    throw error;
  }
}

function decode(bytes: Uint8Array, file: string): Decoded {
  // TextDecoder drops a leading BOM of its own encoding by default.
  // With a UTF-8 BOM the file has declared itself: a malformed byte becomes U+FFFD in its cell
  // (an invalid cell, like any stray character) rather than sending the whole file to 1251.
  if (startsWith(bytes, UTF8_BOM)) {
    const body = bytes.subarray(UTF8_BOM.length);
    return isUtf8(body) ? lazyUtf8(body, file) : { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8' };
  }
  if (startsWith(bytes, UTF16LE_BOM)) return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  if (startsWith(bytes, UTF16BE_BOM)) return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' };
  // Valid UTF-8 is told by Node's own check (no text made); the text waits until it is read.
  if (isUtf8(bytes)) return lazyUtf8(bytes, file);
  // UTF-8 with a few broken bytes is read as with a BOM: each broken sequence a U+FFFD in its cell.
  if (looksLikeUtf8(bytes)) return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8' };
  return { text: new TextDecoder('windows-1251').decode(bytes), encoding: 'windows-1251' };
}

/**
 * Whether bytes that are not valid UTF-8 are UTF-8 with a few broken sequences, by the rule at
 * UTF8_WELL_FORMED_PER_MALFORMED. Sequences are counted as a decoder replaces them: each maximal
 * ill-formed part is one malformed sequence (one U+FFFD), and the byte that breaks a sequence
 * starts the next. Well-formed ones are those of table 3-7 of the Unicode Standard (no overlong
 * forms, surrogates or code points past U+10FFFF), as TextDecoder and isUtf8 take them.
 */
function looksLikeUtf8(bytes: Uint8Array): boolean {
  let wellFormed = 0;
  let malformed = 0;
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    let end = i + 1;
    if (lead >= 0xc2 && lead <= 0xf4) {
      const follows = lead >= 0xf0 ? 3 : lead >= 0xe0 ? 2 : 1;
      // The byte after the lead has a narrower range after E0, ED, F0 and F4; the later ones are 80–BF.
      let low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
      let high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
      while (end <= i + follows && end < bytes.length && bytes[end]! >= low && bytes[end]! <= high) {
        end++;
        low = 0x80;
        high = 0xbf;
      }
      if (end === i + 1 + follows) {
        wellFormed++;
        i = end;
        continue;
      }
    }
    malformed++;
    i = end;
    // Not UTF-8 even if every byte left made a well-formed pair: a Windows-1251 list is told in its first quarter.
    if (malformed * UTF8_WELL_FORMED_PER_MALFORMED > wellFormed + (bytes.length - i) / 2) return false;
  }
  return wellFormed >= MIN_UTF8_WELL_FORMED && wellFormed >= malformed * UTF8_WELL_FORMED_PER_MALFORMED;
}

function refuseUtf16WithoutBom(bytes: Uint8Array, file: string): void {
  if (startsWith(bytes, UTF16LE_BOM) || startsWith(bytes, UTF16BE_BOM)) return;
  let even = 0;
  let odd = 0;
  for (let at = bytes.indexOf(0); at !== -1; at = bytes.indexOf(0, at + 1)) {
    if (at % 2 === 0) even++;
    else odd++;
  }
  const nuls = even + odd;
  if (nuls >= MIN_UTF16_NULS && nuls >= bytes.length * UTF16_NUL_SHARE && Math.max(even, odd) >= nuls * UTF16_NUL_SIDE) {
    throw new InputError(
      file,
      'contains NUL bytes in every other byte, so it is not a text CSV file (if it is UTF-16 without a byte order mark, save it as UTF-8)',
    );
  }
  if (cyrillicUtf16(bytes)) {
    throw new InputError(
      file,
      'looks like Cyrillic text in UTF-16 without a byte order mark (every other byte is 0x04 or 0x00), so it is not a text CSV file as it stands: save it as UTF-8, or as UTF-16 with a byte order mark ("Unicode")',
    );
  }
}

/** Bytes looked at for Cyrillic UTF-16 without a byte order mark: a list's first lines are enough. */
const UTF16_SAMPLE = 64 * 1024;

/**
 * Whether `bytes` read as Cyrillic text in UTF-16 without a byte order mark: nearly every byte on
 * one side of each pair is 0x04 (a letter of the Cyrillic block, U+0400–U+04FF) or 0x00 (ASCII: a
 * delimiter, a digit), and a fair share of them are 0x04. No text in UTF-8 or Windows-1251 holds
 * byte 0x04 (a control character), so such a file is neither; read as one, it was refused with
 * "control characters all through it", the hint for ASCII UTF-16 (NULs) not given.
 */
function cyrillicUtf16(bytes: Uint8Array): boolean {
  const size = Math.min(bytes.length, UTF16_SAMPLE) & ~1;
  if (size < 2 * MIN_UTF16_NULS) return false;
  const high = [0, 0];
  const cyrillic = [0, 0];
  for (let at = 0; at < size; at++) {
    const byte = bytes[at]!;
    if (byte === 0x04) cyrillic[at & 1]!++;
    if (byte === 0x04 || byte === 0x00) high[at & 1]!++;
  }
  const pairs = size / 2;
  return [0, 1].some((side) => high[side]! >= pairs * UTF16_NUL_SIDE && cyrillic[side]! >= pairs * UTF16_NUL_SHARE);
}

function refuseBinaryText(text: string, file: string): void {
  const controlLimit = Math.max(MIN_CONTROLS, text.length * MAX_CONTROL_SHARE);
  CONTROLS.lastIndex = 0;
  if (!CONTROLS.test(text)) return;
  let lines = 1;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) lines++;
  const linesLimit = lines * MAX_CONTROL_LINES_SHARE;
  // Counting stops as soon as both limits are passed, so a large binary file costs little.
  CONTROLS.lastIndex = 0;
  let controls = 0;
  let linesWithControls = 0;
  let lineEnd = -1;
  for (let match = CONTROLS.exec(text); match !== null; match = CONTROLS.exec(text)) {
    controls++;
    if (match.index > lineEnd) {
      linesWithControls++;
      lineEnd = text.indexOf('\n', match.index);
      if (lineEnd === -1) lineEnd = text.length;
    }
    if (controls > controlLimit && linesWithControls > linesLimit) {
      throw new InputError(file, 'is not a text CSV file (control characters all through it): save it as CSV');
    }
  }
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((byte, i) => bytes[i] === byte);
}
