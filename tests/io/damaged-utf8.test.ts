// A UTF-8 file without a BOM that has a few broken bytes is still UTF-8 (decode.ts looksLikeUtf8):
// the broken cells become `invalid-value` findings and every other cell is read as written, as with
// a BOM. Windows-1251, even with byte pairs that happen to be well-formed UTF-8, stays Windows-1251.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, test } from 'vitest';
import { defaultAgreement } from '../../src/agreement/terms.js';
import { decodeBytes } from '../../src/io/decode.js';
import { DEFAULT_LIMITS } from '../../src/io/limits.js';
import { PROFILES } from '../../src/kinds/index.js';
import { interpretFile } from '../../src/schema/records.js';
import { encodeWindows1251 } from './windows-1251.js';

const dir = mkdtempSync(join(tmpdir(), 'damaged-utf8-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A list file of these bytes, read as the command reads it: its records and findings. */
async function readList(name: string, bytes: Uint8Array) {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  const options = { side: 'a' as const, label: 'A', schema: PROFILES.pow.schema, agreement: defaultAgreement(), userMap: new Map() };
  const { list, findings } = await interpretFile(path, options, { limits: DEFAULT_LIMITS });
  return { path, list, findings };
}

/** The cells that could not be read: where they are and why. */
const invalidCells = (findings: Awaited<ReturnType<typeof readList>>['findings']) =>
  findings.filter((f) => f.code === 'invalid-value').map((f) => ({ file: f.file, line: f.a?.line, column: f.column, field: f.field, args: f.args }));

const UNDECODABLE = { problem: 'contains a control character or an undecodable byte' };

describe('UTF-8 without a BOM and with a broken byte', () => {
  // The fuzzer's file: Latin and Cyrillic names, one byte 0xFF in a Latin one.
  const bb = Buffer.concat([Buffer.from('record_id,surname,given_name\n1,Ko'), Buffer.from([0xff]), Buffer.from('val,Ivan\n2,Коваль,Іван\n')]);

  test('is read as UTF-8, the byte a U+FFFD, as with a BOM', () => {
    const expected = { text: 'record_id,surname,given_name\n1,Ko\ufffdval,Ivan\n2,Коваль,Іван\n', encoding: 'utf-8' };
    expect(decodeBytes(bb, 'bb.csv')).toEqual(expected);
    expect(decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bb]), 'bb.csv')).toEqual(expected);
  });

  test('spoils only its cell: one invalid-value with file, line and column; the other names as written', async () => {
    const { path, list, findings } = await readList('bb.csv', bb);
    expect(invalidCells(findings)).toEqual([{ file: path, line: 2, column: 2, field: 'surname', args: UNDECODABLE }]);
    expect(list.records.map((r) => [r.recordId, r.surname, r.givenName])).toEqual([['1', undefined, 'Ivan'], ['2', 'Коваль', 'Іван']]);
  });

  test('with Cyrillic headers: the header is found and only the broken cell is invalid', async () => {
    // The second byte of `е` (D0 B5) in Шевченко is lost to 0xFF.
    const text = "прізвище;ім'я;по батькові;дата народження\nКоваль;Іван;Петрович;01.02.1990\nШевче%нко;Тарас;Григорович;09.03.1994\n";
    const [before, after] = text.split('%') as [string, string];
    const bytes = Buffer.concat([Buffer.from(before).subarray(0, -1), Buffer.from([0xff]), Buffer.from(after)]);
    expect(decodeBytes(bytes, 'list.csv').encoding).toBe('utf-8');
    const { path, list, findings } = await readList('cyrillic.csv', bytes);
    expect(invalidCells(findings)).toEqual([{ file: path, line: 3, column: 1, field: 'surname', args: UNDECODABLE }]);
    expect(list.records.map((r) => [r.surname, r.givenName, r.patronymic])).toEqual([
      ['Коваль', 'Іван', 'Петрович'],
      [undefined, 'Тарас', 'Григорович'],
    ]);
  });

  test('a cell pasted in Windows-1251 into a UTF-8 list spoils that cell, not the list', async () => {
    const rows = ['Коваль;Іван', 'Шевченко;Тарас', 'Бондаренко;Олена', 'Мельник;Петро'];
    const bytes = Buffer.concat([
      Buffer.from(`прізвище;ім'я\n${rows.join('\n')}\n`),
      encodeWindows1251('Ткаченко'),
      Buffer.from(';Ігор\n'),
    ]);
    const { list, findings } = await readList('pasted.csv', bytes);
    expect(invalidCells(findings).map((c) => [c.line, c.column])).toEqual([[6, 1]]);
    expect(list.records.map((r) => r.givenName)).toEqual(['Іван', 'Тарас', 'Олена', 'Петро', 'Ігор']);
  });
});

describe('Windows-1251 stays Windows-1251', () => {
  test('a list in Windows-1251, in capitals, where `ВІ`, `РІ`, `НІ` are well-formed UTF-8 pairs', () => {
    const text = "ПІБ;ДАТА НАРОДЖЕННЯ;ПРИМІТКА\nКОВАЛЬ ВІТАЛІЙ ПЕТРОВИЧ;01.02.1990;НІ\nШЕВЧЕНКО ДМИТРІЙ ІВАНОВИЧ;09.03.1994;№ 12\nМАРЧЕНКО ЛІЯ;12.12.2001;ВІЙСЬКОВА\n";
    expect(decodeBytes(encodeWindows1251(text), 'list.csv')).toEqual({ text, encoding: 'windows-1251' });
  });

  test('a list in Windows-1251 whose every row holds a name garbled from UTF-8 (`РљРѕРІР°Р»СЊ`, whose bytes are the UTF-8 of Коваль)', () => {
    // In Windows-1251, text garbled from UTF-8 is written with the very bytes of that UTF-8: here
    // one well-formed pair to three malformed sequences, far from four to one.
    const rows = [
      ['Коваленко;Іван;', 'Коваль', 'РљРѕРІР°Р»СЊ'],
      ['Шевченко;Тарас;', 'Шевчук', 'РЁРµРІС‡СѓРє'],
      ['Бондаренко;Олена;', 'Бондар', 'Р‘РѕРЅРґР°СЂ'],
      ['Мельниченко;Петро;', 'Мельник', 'РњРµР»СЊРЅРёРє'],
    ] as const;
    const bytes = Buffer.concat([
      encodeWindows1251("прізвище;ім'я;примітка\n"),
      ...rows.flatMap(([cells, name]) => [encodeWindows1251(cells), Buffer.from(name), Buffer.from('\n')]),
    ]);
    const text = `прізвище;ім'я;примітка\n${rows.map(([cells, , garbled]) => `${cells}${garbled}\n`).join('')}`;
    expect(decodeBytes(bytes, 'list.csv')).toEqual({ text, encoding: 'windows-1251' });
  });

  test('high bytes and no well-formed UTF-8 at all: Windows-1251; plain ASCII: UTF-8', () => {
    expect(decodeBytes(Buffer.from('surname\nKo\xffval\n', 'latin1'), 'list.csv')).toEqual({ text: 'surname\nKoяval\n', encoding: 'windows-1251' });
    expect(decodeBytes(Buffer.from('surname\nKoval\n'), 'list.csv').encoding).toBe('utf-8');
  });

  test('a few chance pairs are not evidence: under eight well-formed sequences, Windows-1251', () => {
    // `ВІ` seven times is seven well-formed pairs against one malformed byte (0xFF).
    const bytes = Buffer.concat([encodeWindows1251('a\nВІ ВІ ВІ ВІ ВІ ВІ ВІ\n'), Buffer.from([0xff])]);
    expect(decodeBytes(bytes, 'list.csv').encoding).toBe('windows-1251');
  });
});

describe('property: UTF-8 Cyrillic with a few damaged bytes', () => {
  const LETTERS = [...'абвгґдеєжзиіїйклмнопрстуфхцчшщьюяёъыэАБВГҐДЕЄЖЗИІЇЙКЛМНОПРСТУФХЦЧШЩЬЮЯЁЪЫЭ’'];
  const word = fc.string({ unit: fc.constantFrom(...LETTERS), minLength: 3, maxLength: 12 });
  const rows = fc.array(fc.tuple(word, word), { minLength: 3, maxLength: 30 });

  test('is read as UTF-8, every undamaged character in its place and each run of damaged ones decoded on its own', () => {
    fc.assert(
      fc.property(rows, fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0x20, max: 0xff })), { minLength: 1, maxLength: 40 }), (people, damage) => {
        const header = 'surname,given_name\n';
        const chars = [...people.map(([surname, given]) => `${surname},${given}\n`).join('')];
        const bytes = Buffer.concat([Buffer.from(header), ...chars.map((c) => Buffer.from(c))]);
        // k damaged bytes in the rows, at most one letter in ten (the header stays: damage there could make a BOM).
        const letters = chars.filter((c) => c.codePointAt(0)! >= 0x80).length;
        const damaged = new Set<number>();
        for (const [at, byte] of damage.slice(0, Math.floor(letters / 10) || 1)) {
          const offset = header.length + (at % (bytes.length - header.length));
          bytes[offset] = byte;
          damaged.add(offset);
        }
        // Damage cannot reach into an undamaged character (it starts with a lead or ASCII byte, which
        // ends any sequence before it), so the text is the undamaged characters as they were, and
        // between them each run of damaged ones decoded on its own (two can merge into one sequence).
        let expected = header;
        let run: Uint8Array[] = [];
        let offset = header.length;
        for (const c of chars) {
          const own = bytes.subarray(offset, offset + Buffer.byteLength(c));
          if (own.some((_, i) => damaged.has(offset + i))) run.push(own);
          else {
            expected += new TextDecoder().decode(Buffer.concat(run)) + c;
            run = [];
          }
          offset += own.length;
        }
        expected += new TextDecoder().decode(Buffer.concat(run));
        const decoded = decodeBytes(bytes, 'list.csv');
        expect(decoded.encoding).toBe('utf-8');
        expect(decoded.text).toBe(expected);
      }),
    );
  });
});
