// The reading limits (src/io/limits.ts): each one is exit 2 (an InputError) naming the line and
// column, each can be raised, and none refuses an ordinary file.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { InputError } from '../../src/errors.js';
import { parseCsv } from '../../src/io/csv.js';
import { DEFAULT_LIMITS, formatBytes, parseByteSize, type ReadLimits } from '../../src/io/limits.js';
import { readTable } from '../../src/io/read-table.js';
import { parseXlsx, unpackedSize } from '../../src/io/xlsx.js';
import ExcelJS from 'exceljs';

const limits = (changes: Partial<ReadLimits>): ReadLimits => ({ ...DEFAULT_LIMITS, ...changes });

function refusal(run: () => unknown): InputError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error('the input was accepted');
}

describe('sizes', () => {
  test.each([
    ['1048576', 1_048_576],
    ['1024K', 1_048_576],
    ['1KiB', 1024],
    ['8M', 8 * 1024 * 1024],
    ['8mb', 8 * 1024 * 1024],
    ['2G', 2 * 1024 ** 3],
    ['512b', 512],
  ])('%s is %d bytes', (text, bytes) => {
    expect(parseByteSize(text)).toBe(bytes);
  });

  test.each(['', 'lots', '0', '-1', '1.5M', '1T'])('"%s" is not a size', (text) => {
    expect(parseByteSize(text)).toBeUndefined();
  });

  test('sizes in messages', () => {
    expect([formatBytes(512), formatBytes(1024), formatBytes(1536), formatBytes(DEFAULT_LIMITS.maxFileBytes)]).toEqual(['512 bytes', '1 KiB', '1.5 KiB', '256 MiB']);
  });
});

describe('parseCsv: limits', () => {
  test('a cell over the limit: its line and column, the limit and the option', () => {
    const error = refusal(() => parseCsv(`a,b\n1,2\n\n3,${'é'.repeat(600)}\n`, 'list.csv', limits({ maxCellBytes: 1000 })));
    expect([error.line, error.column]).toEqual([4, 2]);
    expect(error.detail).toBe('this cell is 1200 bytes (the limit is 1000 bytes; --max-cell-bytes raises it)');
  });

  test('a cell of exactly the limit is read', () => {
    expect(parseCsv(`a\n${'x'.repeat(1000)}\n`, 'list.csv', limits({ maxCellBytes: 1000 })).rows[0]!.cells[0]).toHaveLength(1000);
  });

  test('a row over the limit, after a quoted cell with line breaks: the line it starts on', () => {
    const text = `a,b,c\n"one\ntwo",x,y\n\n1,${'x'.repeat(300)},${'y'.repeat(300)}\n`;
    const error = refusal(() => parseCsv(text, 'list.csv', limits({ maxRowBytes: 500 })));
    expect([error.line, error.column]).toEqual([5, 3]);
    expect(error.detail).toMatch(/--max-row-bytes/);
  });

  test('more columns than the limit: the first column past it', () => {
    const error = refusal(() => parseCsv('a,b,c\n1,2,3,4\n', 'list.csv', limits({ maxColumns: 3 })));
    expect([error.line, error.column]).toEqual([2, 4]);
    expect(error.detail).toBe('this row has 4 columns (the limit is 3; --max-columns raises it)');
  });

  test('a line of delimiters far past both limits is refused before parsing', () => {
    const error = refusal(() => parseCsv(`a,b\n1,2\n${','.repeat(5000)}\n`, 'list.csv', limits({ maxColumns: 100, maxRowBytes: 1000 })));
    expect([error.line, error.column]).toEqual([3, undefined]);
  });

  test('a long file with lone CR line ends is not one long line', () => {
    const text = `a,b\r${'Ivanenko,Petro\r'.repeat(200)}`;
    expect(parseCsv(text, 'list.csv', limits({ maxColumns: 10, maxRowBytes: 100 })).rows).toHaveLength(200);
  });

  test('a long line of CR-separated records in an LF file points at the right line', () => {
    const text = `a,b\n1,2\r${'x'.repeat(300)}\n`;
    expect(refusal(() => parseCsv(text, 'list.csv', limits({ maxColumns: 10, maxRowBytes: 100 }))).line).toBe(3);
  });
});

describe('readTable: the file limit', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'exchange-limits-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test('a file over the limit is refused before it is read', async () => {
    const path = join(dir, 'large.csv');
    await writeFile(path, `a,b\n${'1,2\n'.repeat(1000)}`);
    const error = await readTable(path, { limits: limits({ maxFileBytes: 1024 }) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toBe(`${path}: is 3.9 KiB, too large for a list (the limit is 1 KiB; --max-file-bytes raises it)`);
  });

  test('a file of exactly the limit is read', async () => {
    const path = join(dir, 'exact.csv');
    await writeFile(path, 'a,b\n1,2\n');
    expect((await readTable(path, { limits: limits({ maxFileBytes: 8 }) })).rows).toHaveLength(1);
  });

  test('standard input stops being read at the limit', async () => {
    const endless = Readable.from((function* () {
      yield 'a,b\n';
      for (;;) yield '1,2\n'.repeat(1000);
    })());
    const error = await readTable('-', { stdin: endless, limits: limits({ maxFileBytes: 64 * 1024 }) }).catch((e: unknown) => e);
    expect((error as InputError).message).toBe('<stdin>: is larger than 64 KiB, too large for a list (the limit is 64 KiB; --max-file-bytes raises it)');
  });
});

describe('parseXlsx: the same cell, row and column limits', () => {
  async function sheet(rows: string[][]): Promise<Buffer> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Список');
    rows.forEach((values, i) => (ws.getRow(i + 1).values = values));
    return Buffer.from(await wb.xlsx.writeBuffer());
  }
  const xlsxError = (bytes: Buffer, changes: Partial<ReadLimits>) =>
    parseXlsx(bytes, 'list.xlsx', { limits: limits(changes) }).then(() => undefined, (e: unknown) => e as InputError);

  test('a cell over the limit: its sheet row and column', async () => {
    const error = await xlsxError(await sheet([['surname', 'notes'], ['Ivanenko', 'x'.repeat(2000)]]), { maxCellBytes: 1000 });
    expect([error?.line, error?.column, error?.detail]).toEqual([2, 2, 'this cell is 2000 bytes (the limit is 1000 bytes; --max-cell-bytes raises it)']);
  });

  test('a row over the limit', async () => {
    const error = await xlsxError(await sheet([['surname', 'a', 'b'], ['Ivanenko', 'x'.repeat(600), 'y'.repeat(600)]]), { maxRowBytes: 1000 });
    expect([error?.line, error?.column]).toEqual([2, 3]);
  });

  test('more columns than the limit', async () => {
    const error = await xlsxError(await sheet([['surname', 'a', 'b', 'c']]), { maxColumns: 3 });
    expect([error?.line, error?.column]).toEqual([1, 4]);
  });
});

describe('a workbook that unpacks past the file limit (a ZIP bomb)', () => {
  test('is refused before exceljs unpacks it', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Список');
    ws.getRow(1).values = ['surname', 'notes'];
    for (let row = 2; row < 4_000; row++) ws.getRow(row).values = ['Ivanenko', `${row} ${'x'.repeat(500)}`];
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    const unpacked = unpackedSize(bytes)!;
    expect(unpacked).toBeGreaterThan(1_000_000);
    expect(bytes.length).toBeLessThan(200_000);
    const error = await parseXlsx(bytes, 'bomb.xlsx', { limits: limits({ maxFileBytes: 512 * 1024 }) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toMatch(/^bomb\.xlsx: is a workbook that unpacks to [\d.]+ MiB, too large for a list \(the limit is 512 KiB; --max-file-bytes raises it\)$/);
  });

  test('bytes with no central directory have no unpacked size', () => {
    expect(unpackedSize(Buffer.from('PK\x03\x04 not really', 'latin1'))).toBeUndefined();
  });
});
