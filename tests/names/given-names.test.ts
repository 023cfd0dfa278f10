import { describe, expect, it } from 'vitest';
import {
  ambiguousGivenNameSkeletons,
  givenNameCandidates,
  givenNameId,
  givenNameSex,
  isKnownGivenName,
} from '../../src/names/given-names.js';
import { exactKey } from '../../src/names/normalise.js';
import { latinSkeleton } from '../../src/names/skeleton.js';
import { givenNameAliasRows, givenNameFormRows, givenNamePairs } from '../../src/names/tables.js';
import { cell, readFixture } from './fixtures.js';

describe('givenNameId', () => {
  it('gives all four forms of every row of given_names_ua_ru.tsv one id', () => {
    expect(givenNamePairs.length).toBeGreaterThanOrEqual(560);
    for (const row of givenNamePairs) {
      const id = givenNameId(row.ua);
      expect(id, row.ua).toBeDefined();
      for (const form of [row.ru, row.latin_ua_2010, row.latin_ru_icao]) expect(givenNameId(form), `${row.ua} / ${form}`).toBe(id);
    }
  });

  it('gives every alias of given_name_aliases.tsv the id of the name it names', () => {
    for (const row of givenNameAliasRows) {
      expect(givenNameId(row.alias), row.alias).toBe(givenNameId(row.name));
      expect(givenNameId(row.alias.toUpperCase()), row.alias).toBe(givenNameId(row.name));
    }
  });

  it('lists only aliases that the skeleton cannot reach', () => {
    const tableSkeletons = new Set([
      ...givenNamePairs.flatMap((row) => [row.ua, row.ru, row.latin_ua_2010, row.latin_ru_icao].map(latinSkeleton)),
      ...givenNameFormRows.map((row) => latinSkeleton(row.form)),
    ]);
    for (const row of givenNameAliasRows) expect(tableSkeletons.has(latinSkeleton(row.alias)), row.alias).toBe(false);
  });

  it('reads every row of given_name_forms.tsv as a form of the class it names', () => {
    const uaNames = new Set(givenNamePairs.map((row) => row.ua));
    const tableForms = new Set(givenNamePairs.flatMap((row) => [exactKey(row.ua), exactKey(row.ru)]));
    for (const row of givenNameFormRows) {
      expect(uaNames.has(row.name), row.name).toBe(true);
      expect(['ru', 'church', 'diminutive'], row.form).toContain(row.kind);
      expect(givenNameCandidates(row.form), row.form).toContain(givenNameId(row.name));
      // A form of the table is found without a row here; one that another class owns says so.
      if (tableForms.has(exactKey(row.form))) expect(givenNameId(row.form), row.form).not.toBe(givenNameId(row.name));
    }
  });

  it('reads the brief examples', () => {
    const oleksandr = givenNameId('Олександр');
    for (const name of ['Aleksandr', 'Alexander', 'Oleksandr', 'Александр', 'OLEKSANDR', 'Alexandr']) {
      expect(givenNameId(name), name).toBe(oleksandr);
    }
    expect(givenNameId('Alexey')).toBe(givenNameId('Олексій'));
    expect(givenNameId('Sergey')).toBe(givenNameId('Сергій'));
    expect(givenNameId('Yevhen')).toBe(givenNameId('Євген'));
    expect(givenNameId('Evgeniy')).toBe(givenNameId('Євген'));
  });

  it('joins pairs that share a form: Ганна, Анна; Охрім, Єфрем, Ефрем; Гнат, Ігнат, Игнат', () => {
    expect(givenNameId('Ганна')).toBe(givenNameId('Анна'));
    expect(givenNameId('Охрім')).toBe(givenNameId('Єфрем'));
    expect(givenNameId('Гнат')).toBe(givenNameId('Ігнат'));
  });

  it('keeps male and female names apart: no class mixes the sexes of the table', () => {
    for (const row of givenNamePairs) {
      const id = givenNameId(row.ua) ?? '';
      expect(givenNameSex(id), row.ua).toBe(row.sex);
    }
  });

  it('finds no skeleton shared by two classes but those of the forms listed for several', () => {
    const shared = new Set(
      givenNameFormRows
        .filter((row, i, rows) => rows.some((other, j) => j !== i && other.form === row.form))
        .map((row) => latinSkeleton(row.form)),
    );
    expect(ambiguousGivenNameSkeletons().filter((skeleton) => !shared.has(skeleton))).toEqual([]);
    expect(ambiguousGivenNameSkeletons()).toContain(latinSkeleton('Саша'));
  });

  it.each(readFixture('distinct_names.tsv').filter((row) => cell(row, 'key') === 'given'))(
    '$a and $b have different ids',
    (row) => {
      expect(givenNameId(cell(row, 'a'))).toBeDefined();
      expect(givenNameId(cell(row, 'a'))).not.toBe(givenNameId(cell(row, 'b')));
    },
  );

  it('knows nothing of surnames and empty text', () => {
    for (const name of ['Коваленко', 'Shevchenko', '', '  ', "'"]) expect(givenNameId(name), name).toBeUndefined();
    expect(isKnownGivenName('Тарас')).toBe(true);
    expect(isKnownGivenName('Коваленко')).toBe(false);
  });
});
