import { describe, expect, it } from 'vitest';
import { loadTables } from '../../src/generate/tables.js';
import { readFileSync } from 'node:fs';

const tables = loadTables();

describe('generator tables', () => {
  it('has 400+ distinct Ukrainian surnames covering the usual patterns', () => {
    const names = tables.surnames.map((s) => s.ua);
    expect(names.length).toBeGreaterThanOrEqual(400);
    expect(new Set(names).size).toBe(names.length);
    for (const pattern of [/енко$/, /ук$/, /юк$/, /чук$/, /ський$/, /цький$/, /зький$/, /ець$/, /ар$/, /ів$/, /ий$/, /ій$/, /ич$/, /'/, /^Є/, /ї/, /ґ/i, /ов$/]) {
      expect(names.some((n) => pattern.test(n)), String(pattern)).toBe(true);
    }
    expect(tables.surnames.every((s) => s.weight > 0)).toBe(true);
  });

  it('orders surnames by weight from the most common', () => {
    const [first, second] = tables.surnames;
    expect(first?.ua).toBe('Мельник');
    expect(second?.ua).toBe('Шевченко');
  });

  it('weights only names the given-name table knows', () => {
    const known = new Set(tables.givenNames.map((g) => g.ua));
    const weighted = readFileSync(new URL('../../data/generate/given_name_weights.tsv', import.meta.url), 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split('\t')[0] ?? '');
    expect(weighted.filter((name) => !known.has(name))).toEqual([]);
  });

  it('keeps several Russian equivalents of one Ukrainian name, most usual first', () => {
    expect(tables.givenNames.find((g) => g.ua === 'Данило')?.ru).toEqual(['Даниил', 'Данила']);
    expect(tables.patronymics.filter((p) => p.fatherUa === 'Микола').map((p) => p.ua.M)).toEqual(['Миколайович', 'Миколович']);
  });
});
