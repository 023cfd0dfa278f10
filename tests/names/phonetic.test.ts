import { describe, expect, it } from 'vitest';
import { phoneticKeys } from '../../src/names/phonetic.js';
import { surnamePatterns, translitExamples } from '../../src/names/tables.js';
import { cell, readFixture } from './fixtures.js';

const shareCode = (a: string, b: string): boolean => {
  const codes = new Set(phoneticKeys(a));
  return phoneticKeys(b).some((code) => codes.has(code));
};

describe('phoneticKeys', () => {
  it('gives six-digit Daitch-Mokotoff codes, sorted and without repeats', () => {
    const codes = phoneticKeys('Kharchenko');
    expect(codes.length).toBeGreaterThan(0);
    for (const code of codes) expect(code).toMatch(/^\d{6}$/);
    expect([...new Set(codes)].sort()).toEqual(codes);
  });

  it('shares a code between the source and the Latin of every row of translit_examples.tsv', () => {
    for (const row of translitExamples) expect(shareCode(row.source, row.expected_latin), row.source).toBe(true);
  });

  it('shares a code between the Ukrainian and Russian forms of every surname pattern example', () => {
    for (const row of surnamePatterns) {
      for (const ru of row.example_ru.split(';').map((s) => s.trim())) {
        expect(shareCode(row.example_ua, ru), `${row.example_ua} / ${ru}`).toBe(true);
      }
    }
  });

  it.each(readFixture('spelling_variants.tsv'))('shares a code between $written and $variant ($note)', (row) => {
    expect(shareCode(cell(row, 'written'), cell(row, 'variant'))).toBe(true);
  });

  it('keeps different surnames apart', () => {
    for (const [a, b] of [
      ['Коваленко', 'Шевченко'],
      ['Петренко', 'Бондаренко'],
      ['Мельник', 'Ткаченко'],
    ] as const) {
      expect(shareCode(a, b), `${a} / ${b}`).toBe(false);
    }
  });

  it('gives nothing for text without letters', () => {
    expect(phoneticKeys('')).toEqual([]);
    expect(phoneticKeys(" - ' 12")).toEqual([]);
  });
});
