import { createHash } from 'node:crypto';
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readTable } from '../../src/io/read-table.js';
import { InputError } from '../../src/errors.js';
import { encodeWindows1251 } from './windows-1251.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'exchange-read-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function readError(path: string): Promise<InputError> {
  const error = await readTable(path).then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(InputError);
  return error as InputError;
}

describe('readTable', () => {
  test('a Windows-1251 file: fingerprint of the raw bytes, encoding, delimiter, rows with their lines', async () => {
    const bytes = encodeWindows1251('прізвище;ім\'я\r\nІваненко;Іван\r\n\r\nПетренко;Петро\r\n');
    const path = join(dir, 'a.csv');
    await writeFile(path, bytes);
    expect(await readTable(path)).toEqual({
      path,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      encoding: 'windows-1251',
      delimiter: ';',
      header: ['прізвище', "ім'я"],
      headerLine: 1,
      rows: [
        { line: 2, cells: ['Іваненко', 'Іван'] },
        { line: 4, cells: ['Петренко', 'Петро'] },
      ],
    });
  });

  test('`-` reads standard input whole, in chunks', async () => {
    const bytes = Buffer.from('surname,given_name\nІваненко,Іван\n');
    const stdin = Readable.from([bytes.subarray(0, 7), bytes.subarray(7, 21), bytes.subarray(21)]);
    const table = await readTable('-', { stdin });
    expect(table.path).toBe('<stdin>');
    expect(table.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(table.rows).toEqual([{ line: 2, cells: ['Іваненко', 'Іван'] }]);
  });

  test('errors name standard input as <stdin>', async () => {
    const stdin = Readable.from([Buffer.from('PK\x03\x04rest', 'latin1')]);
    await expect(readTable('-', { stdin })).rejects.toThrow(/^<stdin>: is a ZIP archive/);
  });

  test('a missing file', async () => {
    const path = join(dir, 'missing.csv');
    const error = await readError(path);
    expect(error.message).toBe(`${path}: no such file or directory`);
  });

  test('a directory', async () => {
    expect((await readError(dir)).message).toBe(`${dir}: is a directory, not a file`);
  });

  test.skipIf(process.getuid?.() === 0)('a file that may not be read', async () => {
    const path = join(dir, 'locked.csv');
    await writeFile(path, 'a,b\n');
    await chmod(path, 0o000);
    expect((await readError(path)).message).toBe(`${path}: permission denied`);
  });

  test('a workbook saved as .csv is refused as not text', async () => {
    const path = join(dir, 'book.csv');
    await writeFile(path, Buffer.from('PK\x03\x04\x14\x00', 'latin1'));
    expect((await readError(path)).message).toMatch(/book\.csv: is a ZIP archive .* save it as CSV/);
  });

  test('a malformed file: file, line and column', async () => {
    const path = join(dir, 'bad.csv');
    await writeFile(path, 'a,b\n1,"never closed\n2,3\n');
    const error = await readError(path);
    expect(error.message).toMatch(new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:2:2: `));
  });
});
