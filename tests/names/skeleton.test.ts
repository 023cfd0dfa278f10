import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { givenNameId } from '../../src/names/given-names.js';
import { latinSkeleton } from '../../src/names/skeleton.js';
import { surnameKey } from '../../src/names/surname.js';
import { givenNamePairs, patronymicRows, translitExamples } from '../../src/names/tables.js';
import { nameText, plainName } from './arbitraries.js';
import { cell, readFixture } from './fixtures.js';

describe('latinSkeleton against the official examples', () => {
  it('gives a Cyrillic source and its Latin the same skeleton in every row of translit_examples.tsv', () => {
    expect(translitExamples.length).toBe(121);
    for (const row of translitExamples) {
      expect(latinSkeleton(row.expected_latin), `${row.source} (${row.standard})`).toBe(latinSkeleton(row.source));
    }
  });

  it('gives every given name of the table the skeleton of its passport Latin (UA-2010 and ICAO)', () => {
    for (const row of givenNamePairs) {
      expect(latinSkeleton(row.latin_ua_2010), row.ua).toBe(latinSkeleton(row.ua));
      expect(latinSkeleton(row.latin_ru_icao), row.ru).toBe(latinSkeleton(row.ru));
    }
  });

  it('gives every male patronymic of the table the skeleton of its passport Latin', () => {
    for (const row of patronymicRows) {
      expect(latinSkeleton(row.latin_m_ua_2010), row.patronymic_m_ua).toBe(latinSkeleton(row.patronymic_m_ua));
      expect(latinSkeleton(row.latin_m_ru_icao), row.patronymic_m_ru).toBe(latinSkeleton(row.patronymic_m_ru));
    }
  });
});

describe('latinSkeleton against other spellings', () => {
  const variants = readFixture('spelling_variants.tsv');
  const keyOf: Record<string, (s: string) => string | undefined> = {
    skeleton: latinSkeleton,
    surname: surnameKey,
    given: givenNameId,
  };

  it.each(variants.filter((row) => cell(row, 'key') !== 'phonetic'))(
    '$written ~ $variant by $key ($note)',
    (row) => {
      const key = keyOf[cell(row, 'key')];
      if (!key) throw new Error(`unknown key ${cell(row, 'key')}`);
      const expected = key(cell(row, 'written'));
      expect(expected).toBeDefined();
      expect(key(cell(row, 'variant'))).toBe(expected);
    },
  );

  it('reads the brief examples as one name', () => {
    for (const group of [
      ['Олександр', 'Oleksandr'],
      ['Коваленко', 'KOVALENKO', 'Kowalenko'],
      ['Юрій', 'Yurii', 'Iurii', 'Yuriy', 'Jurij'],
      ['Щербина', 'Shcherbyna', 'Scherbina', 'Shherbina'],
      ['Гнатюк', 'Hnatiuk', 'Gnatyuk'],
    ]) {
      expect(new Set(group.map(latinSkeleton)).size, group.join(' ')).toBe(1);
    }
  });

  it('keeps Олійник, Oliinyk and Oleinik near: one apart in the skeleton, equal as surnames', () => {
    expect(latinSkeleton('Олійник')).toBe(latinSkeleton('Oliinyk'));
    expect(latinSkeleton('Oleinik')).not.toBe(latinSkeleton('Oliinyk'));
    expect(surnameKey('Oleinik')).toBe(surnameKey('Олійник'));
  });
});

describe('latinSkeleton properties', () => {
  it('ignores letter case', () => {
    fc.assert(fc.property(plainName, (s) => latinSkeleton(s.toUpperCase()) === latinSkeleton(s.toLowerCase())), { numRuns: 2000 });
  });

  it('ignores invisible characters anywhere', () => {
    const invisible = fc.constantFrom('\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD');
    fc.assert(
      fc.property(plainName, fc.nat(), invisible, (s, at, mark) => {
        const i = at % (s.length + 1);
        return latinSkeleton(s.slice(0, i) + mark + s.slice(i)) === latinSkeleton(s);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads a skeleton as itself', () => {
    fc.assert(fc.property(nameText, (s) => latinSkeleton(latinSkeleton(s)) === latinSkeleton(s)), { numRuns: 5000 });
  });

  it('uses only its reduced alphabet and single spaces', () => {
    fc.assert(fc.property(plainName, (s) => /^(?:[abvgdežziklmnoprstufcčšŝ]+(?: [abvgdežziklmnoprstufcčšŝ]+)*)?$/u.test(latinSkeleton(s))), { numRuns: 2000 });
  });
});
