import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { InputError, RunError } from '../../src/errors.js';
import { fieldForHeader, headerKey } from '../../src/schema/fields.js';
import { mapHeader, parseMapOptions } from '../../src/schema/headers.js';
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

  it('refuses a bad --map', () => {
    expect(() => parseMapOptions(['rec_id'])).toThrow(RunError);
    expect(() => parseMapOptions(['rec_id=nonsense'])).toThrow(/unknown field "nonsense"/);
  });
});
