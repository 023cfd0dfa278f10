// A valid UTF-8 file is read from its bytes, its text made only when something must be looked at
// in it (decode.ts lazyUtf8): the byte-level checks must answer as the text-level ones did.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { delimiterOfBytes, parseCsvRows } from '../../src/io/csv.js';
import { decodeBytes, hasControlBytes } from '../../src/io/decode.js';
import { detectDelimiter } from '../../src/io/delimiter.js';
import { DEFAULT_LIMITS } from '../../src/io/limits.js';
import type { SourceRow } from '../../src/model.js';

/** What refuseBinaryText counts (decode.ts CONTROLS). */
const CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]/;

const anyChar = fc.oneof(
  fc.constantFrom('a', 'Я', 'і', ' ', ',', ';', '\t', '"', '\n', '\r', '\u00a0', '«', '»', '№', '😀', '\ufeff'),
  fc.integer({ min: 0, max: 0xa0 }).map((code) => String.fromCharCode(code)),
  fc.integer({ min: 0x80, max: 0x9f }).map((code) => String.fromCharCode(code)),
);
const anyText = fc.string({ unit: anyChar, maxLength: 80 });

/** A text's UTF-8 at a given distance from the start of its buffer (the words read four bytes at a time start at the buffer's boundaries). */
function utf8At(text: string, offset: number): Uint8Array {
  const bytes = Buffer.from(text, 'utf8');
  const buffer = new Uint8Array(offset + bytes.length + 3);
  buffer.set(bytes, offset);
  return buffer.subarray(offset, offset + bytes.length);
}

describe('hasControlBytes', () => {
  test('finds a control character in the bytes exactly where the text holds one, wherever the bytes start', () => {
    fc.assert(
      fc.property(anyText, fc.integer({ min: 0, max: 7 }), (text, offset) => {
        expect(hasControlBytes(utf8At(text, offset))).toBe(CONTROL.test(text));
      }),
      { numRuns: 2_000 },
    );
  });

  test('sees a control character in any byte of a word and in a C1 control split over two words', () => {
    for (let at = 0; at < 12; at++) {
      for (const control of ['\x01', '\x7f', '\x85', '\x9f']) {
        const text = `${'a'.repeat(at)}${control}${'b'.repeat(9)}`;
        expect(hasControlBytes(utf8At(text, 0)), `${JSON.stringify(control)} at ${at}`).toBe(true);
      }
      // 0xC2 starting a character that is not a control (a no-break space) is no control.
      expect(hasControlBytes(utf8At(`${'a'.repeat(at)}\u00a0${'b'.repeat(9)}`, 0))).toBe(false);
    }
  });
});

/** Everything parseCsvRows gives: its delimiter and rows, or the error it throws. */
function parsed(input: Parameters<typeof parseCsvRows>[0], limits = DEFAULT_LIMITS) {
  const rows: SourceRow[] = [];
  try {
    return { delimiter: parseCsvRows(input, 'list.csv', limits, (row) => rows.push(row)), rows };
  } catch (error) {
    return { error: String(error), detail: (error as { detail?: string }).detail, line: (error as { line?: number }).line };
  }
}

describe('a UTF-8 file read from its bytes', () => {
  const csvChar = fc.constantFrom('a', 'Я', ' ', ',', ';', '\t', '"', '\n', '\r\n', '\r', 'і');
  const csvText = fc.string({ unit: csvChar, maxLength: 300 });

  test('takes the delimiter from its first lines as from its whole text, whatever the first bytes read', () => {
    fc.assert(
      fc.property(csvText, fc.integer({ min: 1, max: 200 }), (text, startBytes) => {
        const bytes = Buffer.from(text, 'utf8');
        expect(delimiterOfBytes(bytes, () => text, startBytes)).toBe(detectDelimiter(text));
      }),
      { numRuns: 3_000 },
    );
  });

  test('parses to the same rows, or the same refusal, as its text does, with or without a BOM', () => {
    // Lines long enough, now and then, to pass the tight limits (a line past 24 characters).
    const lineChar = fc.constantFrom('a', 'Я', ' ', ',', ';', '"', 'і', '😀', '\n', '\r');
    const anyCsv = fc.oneof(csvText, fc.string({ unit: lineChar, maxLength: 200 }));
    const small = { ...DEFAULT_LIMITS, maxRowBytes: 20, maxColumns: 4 };
    fc.assert(
      fc.property(anyCsv, fc.boolean(), fc.boolean(), (text, bom, tight) => {
        const limits = tight ? small : DEFAULT_LIMITS;
        const bytes = Buffer.concat([Buffer.from(bom ? [0xef, 0xbb, 0xbf] : []), Buffer.from(text, 'utf8')]);
        const decoded = decodeBytes(bytes, 'list.csv');
        expect(decoded.utf8).toBeDefined();
        expect(parsed(decoded, limits)).toEqual(parsed(text, limits));
      }),
      { numRuns: 2_000 },
    );
  });

  test('refuses a line too long in characters, and not one only its bytes make long', () => {
    const small = { ...DEFAULT_LIMITS, maxRowBytes: 20, maxColumns: 4 };
    // 15 Cyrillic letters: 30 bytes, past the 24 a line may hold, but 15 characters (csv-parse
    // then refuses the row for its bytes, as it does the text's).
    for (const line of ['Я'.repeat(15), 'x'.repeat(30), `${'Я'.repeat(10)}\r${'Я'.repeat(20)}`, 'Я'.repeat(25)]) {
      const text = `a,b\n${line}\n`;
      expect(parsed(decodeBytes(Buffer.from(text, 'utf8'), 'list.csv'), small), JSON.stringify(line)).toEqual(parsed(text, small));
    }
    // Long in characters: refused as a line, before csv-parse would refuse it as a row.
    expect(parsed(decodeBytes(Buffer.from(`a,b\n${'x'.repeat(30)}\n`, 'utf8'), 'list.csv'), small)).toMatchObject({ line: 2, detail: expect.stringMatching(/30 characters long/) });
  });

  test('makes no text of a well-formed file', () => {
    const text = `a,b\n${'Іван,1\n'.repeat(20_000)}`;
    const decoded = decodeBytes(Buffer.from(text, 'utf8'), 'list.csv');
    let made = false;
    const watched = { encoding: decoded.encoding, utf8: decoded.utf8, get text() { made = true; return decoded.text; } };
    const rows: SourceRow[] = [];
    expect(parseCsvRows(watched, 'list.csv', DEFAULT_LIMITS, (row) => rows.push(row))).toBe(',');
    expect(rows).toHaveLength(20_001);
    expect(made).toBe(false);
  });
});
