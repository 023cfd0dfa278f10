import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { InputError } from '../../src/errors.js';
import { readTable } from '../../src/io/read-table.js';
import { cellText, formatDateTime, isXlsx, parseXlsx, plainNumber } from '../../src/io/xlsx.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'exchange-xlsx-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function workbook(build: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A title-less simple list: the header on row 1, a blank row 3, data on rows 2 and 4. */
const simpleList = () =>
  workbook((wb) => {
    const ws = wb.addWorksheet('Список');
    ws.getRow(1).values = ['Прізвище', "Ім'я", 'Дата народження', 'Номер'];
    ws.getRow(2).values = ['  Іваненко ', 'Іван', new Date(Date.UTC(1990, 4, 17)), 12345678901];
    ws.getRow(4).values = ['Петренко', 'Петро', '03.02.1985', 7];
  });

describe('.xlsx input', () => {
  test('is detected by content, whatever the name, and read as a table of text cells with sheet rows as lines', async () => {
    const bytes = await simpleList();
    expect(isXlsx(bytes)).toBe(true);
    const path = join(dir, 'list.dat');
    await writeFile(path, bytes);
    const table = await readTable(path);
    expect(table).toMatchObject({ path, encoding: 'xlsx', header: ['Прізвище', "Ім'я", 'Дата народження', 'Номер'], headerLine: 1 });
    expect(table.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(table.rows).toEqual([
      { line: 2, cells: ['Іваненко', 'Іван', '1990-05-17', '12345678901'] },
      { line: 4, cells: ['Петренко', 'Петро', '03.02.1985', '7'] },
    ]);
  });

  test('standard input may be a workbook', async () => {
    const table = await readTable('-', { stdin: Readable.from([await simpleList()]) });
    expect(table.path).toBe('<stdin>');
    expect(table.rows[0]!.cells[0]).toBe('Іваненко');
  });

  test('the first sheet by default, --sheet by name, an unknown sheet names the file and lists the sheets', async () => {
    const bytes = await workbook((wb) => {
      wb.addWorksheet('Титул').addRow(['Списки обміну']);
      wb.addWorksheet('Особи').addRow(['surname']).worksheet.addRow(['Коваленко']);
    });
    expect((await parseXlsx(bytes, 'book.xlsx')).header).toEqual(['Списки обміну']);
    const named = await parseXlsx(bytes, 'book.xlsx', { sheet: 'Особи' });
    expect(named).toMatchObject({ sheet: 'Особи', header: ['surname'], rows: [{ line: 2, cells: ['Коваленко'] }] });
    const error = await parseXlsx(bytes, 'book.xlsx', { sheet: 'Лист1' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toBe('book.xlsx: has no sheet "Лист1" (its sheets: "Титул", "Особи")');
  });

  test('formulas read as their cached result, never evaluated; one without a result is empty, with a warning', async () => {
    const bytes = await workbook((wb) => {
      const ws = wb.addWorksheet('s');
      ws.addRow(['surname', 'age', 'note']);
      ws.addRow([{ formula: 'UPPER("x")', result: 'Коваленко' }, { formula: '1+1', result: 41 }, { formula: 'NOW()' }]);
      ws.addRow(['=1+1', { formula: 'A1', result: { error: '#REF!' } }, '']);
    });
    const warnings: string[] = [];
    const { rows } = await parseXlsx(bytes, 'f.xlsx', { warn: (m) => warnings.push(m) });
    expect(rows).toEqual([
      { line: 2, cells: ['Коваленко', '41', ''] },
      { line: 3, cells: ['=1+1', '#REF!', ''] },
    ]);
    expect(warnings).toEqual(['f.xlsx:2:3: warning: the formula in C2 has no saved result (formulas are not calculated); read as an empty cell']);
  });

  test('dates, times, booleans, rich text, hyperlinks, merged cells, and the sheet column numbers', async () => {
    const bytes = await workbook((wb) => {
      const ws = wb.addWorksheet('s');
      ws.getRow(1).values = [undefined, 'date', 'when', 'flag', 'name', 'link', 'merged', 'also'];
      ws.getRow(2).values = [
        undefined,
        new Date(Date.UTC(1976, 4, 27)),
        new Date(Date.UTC(2025, 5, 2, 14, 30, 5)),
        true,
        { richText: [{ text: 'Біло', font: { bold: true } }, { text: 'ус' }] },
        { text: 'site', hyperlink: 'https://example.org' },
        'м',
      ];
      ws.mergeCells('G2:H2');
    });
    const { header, rows } = await parseXlsx(bytes, 's.xlsx');
    // Column A is empty but stays column 1, so cell i is sheet column i + 1.
    expect(header).toEqual(['', 'date', 'when', 'flag', 'name', 'link', 'merged', 'also']);
    expect(rows[0]!.cells).toEqual(['', '1976-05-27', '2025-06-02 14:30:05', 'TRUE', 'Білоус', 'site', 'м', 'м']);
  });

  test('formatted empty cells after the last column are not columns; short rows are padded', async () => {
    const bytes = await workbook((wb) => {
      const ws = wb.addWorksheet('s');
      ws.addRow(['a', 'b', 'c']);
      ws.addRow(['1']);
      ws.getCell('F1').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFF0000' } };
      ws.getCell('F2').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFF0000' } };
      ws.getCell('E2').value = '';
    });
    const { header, rows } = await parseXlsx(bytes, 's.xlsx');
    expect(header).toEqual(['a', 'b', 'c']);
    expect(rows).toEqual([{ line: 2, cells: ['1', '', ''] }]);
  });

  test('an empty sheet, a damaged workbook, and a ZIP that is no workbook', async () => {
    const empty = await workbook((wb) => void wb.addWorksheet('Аркуш1'));
    await expect(parseXlsx(empty, 'e.xlsx')).rejects.toThrow(/^e\.xlsx: the sheet "Аркуш1" is empty \(no header row\)$/);
    // The list on a later sheet: the message names the sheets that hold rows, and the option.
    const later = await workbook((wb) => {
      wb.addWorksheet('Титул');
      wb.addWorksheet('Порожній');
      wb.addWorksheet('Список').addRow(['Прізвище', "Ім'я"]);
    });
    await expect(parseXlsx(later, 'l.xlsx')).rejects.toThrow(
      `l.xlsx: the sheet "Титул" is empty (no header row); the workbook's other sheets with rows: "Список" (read one with --sheet NAME)`,
    );
    const damaged = join(dir, 'damaged.xlsx');
    await writeFile(damaged, Buffer.from('PK\x03\x04\x14\x00xl/workbook.xml garbage', 'latin1'));
    await expect(readTable(damaged)).rejects.toThrow(/damaged\.xlsx: is not a readable \.xlsx workbook/);
    const ods = join(dir, 'list.ods');
    await writeFile(ods, Buffer.from('PK\x03\x04\x14\x00\x06\x00mimetypeapplication/vnd.oasis.opendocument.spreadsheet', 'latin1'));
    await expect(readTable(ods)).rejects.toThrow(/list\.ods: is a ZIP archive but not an \.xlsx workbook .* save it as CSV or \.xlsx/);
  });
});

describe('cell text', () => {
  test.each([
    [7, '7'],
    [1.5, '1.5'],
    [0.1 + 0.2, '0.3'],
    [1e-7, '0.0000001'],
    [1e21, '1000000000000000000000'],
    [-0, '0'],
    [-12.25, '-12.25'],
  ])('the number %d is %s', (value, text) => {
    expect(plainNumber(value)).toBe(text);
  });

  test('dates to the nearest second, the time only when there is one', () => {
    expect(formatDateTime(new Date(Date.UTC(2001, 1, 3)))).toBe('2001-02-03');
    expect(formatDateTime(new Date(Date.UTC(2001, 1, 3, 23, 59, 59, 700)))).toBe('2001-02-04');
    expect(formatDateTime(new Date(Date.UTC(2001, 1, 3, 8, 0, 0, 400)))).toBe('2001-02-03 08:00:00');
  });

  test('values exceljs gives', () => {
    expect(cellText(null)).toBe('');
    expect(cellText(false)).toBe('FALSE');
    expect(cellText({ error: '#N/A' })).toBe('#N/A');
    expect(cellText({ formula: 'A1', result: new Date(Date.UTC(2020, 0, 1)) })).toBe('2020-01-01');
    expect(cellText({ formula: 'A1' })).toBeUndefined();
  });
});
