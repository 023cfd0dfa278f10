import { describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { InputError, RunError } from '../../src/errors.js';
import { fieldForHeader, headerKey } from '../../src/schema/fields.js';
import { mapHeader, parseMapOptions, unfoundMaps } from '../../src/schema/headers.js';
import { interpretTable } from '../../src/schema/records.js';
import { defaultAgreement } from '../../src/agreement/terms.js';
import { noticeUnfoundMaps } from '../../src/commands/reading-notes.js';
import { PROFILES } from '../../src/kinds/index.js';

const aliases = JSON.parse(readFileSync(new URL('../../data/fields.json', import.meta.url), 'utf8')) as Record<'pow' | 'remains', Record<string, string[]>>;

describe('header aliases', () => {
  it('every alias in data/fields.json names its field', () => {
    for (const group of [aliases.pow, aliases.remains]) {
      for (const [field, names] of Object.entries(group)) {
        for (const name of names) expect(fieldForHeader(name), name).toBe(field);
      }
    }
  });

  it.each([
    ['Surname', 'surname'], ['LAST_NAME', 'surname'], ['Прізвище', 'surname'], ['Фамилия', 'surname'],
    ['ПІБ', 'full_name'], ['ФИО', 'full_name'], ['Ф.И.О.', 'full_name'],
    ['Дата народження', 'date_of_birth'], ['дата рождения', 'date_of_birth'], ['Date-of-Birth', 'date_of_birth'],
    ['Особистий номер', 'service_number'], ['личный номер', 'service_number'],
    ["Ім’я", 'given_name'], ['По батькові', 'patronymic'], ['Отчество', 'patronymic'],
    ['Категорія', 'category'], ['Состояние здоровья', 'medical_status'], ['Заключение комиссии', 'medical_commission'],
  ])('%s → %s', (header, field) => {
    expect(fieldForHeader(header)).toBe(field);
  });

  it('compares headers ignoring case, spaces, _ - and .', () => {
    expect(headerKey(' Date_of-birth. ')).toBe(headerKey('dateofbirth'));
  });
});

describe('mapHeader', () => {
  it('maps known headers, carries unknown ones as extra', () => {
    const map = mapHeader(['ID', 'Прізвище', 'Позивний', "Ім'я"], PROFILES.pow.schema, 'a.csv', new Map());
    expect(map.fields).toEqual(['record_id', 'surname', undefined, 'given_name']);
    expect(map.extra).toEqual([2]);
  });

  it('applies --map before aliases', () => {
    const map = mapHeader(['rec_id', 'surname', 'soc_sec_id'], PROFILES.pow.schema, 'a.csv', parseMapOptions(['rec_id=record_id', 'soc_sec_id=service_number']));
    expect(map.columnOf).toEqual({ record_id: 0, surname: 1, service_number: 2 });
  });

  it('refuses two columns for one field, naming both and the column', () => {
    expect(() => mapHeader(['surname', 'Фамилия'], PROFILES.pow.schema, 'a.csv', new Map())).toThrow(/a\.csv:1:2: columns "surname" \(column 1\) and "Фамилия" \(column 2\) both map to surname/);
  });

  it('refuses a file with nothing to identify people', () => {
    expect(() => mapHeader(['rank', 'unit'], PROFILES.pow.schema, 'a.csv', new Map())).toThrow(InputError);
    expect(() => mapHeader(['tag'], PROFILES.pow.schema, 'a.csv', new Map())).toThrow(/no column holds a name or service number/);
    expect(mapHeader(['tag'], PROFILES.remains.schema, 'a.csv', new Map()).columnOf.tag).toBe(0);
  });

  it('names the --map whose column the header lacks when nothing identifies people (a mistyped column)', () => {
    const map = new Map([[headerKey('Позивнй'), 'surname' as const]]);
    expect(() => mapHeader(['Позивний', 'rank'], PROFILES.pow.schema, 'a.csv', map))
      .toThrow(/no column holds a name or service number \(headers: Позивний, rank\); name one with --map COLUMN=FIELD; no column of this header is the --map column "позивнй"$/);
    // A --map whose column is there says nothing more.
    expect(() => mapHeader(['rank'], PROFILES.pow.schema, 'a.csv', new Map([[headerKey('rank'), 'rank' as const]]))).toThrow(/COLUMN=FIELD$/);
  });

  it('refuses a bad --map', () => {
    expect(() => parseMapOptions(['rec_id'])).toThrow(RunError);
    expect(() => parseMapOptions(['rec_id=nonsense'])).toThrow(/unknown field "nonsense"/);
  });

  it('refuses a --map to a field the kind of list does not hold, naming the field and the fields it has', () => {
    expect(() => parseMapOptions(['Примітки=tag'], PROFILES.pow.schema)).toThrow(RunError);
    expect(() => parseMapOptions(['Примітки=tag'], PROFILES.pow.schema)).toThrow(
      `--map "Примітки=tag": a pow list has no field tag (see --kind); its fields: ${PROFILES.pow.schema.fields.join(', ')}`);
    expect(() => parseMapOptions(['x=nonsense'], PROFILES.pow.schema)).toThrow(/unknown field "nonsense" \(a pow list's fields: record_id, /);
    expect(parseMapOptions(['Примітки=tag', 'Звання=rank'], PROFILES.remains.schema)).toEqual(new Map([['примітки', 'tag'], ['звання', 'rank']]));
  });

  it('refuses one column mapped to two fields (the later --map replaced the earlier in silence), and takes one given twice', () => {
    expect(() => parseMapOptions(['Позивний=notes', ' позивний =rank'], PROFILES.pow.schema)).toThrow(
      '--map " позивний =rank": column "позивний" is already mapped to notes by --map "Позивний=notes"; a column is one field');
    expect(parseMapOptions(['Позивний=notes', 'ПОЗИВНИЙ=notes'], PROFILES.pow.schema)).toEqual(new Map([['позивний', 'notes']]));
  });
});

describe('a --map whose column no list has', () => {
  const read = (path: string, header: string[], userMap: ReturnType<typeof parseMapOptions>) =>
    interpretTable({ path, sha256: '', encoding: 'utf-8', delimiter: ',', header, headerLine: 1, rows: [{ line: 2, cells: header.map(() => 'x') }] },
      { side: 'a', schema: PROFILES.pow.schema, label: path, agreement: defaultAgreement(), userMap }).list;
  const maps = ['nosuch=surname', ' Pozyvnyi =notes', 'Rank_=rank'];
  const userMap = parseMapOptions(maps, PROFILES.pow.schema);

  it('is noted by the reader: the header keys the header does not have', () => {
    expect(read('a.csv', ['surname', 'rank'], userMap).reading!.mapsNotFound).toEqual(['nosuch', 'pozyvnyi']);
    expect(read('b.csv', ['surname', 'Pozyvnyi', 'RANK'], userMap).reading!.mapsNotFound).toEqual(['nosuch']);
    expect(read('c.csv', ['surname'], new Map()).reading!.mapsNotFound).toBeUndefined();
  });

  it('is one found in none of the lists, compared as headers are', () => {
    const a = { path: 'a.csv', mapsNotFound: ['nosuch', 'pozyvnyi'] };
    const b = { path: 'b.csv', mapsNotFound: ['nosuch'] };
    expect(unfoundMaps(maps, [a])).toEqual([
      { option: 'nosuch=surname', column: 'nosuch', message: '--map "nosuch=surname": no column "nosuch" in a.csv' },
      { option: ' Pozyvnyi =notes', column: 'Pozyvnyi', message: '--map " Pozyvnyi =notes": no column "Pozyvnyi" in a.csv' },
    ]);
    expect(unfoundMaps(maps, [a, b])).toEqual([{ option: 'nosuch=surname', column: 'nosuch', message: '--map "nosuch=surname": no column "nosuch" in a.csv or b.csv' }]);
    expect(unfoundMaps(maps, [a, b, { path: 'c.csv', mapsNotFound: [] }])).toEqual([]);
  });

  it('is one line on stderr, or exit 2 with --strict-headers', () => {
    const lists = [read('a.csv', ['surname', 'rank'], userMap), read('b.csv', ['surname', 'Pozyvnyi'], userMap)];
    const written: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => (written.push(String(chunk)), true));
    try {
      noticeUnfoundMaps({ maps }, lists);
    } finally {
      vi.restoreAllMocks();
    }
    expect(written).toEqual(['exchange: --map "nosuch=surname": no column "nosuch" in a.csv or b.csv; it is not used\n']);
    expect(() => noticeUnfoundMaps({ maps, strictHeaders: true }, lists)).toThrow(new RunError('--map "nosuch=surname": no column "nosuch" in a.csv or b.csv (--strict-headers)'));
  });
});
