// Invisible characters in cells (issue 12): removed as a cell is read, and each cell that held
// some reported as `invisible-characters` with file, line, column and the characters' names.
import { describe, expect, it } from 'vitest';
import { withoutInvisible } from '../../src/schema/invisible.js';
import { table } from '../helpers.js';
import { interpretTable } from '../../src/schema/records.js';
import { PROFILES } from '../../src/kinds/index.js';
import { defaultAgreement } from '../../src/agreement/terms.js';
import { headerKey, type FieldName } from '../../src/schema/fields.js';

describe('withoutInvisible', () => {
  it('leaves a row without them alone', () => {
    expect(withoutInvisible(['Коваль', 'Олег', '', 'Шевче\u0301нко', 'a\u00a0b'])).toBeUndefined();
  });

  it.each([
    ['\u202eокнедуР', 'окнедуР', '[U+202E]окнедуР', 'U+202E right-to-left override'],
    ['Іва\u200bнен\u200cко\u200d', 'Іваненко', 'Іва[U+200B]нен[U+200C]ко[U+200D]', 'U+200B zero width space, U+200C zero width non-joiner, U+200D zero width joiner'],
    ['\u2066Лис\u2069', 'Лис', '[U+2066]Лис[U+2069]', 'U+2066 left-to-right isolate, U+2069 pop directional isolate'],
    ['Пав\u00adло', 'Павло', 'Пав[U+00AD]ло', 'U+00AD soft hyphen'],
    ['Гон\ufeffчар', 'Гончар', 'Гон[U+FEFF]чар', 'U+FEFF byte order mark'],
    ['\u200f\u200fКР 1\u2060', 'КР 1', '[U+200F][U+200F]КР 1[U+2060]', 'U+200F right-to-left mark, U+2060 word joiner'],
    ['\u061c \u202aX\u202c', 'X', '[U+061C] [U+202A]X[U+202C]', 'U+061C Arabic letter mark, U+202A left-to-right embedding, U+202C pop directional formatting'],
  ])('%j reads as %j, shown as %j', (cell, read, shown, characters) => {
    const result = withoutInvisible(['ok', cell])!;
    expect(result.cells).toEqual(['ok', read]);
    expect(result.found).toEqual([{ column: 1, shown, characters }]);
  });
});

describe('reading a list', () => {
  const read = (text: string) => {
    const [header, ...rows] = text.split('\n').filter((line) => line !== '').map((line) => line.split(','));
    return interpretTable(table(header!, rows, 'u.csv'), { side: 'b', schema: PROFILES.pow.schema, label: 'B', agreement: defaultAgreement(), userMap: new Map() });
  };

  it('reads the cells without them and reports each cell: file, line, column, field, the cell as shown', () => {
    const { list, findings } = read('record_id,surname,given_name,date_of_birth,notes\nR\u200b1,\u202eКоваль,Олег,01.01.1990,x\u200by\n');
    expect(list.records[0]).toMatchObject({ recordId: 'R1', surname: 'Коваль', givenName: 'Олег', notes: 'xy' });
    expect(findings.map((f) => [f.code, f.severity, f.b?.recordId, f.b?.line, f.file, f.column, f.field, f.bValue])).toEqual([
      ['invisible-characters', 'warning', 'R1', 2, 'u.csv', 1, 'record_id', 'R[U+200B]1'],
      ['invisible-characters', 'warning', 'R1', 2, 'u.csv', 2, 'surname', '[U+202E]Коваль'],
      ['invisible-characters', 'warning', 'R1', 2, 'u.csv', 5, 'notes', 'x[U+200B]y'],
    ]);
  });

  it('a cell of invisible characters alone is empty; a row of them is an empty row, still reported', () => {
    const { list, findings } = read('surname,given_name,extra\nКоваль,\u200b,\u202e\n\u200b,\ufeff\u200b,\n');
    expect(list.records[0]!.givenName).toBeUndefined();
    expect(list.records[0]!.extra).toEqual(['']);
    expect(list.records[1]!.rowKind).toBe('empty');
    expect(findings.map((f) => `${f.b!.line}:${f.column}:${f.field}`)).toEqual(['2:2:given_name', '2:3:', '3:1:surname', '3:2:given_name']);
  });
});

describe('a header with invisible characters', () => {
  const readWith = (rows: string[][], userMap = new Map<string, FieldName>()) => {
    const [header, ...data] = rows;
    return interpretTable(table(header!, data, 'h.csv'), { side: 'a', schema: PROFILES.pow.schema, label: 'A', agreement: defaultAgreement(), userMap });
  };

  it('names the field it names once they are taken out, and is told, not silently read', () => {
    const { list, findings } = readWith([['sur\u202ename', 'given\u200bname', 'date_\u2066of\u2069_birth'], ['Коваль', 'Олег', '01.01.1990']]);
    expect(list.records[0]).toMatchObject({ surname: 'Коваль', givenName: 'Олег', dateOfBirth: { year: 1990, month: 1, day: 1 } });
    expect(list.extraHeader).toEqual([]);
    expect(list.reading!.unusedColumns).toEqual([]);
    expect(list.reading!.invisibleInHeader).toEqual([
      { header: 'sur[U+202E]name', column: 1, characters: 'U+202E right-to-left override' },
      { header: 'given[U+200B]name', column: 2, characters: 'U+200B zero width space' },
      { header: 'date_[U+2066]of[U+2069]_birth', column: 3, characters: 'U+2066 left-to-right isolate, U+2069 pop directional isolate' },
    ]);
    // The header is no record: the findings are the cells'.
    expect(findings).toEqual([]);
  });

  it('is found below a title row, and a --map of the header as written takes it', () => {
    const { list } = readWith([['Список для обміну', ''], ['Пріз\u202eвище', 'Пози\u200bвний'], ['Коваль', 'Сокіл']], new Map([[headerKey('Пози\u202eвний'), 'notes']]));
    expect(list.reading!.headerLine).toBe(2);
    expect(list.records[0]).toMatchObject({ surname: 'Коваль', notes: 'Сокіл' });
  });

  it('an unknown one is carried through without them, to the ledger and the notes', () => {
    const { list } = readWith([['surname', 'Ex\u202etra', '\u200b'], ['Коваль', 'b', 'c']]);
    expect(list.extraHeader).toEqual(['Extra', '']);
    expect(list.reading!.unusedColumns).toEqual([{ header: 'Extra', column: 2 }, { header: '', column: 3 }]);
    expect(list.reading!.invisibleInHeader!.map((h) => h.header)).toEqual(['Ex[U+202E]tra', '[U+200B]']);
  });

  it('a header without them has no such note', () => {
    expect(readWith([['surname'], ['Коваль']]).list.reading).not.toHaveProperty('invisibleInHeader');
  });
});
