import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { transliterate } from '../../src/generate/translit.js';

const tsv = (path: string): string[][] =>
  readFileSync(new URL(`../../data/names/${path}`, import.meta.url), 'utf8')
    .split('\n')
    .slice(1)
    .filter((line) => line !== '')
    .map((line) => line.split('\t'));

describe('generator transliterators', () => {
  it('reproduce every official Ukrainian 2010 example', () => {
    const examples = tsv('translit_examples.tsv').filter((row) => row[1]?.startsWith('UA-2010'));
    expect(examples.length).toBeGreaterThan(70);
    for (const [source = '', , expected = ''] of examples) {
      expect(transliterate(source.toLowerCase(), 'ua2010'), source).toBe(expected.toLowerCase());
    }
  });

  it('reproduce the Russian passport examples (ICAO and old MVD)', () => {
    const examples = tsv('translit_examples.tsv').filter((row) => row[1]?.startsWith('RU-'));
    for (const [source = '', standard = '', expected = ''] of examples) {
      const system = standard.startsWith('RU-ICAO') ? 'icao' : 'mvd';
      expect(transliterate(source.toLowerCase(), system), source).toBe(expected.toLowerCase());
    }
  });

  it('agree with the Latin columns of the given-name table', () => {
    for (const [ua = '', ru = '', , latinUa = '', latinRu = ''] of tsv('given_names_ua_ru.tsv')) {
      expect(transliterate(ua.toLowerCase(), 'ua2010'), ua).toBe(latinUa.toLowerCase());
      expect(transliterate(ru.toLowerCase(), 'icao'), ru).toBe(latinRu.toLowerCase());
    }
  });

  it('write the other systems as their standards say', () => {
    expect(transliterate('цыганков', 'gost')).toBe('tcygankov');
    expect(transliterate('сергей', 'mvd')).toBe('sergey');
    expect(transliterate('андреев', 'mvd')).toBe('andreyev');
    expect(transliterate('александр', 'adhoc')).toBe('alexandr');
    expect(transliterate('щербаков', 'adhoc')).toBe('scherbakov');
  });
});
