import { describe, expect, it } from 'vitest';
import { defaultAgreement } from '../../src/agreement/terms.js';
import { interpretTable } from '../../src/schema/records.js';
import { table } from '../helpers.js';
import { PROFILES } from '../../src/kinds/index.js';

const read = (header: string[], rows: string[][]) =>
  interpretTable(table(header, rows), { side: 'a', schema: PROFILES.pow.schema, label: 'A', agreement: defaultAgreement(), userMap: new Map() });

describe('interpretTable', () => {
  it('reads every field and defaults categories and commission', () => {
    const { list, findings } = read(
      ['Номер запису', 'Прізвище', "Ім'я", 'По батькові', 'Дата народження', 'Особистий номер', 'Стать', 'Категорія', 'Медичний стан', 'Висновок комісії', 'Позивний'],
      [
        ['UA-1', 'Коваленко', 'Олександр', 'Іванович', '03.04.1998', 'АА 123-456', 'ч', 'тяжкопоранені та хворі|18-25', 'тяжкопоранений', 'підтверджено', 'Сокіл'],
        ['', 'Петренко', 'Іван', '', '', '', '', '', '', '', ''],
      ],
    );
    expect(findings).toEqual([]);
    const [first, second] = list.records;
    expect(first).toMatchObject({
      recordId: 'UA-1', surname: 'Коваленко', givenName: 'Олександр', patronymic: 'Іванович',
      dateOfBirth: { year: 1998, month: 4, day: 3 }, serviceNumber: 'АА 123-456', sex: 'M',
      categories: ['wounded_ill', 'age_18_25'], medicalStatus: 'severely_wounded', medicalCommission: 'confirmed', extra: ['Сокіл'],
    });
    expect(second).toMatchObject({ recordId: '3', categories: ['all_for_all'], medicalCommission: 'pending', missingIdentity: false });
    expect(list.extraHeader).toEqual(['Позивний']);
  });

  it('reports every bad cell with its column and keeps the row and its good cells', () => {
    const { list, findings } = read(
      ['id', 'surname', 'date_of_birth', 'category', 'sex'],
      [['7', 'Бондар', '31.02.2001', 'wounded_ill|heroes', 'x']],
    );
    expect(findings.map((f) => [f.code, f.field, f.column, f.aValue])).toEqual([
      ['invalid-value', 'date_of_birth', 3, '31.02.2001'],
      ['invalid-value', 'category', 4, 'wounded_ill|heroes'],
      ['invalid-value', 'sex', 5, 'x'],
    ]);
    expect(list.records[0]).toMatchObject({ recordId: '7', surname: 'Бондар', dateOfBirth: undefined });
  });

  it('splits a full name column', () => {
    const { list } = read(['ФИО'], [['КОВАЛЕНКО Александр Иванович']]);
    expect(list.records[0]).toMatchObject({ surname: 'КОВАЛЕНКО', givenName: 'Александр', patronymic: 'Иванович' });
  });

  it('marks a row with nothing to identify the person', () => {
    const { list } = read(['surname', 'service_number', 'rank'], [['', '', 'солдат'], ['', '', '']]);
    expect(list.records.map((r) => r.missingIdentity)).toEqual([true, true]);
  });

  it('counts a body tag with no digits (б/н, "no number") as no tag: nothing to identify the body', () => {
    const remains = (cells: string[][]) =>
      interpretTable(table(['record_id', 'tag', 'recovered_on'], cells), { side: 'a', schema: PROFILES.remains.schema, label: 'A', agreement: defaultAgreement(), userMap: new Map() });
    const { list } = remains([['1', 'б/н', '2024-01-01'], ['2', 'XYZ', ''], ['3', '№ 379', ''], ['4', 'UA-２０２４-1', '']]);
    expect(list.records.map((r) => r.missingIdentity)).toEqual([true, true, false, false]);
  });

  it('counts a name with no letter (-, ?, 123) and a service number with no digit (-, N/A) as none: nothing to identify the person', () => {
    const { list } = read(
      ['surname', 'given_name', 'date_of_birth', 'service_number'],
      [['-', '-', '01.01.1990', ''], ['—', '?', '', '—'], ['123', '', '', 'N/A'], ['-', 'Іван', '', ''], ['', '', '', 'АВ-1'], ['Ø', '', '', '']],
    );
    expect(list.records.map((r) => r.missingIdentity)).toEqual([true, true, true, false, false, false]);
  });

  it('a stray control character spoils the cell, not the row', () => {
    const { list, findings } = read(['surname', 'given_name'], [['Ко\u0007валенко', 'Іван']]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ code: 'invalid-value', field: 'surname', column: 1 });
    expect(list.records[0]).toMatchObject({ surname: undefined, givenName: 'Іван' });
  });

  it('reports cells beyond the header', () => {
    const { findings } = read(['surname'], [['Шевченко', 'extra']]);
    expect(findings[0]).toMatchObject({ code: 'invalid-value', column: 2, aValue: 'extra' });
  });
});
