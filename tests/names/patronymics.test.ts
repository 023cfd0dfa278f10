import { describe, expect, it } from 'vitest';
import { givenNameId } from '../../src/names/given-names.js';
import { looksLikePatronymic, patronymicId } from '../../src/names/patronymics.js';
import { givenNamePairs, patronymicRows, surnamePatterns } from '../../src/names/tables.js';
import { cell, readFixture } from './fixtures.js';

const formsOf = (row: (typeof patronymicRows)[number]): string[] => [
  row.patronymic_m_ua,
  row.patronymic_f_ua,
  row.patronymic_m_ru,
  row.patronymic_f_ru,
  row.latin_m_ua_2010,
  row.latin_m_ru_icao,
];

describe('patronymicId', () => {
  it("gives every form of every row of patronymics_ua_ru.tsv the id of the father's given name", () => {
    expect(patronymicRows.length).toBe(56);
    for (const row of patronymicRows) {
      const father = givenNameId(row.father_ua);
      expect(father, row.father_ua).toBeDefined();
      expect(givenNameId(row.father_ru), row.father_ru).toBe(father);
      for (const form of formsOf(row)) expect(patronymicId(form), form).toBe(father);
    }
  });

  it('reads the brief examples', () => {
    const mykola = givenNameId('Микола');
    for (const form of ['Миколайович', 'Николаевич', 'Mykolaiovych', 'Nikolaevich', 'Миколаївна', 'Николаевна']) {
      expect(patronymicId(form), form).toBe(mykola);
    }
    const ihor = givenNameId('Ігор');
    for (const form of ['Ігорович', 'Ігорьович', 'Игоревич', 'Ihorovych', 'Igorevich', 'Ігорівна', 'Игоревна']) {
      expect(patronymicId(form), form).toBe(ihor);
    }
  });

  it.each(readFixture('patronymics_derived.tsv'))('rebuilds the father of $patronymic ($note)', (row) => {
    const father = cell(row, 'father');
    expect(patronymicId(cell(row, 'patronymic'))).toBe(father === '' ? undefined : givenNameId(father));
    expect(looksLikePatronymic(cell(row, 'patronymic'))).toBe(true);
  });

  it('gives no id to names that are not patronymics', () => {
    for (const name of ['Коваленко', 'Тарас', 'Ович', 'Бабич', '']) expect(patronymicId(name), name).toBeUndefined();
  });
});

describe('looksLikePatronymic', () => {
  it('accepts every form of the table', () => {
    for (const row of patronymicRows) for (const form of formsOf(row)) expect(looksLikePatronymic(form), form).toBe(true);
  });

  it('accepts the suffixes in any script', () => {
    for (const word of ['Зорянович', 'Зорянівна', 'Зоряновна', 'Zorianovych', 'Zorianovich', 'Zorianowicz', 'Zorianivna', 'Zorianovna']) {
      expect(looksLikePatronymic(word), word).toBe(true);
    }
  });

  it('rejects every given name of the table', () => {
    for (const row of givenNamePairs) {
      for (const name of [row.ua, row.ru, row.latin_ua_2010, row.latin_ru_icao]) expect(looksLikePatronymic(name), name).toBe(false);
    }
  });

  it('rejects the surnames of surname_patterns_ua_ru.tsv, except those ending in -ич', () => {
    for (const row of surnamePatterns) {
      for (const name of [row.example_ua, ...row.example_ru.split(';').map((s) => s.trim())]) {
        expect(looksLikePatronymic(name), name).toBe(/ич$/.test(name));
      }
    }
  });

  it('takes -ич alone only after a known male name (Кузьмич, not Бабич)', () => {
    expect(looksLikePatronymic('Кузьмич')).toBe(true);
    expect(looksLikePatronymic('Бабич')).toBe(false);
  });
});
