// Invisible characters in cells (issue 12): removed as a cell is read, and each cell that held
// some reported as `invisible-characters` with file, line, column and the characters' names.
import { describe, expect, it } from 'vitest';
import { withoutInvisible } from '../../src/schema/invisible.js';
import { table } from '../helpers.js';
import { interpretTable } from '../../src/schema/records.js';
import { PROFILES } from '../../src/kinds/index.js';
import { defaultAgreement } from '../../src/agreement/terms.js';

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
