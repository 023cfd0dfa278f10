import { describe, expect, it } from 'vitest';
import { categoryLabel, plural } from '../../src/i18n/catalogue.js';
import { languageFromLocale, resolveLanguage } from '../../src/i18n/lang.js';

describe('the language of a run', () => {
  it('comes from the locale: LC_ALL, then LC_MESSAGES, then LANG; the first one set decides', () => {
    expect(languageFromLocale({})).toBe('en');
    expect(languageFromLocale({ LANG: 'C' })).toBe('en');
    expect(languageFromLocale({ LANG: 'POSIX' })).toBe('en');
    expect(languageFromLocale({ LANG: 'uk_UA.UTF-8' })).toBe('uk');
    expect(languageFromLocale({ LANG: 'ru_RU.UTF-8' })).toBe('ru');
    expect(languageFromLocale({ LANG: 'ru', LC_MESSAGES: 'uk_UA' })).toBe('uk');
    expect(languageFromLocale({ LANG: 'uk_UA', LC_ALL: 'en_US.UTF-8' })).toBe('en');
    expect(languageFromLocale({ LANG: 'uk_UA', LC_ALL: '' })).toBe('uk');
    expect(languageFromLocale({ LANG: 'de_DE.UTF-8' })).toBe('en');
  });

  it('--lang wins over the locale', () => {
    expect(resolveLanguage('ru', { LANG: 'uk_UA.UTF-8' })).toBe('ru');
    expect(resolveLanguage(undefined, { LANG: 'uk_UA.UTF-8' })).toBe('uk');
    expect(resolveLanguage('en', { LC_ALL: 'ru_RU' })).toBe('en');
  });

  it('counts with the plural forms of each language', () => {
    expect([1, 2, 5, 21].map((n) => plural('terminal.rows', n, 'en'))).toEqual(['1 row', '2 rows', '5 rows', '21 rows']);
    expect([1, 2, 5, 11, 21, 47].map((n) => plural('terminal.rows', n, 'uk'))).toEqual(['1 рядок', '2 рядки', '5 рядків', '11 рядків', '21 рядок', '47 рядків']);
    expect([1, 3, 16].map((n) => plural('terminal.errors', n, 'ru'))).toEqual(['1 ошибка', '3 ошибки', '16 ошибок']);
  });

  it("labels embedded categories in each language, and falls back to the agreement's label", () => {
    expect(categoryLabel('wounded_ill', 'Severely wounded and ill', 'en')).toBe('Severely wounded and ill');
    expect(categoryLabel('wounded_ill', 'Severely wounded and ill', 'uk')).toBe('Тяжкопоранені та тяжкохворі');
    expect(categoryLabel('all_for_all', 'All for all', 'ru')).toBe('Всех на всех');
    expect(categoryLabel('officers', 'Officers', 'uk')).toBe('Officers');
    expect(categoryLabel('custom', 'My label', 'en')).toBe('My label');
  });
});
