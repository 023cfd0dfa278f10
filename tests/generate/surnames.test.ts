import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { feminineRu, feminineUa, russianSurname, surnameType } from '../../src/generate/surnames.js';
import { loadTables } from '../../src/generate/tables.js';

const overrides = new Map(loadTables().surnames.map((entry) => [entry.ua, entry.ruOverride]));
const patterns = readFileSync(new URL('../../data/names/surname_patterns_ua_ru.tsv', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split('\t'));

/** Masculine form a feminine example comes from (Лозинська ← Лозинський, Ратушна ← Ратушний). */
const masculine = (ua: string): string => ua.replace(/ська$/, 'ський').replace(/цька$/, 'цький').replace(/на$/, 'ний');

describe('Russian spelling of Ukrainian surnames', () => {
  it('matches every example of data/names/surname_patterns_ua_ru.tsv', () => {
    for (const [pattern = '', , exampleUa = '', exampleRu = ''] of patterns) {
      const feminine = /\(f\)|adjectival f/.test(pattern);
      const male = feminine ? masculine(exampleUa) : exampleUa;
      let spellings = russianSurname(male, overrides.get(male));
      if (feminine) spellings = spellings.map((ru) => feminineRu(ru, surnameType(male)));
      const fold = (s: string): string => s.replaceAll('ё', 'е');
      const expected = exampleRu.split(/;\s*/).map(fold);
      expect(spellings.map(fold).some((s) => expected.includes(s)), `${exampleUa} → ${spellings.join('|')}`).toBe(true);
    }
  });

  it('forms feminine surnames on both sides', () => {
    expect(feminineUa('Лозинський', 'sky')).toBe('Лозинська');
    expect(feminineUa('Чорний', 'adjective')).toBe('Чорна');
    expect(feminineUa('Кузнєцов', 'possessive')).toBe('Кузнєцова');
    expect(feminineUa('Шевченко', 'plain')).toBe('Шевченко');
    expect(feminineRu('Лозовой', 'adjective')).toBe('Лозовая');
    expect(feminineRu('Мартынов', 'plain')).toBe('Мартынова');
  });

  it('writes the table surnames with Russian letters only', () => {
    for (const { ua, ruOverride } of loadTables().surnames) {
      for (const ru of russianSurname(ua, ruOverride)) expect(ru, ua).toMatch(/^[А-ЯЁ][а-яё]+$/);
    }
  });
});
