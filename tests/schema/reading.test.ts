// Reading clerk lists (issue 8): the header found below title rows, unused columns named with a
// suggestion, closing total and empty rows kept as non-person rows.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultAgreement } from '../../src/agreement/terms.js';
import { InputError } from '../../src/errors.js';
import { readTable } from '../../src/io/read-table.js';
import { fieldForHeader, suggestField } from '../../src/schema/fields.js';
import { table } from '../helpers.js';
import { findHeader } from '../../src/schema/headers.js';
import { interpretTable, nonPersonRow, type ReadOptions } from '../../src/schema/records.js';
import { PROFILES } from '../../src/kinds/index.js';

const CLERK = new URL('../io/clerk-files/', import.meta.url).pathname;
const options = (extra: Partial<ReadOptions> = {}): ReadOptions => ({
  side: 'a', schema: PROFILES.pow.schema, label: 'ua', agreement: defaultAgreement(), userMap: new Map(), ...extra,
});
const read = async (name: string, extra: Partial<ReadOptions> = {}) => interpretTable(await readTable(join(CLERK, name)), options(extra));

describe('header aliases of clerk lists', () => {
  it.each([
    ['Особовий номер', 'service_number'], ['Особистий номер', 'service_number'], ['Особовий №', 'service_number'],
    ['Жетон', 'service_number'], ['Номер жетона', 'service_number'], ['Номер військового квитка', 'service_number'],
    ['Личный номер', 'service_number'], ['Номер военного билета', 'service_number'],
    ['Військове звання', 'rank'], ['Воинское звание', 'rank'],
    ['Дата та місце народження', 'date_of_birth'], ['Дата і місце народження', 'date_of_birth'], ['Дата и место рождения', 'date_of_birth'],
    ['Висновок ВЛК', 'medical_commission'], ['ВЛК', 'medical_commission'], ['ВВК', 'medical_commission'],
    ['Заключение ВВК', 'medical_commission'], ['Военно-врачебная комиссия', 'medical_commission'],
    ['Громадянство', 'citizenship'], ['Гражданство', 'citizenship'], ['Медичний статус', 'medical_status'],
  ])('%s → %s', (header, field) => {
    expect(fieldForHeader(header)).toBe(field);
  });

  it('статус names no field: in these lists it is usually the POW status; medical_status is suggested', () => {
    expect(fieldForHeader('Статус')).toBeUndefined();
    expect(suggestField('Статус', new Set(PROFILES.pow.schema.fields))).toBe('medical_status');
  });

  it('suggests the field of a close alias (a typo, or a header holding an alias), never a field already taken', () => {
    const all = new Set(PROFILES.pow.schema.fields);
    expect(suggestField('Особистий номр', all)).toBe('service_number');
    expect(suggestField('Отчетство', all)).toBe('patronymic');
    expect(suggestField('Номер жетона військового', all)).toBe('service_number');
    expect(suggestField('Позивний', all)).toBeUndefined();
    expect(suggestField('Вік', all)).toBeUndefined();
    expect(suggestField('Отчетство', new Set([...all].filter((f) => f !== 'patronymic')))).toBeUndefined();
  });
});

describe('non-person rows', () => {
  it.each([
    [['Всього: 23 особи', '', ''], 23], [['Всього 23'], 23], [['', 'Итого: 23'], 23], [['Итого 23 чел.', ''], 23],
    [['Total: 23'], 23], [['', '', 'ВСЬОГО: 7'], 7], [['Всього:', '23', ''], 23], [['Разом 5 осіб'], 5],
  ])('%j is a closing total of %d', (cells, stated) => {
    expect(nonPersonRow(cells)).toEqual({ kind: 'total', stated });
  });

  it.each([[['Всього', 'Коваленко']], [['Коваленко', 'Всього: 3']], [['Всього осіб']], [['Total']]])('%j is not a total', (cells) => {
    expect(nonPersonRow(cells)).toBeUndefined();
  });

  it('a row of empty cells is an empty row', () => {
    expect(nonPersonRow(['', '', ''])).toEqual({ kind: 'empty' });
  });

  it.each([
    [['Підпис: ________ Коваль', '', '']], [['Начальник штабу', '__________ І. Петренко', '']], [['', 'Составил ______ Сидоров']],
    [['М.П.', '']], [['м. п.']], [['M.P.']], [['Signature: ______', '']],
  ])('%j is a line to sign on', (cells) => {
    expect(nonPersonRow(cells)).toEqual({ kind: 'signature' });
  });

  it.each([
    // A value not known written as underscores is a person's cell; so is any row of three filled cells.
    [['____', 'Олег', '']], [['Коваль', '_____']], [['Підпис ____ Коваль', 'Іван', '01.01.1990']], [['Коваленко Марія', '']], [['МП']],
  ])('%j is no line to sign on', (cells) => {
    expect(nonPersonRow(cells)).toBeUndefined();
  });
});

describe('the header written again further down (a list printed page by page)', () => {
  const header = ['Прізвище', "Ім'я", 'Дата народження', 'Особистий номер'];
  const interpret = (rows: string[][]) => interpretTable(table(header, rows), options());

  it('is a non-person row, whatever its case, spaces or apostrophe; a person is never one', () => {
    const { list, findings } = interpret([
      ['Коваль', 'Іван', '01.01.1990', 'АА123456'],
      ['Прізвище', "Ім'я", 'Дата народження', 'Особистий номер'],
      ['Шевчук', 'Петро', '02.02.1991', ''],
      ['ПРІЗВИЩЕ', 'Ім’я', 'Дата  народження', 'Особистий-номер'],
      // A man whose surname is the header's word is still a man: his other cells are his.
      ['Прізвище', 'Іван', '03.03.1992', ''],
      // Part of the header only: a row a clerk left half filled, not the header again.
      ['Прізвище', "Ім'я", '', ''],
    ]);
    expect(list.records.map((r) => r.rowKind)).toEqual([undefined, 'header', undefined, 'header', undefined, undefined]);
    expect(list.records.filter((r) => r.rowKind === 'header').every((r) => r.missingIdentity)).toBe(true);
    // `Дата народження` is not read as a date of birth: no invalid-value.
    expect(findings.filter((f) => f.code === 'invalid-value')).toEqual([]);
  });

  it('is never found by a header of one filled cell (a row of one word is too likely a person)', () => {
    const { list } = interpretTable(table(['ПІБ', ''], [['ПІБ', ''], ['Коваль Іван Петрович', '']]), options());
    expect(list.records.map((r) => r.rowKind)).toEqual([undefined, undefined]);
  });
});

describe('a Windows-1251 list with a title row, a total and trailing empty rows', () => {
  it('finds the header on line 3 and reports the skipped rows and the unused column', async () => {
    const { list } = await read('ua-1251.csv');
    expect(list.reading).toEqual({
      headerLine: 3,
      skippedRows: [{ line: 1, text: 'Список військовополонених для обміну' }, { line: 2, text: '' }],
      unusedColumns: [{ header: 'Статус', column: 8, suggestion: 'medical_status' }],
    });
    expect(list.extraHeader).toEqual(['Статус']);
  });

  it('keeps every data row once, with physical lines; total and empty rows are non-person rows', async () => {
    const { list, findings } = await read('ua-1251.csv');
    expect(list.records.map((r) => [r.line, r.rowKind ?? 'person', r.missingIdentity])).toEqual([
      [4, 'person', false], [5, 'person', false], [6, 'person', false],
      [7, 'empty', true], [8, 'total', true], [9, 'empty', true], [10, 'empty', true],
    ]);
    expect(list.records[4]!.statedTotal).toBe(4);
    expect(list.records[0]).toMatchObject({ serviceNumber: 'АА123456', rank: 'солдат', dateOfBirth: { year: 1988, month: 3, day: 14 }, extra: ['військовополонений'] });
    expect(list.records[1]!.dateOfBirth).toEqual({ year: 1990, month: 11, day: 12 });
    // 31.02.1980 before the place: an invalid date, located on its physical line and column.
    expect(findings.map((f) => [f.code, f.a?.line, f.column, f.field])).toEqual([['invalid-value', 6, 5, 'date_of_birth']]);
  });

  it('--header-row says where the header is', async () => {
    const { list } = await read('ua-1251.csv', { headerRow: 3 });
    expect(list.reading?.headerLine).toBe(3);
    await expect(read('ua-1251.csv', { headerRow: 1 })).rejects.toThrow(/ua-1251\.csv:1: no column holds a name/);
    await expect(read('ua-1251.csv', { headerRow: 99 })).rejects.toThrow(/:99: --header-row 99: the last row starts on line 10/);
  });

  it('--strict-headers refuses the unused column, with the --map to use', async () => {
    const error = await read('ua-1251.csv', { strictHeaders: true }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toMatch(/ua-1251\.csv:3:8: column "Статус" \(column 8\) is not used; did you mean medical_status\? --map "Статус=medical_status"/);
    const mapped = await read('ua-1251.csv', { strictHeaders: true, userMap: new Map([['статус', 'notes']]) });
    expect(mapped.list.reading?.unusedColumns).toEqual([]);
    expect(mapped.list.records[0]!.notes).toBe('військовополонений');
  });

  it('--strict-headers refuses a column with no header once a row holds something in it, at that cell; an empty one passes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'exchange-strict-'));
    try {
      const file = join(dir, 'unnamed.csv');
      writeFileSync(file, 'surname,,given_name,\nКоваль,,Іван,\nШевченко,записка,Петро,\n');
      const table = await readTable(file);
      expect(() => interpretTable(table, options({ strictHeaders: true }))).toThrow(InputError);
      expect(() => interpretTable(table, options({ strictHeaders: true }))).toThrow(/unnamed\.csv:3:2: column 2 has no header and holds data/);
      // Without the flag the column is carried through and reported; the trailing empty one is neither.
      const { list } = interpretTable(await readTable(file), options());
      expect(list.reading?.unusedColumns).toEqual([{ header: '', column: 2 }]);
      writeFileSync(file, 'surname,,given_name,\nКоваль,,Іван,\n');
      expect(interpretTable(await readTable(file), options({ strictHeaders: true })).list.records).toHaveLength(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('a Russian list with a title row holding a comma', () => {
  it('detects the delimiter past the title, reads the date out of date-and-place, and names the unused columns', async () => {
    const { list, findings } = await read('ru.csv', { side: 'b' });
    expect(findings).toEqual([]);
    expect(list.reading).toEqual({
      headerLine: 2,
      skippedRows: [{ line: 1, text: 'Список военнопленных, подлежащих обмену' }],
      unusedColumns: [{ header: 'Отчетство', column: 7, suggestion: 'patronymic' }, { header: 'Позывной', column: 8 }],
    });
    expect(list.records.map((r) => [r.line, r.rowKind ?? r.surname])).toEqual([[3, 'Коваленко'], [4, 'Шевченко'], [5, 'empty'], [6, 'total']]);
    expect(list.records[0]).toMatchObject({ dateOfBirth: { year: 1988, month: 3, day: 14 }, citizenship: 'Украина', rank: 'рядовой' });
  });
});

describe('findHeader', () => {
  const rows = (...cells: string[][]) => cells.map((c, i) => ({ line: i + 1, cells: c }));
  it('the first row when it is the header, as before', () => {
    expect(findHeader(rows(['surname', 'x'], ['Коваль', '1']), PROFILES.pow.schema, 'a.csv', new Map())).toBe(0);
  });
  it('a row of two known fields without identity is a header too; --map counts', () => {
    expect(findHeader(rows(['Список'], ['Звання', 'Частина']), PROFILES.pow.schema, 'a.csv', new Map())).toBe(1);
    expect(findHeader(rows(['Список'], ['Позивний']), PROFILES.pow.schema, 'a.csv', new Map([['позивний', 'surname']]))).toBe(1);
  });
  it('falls back to the first row when nothing looks like a header, so mapping says what is missing', () => {
    expect(findHeader(rows(['Список'], ['a', 'b']), PROFILES.pow.schema, 'a.csv', new Map())).toBe(0);
  });
  it('calls a file of nothing but spaces and delimiters empty, rather than a header naming nothing', () => {
    const blank = rows(['', ''], ['', '', '', ''], ['  ']);
    expect(() => findHeader(blank, PROFILES.pow.schema, 'w.csv', new Map())).toThrow(/^w\.csv: the file is empty \(no header row\): its rows hold nothing but spaces and delimiters$/);
    const long = rows(...Array.from({ length: 30 }, () => ['', '']));
    expect(() => findHeader(long, PROFILES.pow.schema, 'w.csv', new Map())).toThrow(/no header row in the first 30 rows/);
    // One cell with something in it is enough to look for the header as before.
    expect(findHeader(rows(['', ''], ['', 'x']), PROFILES.pow.schema, 'w.csv', new Map())).toBe(0);
  });
});
