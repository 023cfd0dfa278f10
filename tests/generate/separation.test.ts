// Issue 9: the generator's vocabulary is its own. No file of src/generate/ imports src/names/ or
// names a file of data/names/, and the generated lists hold given names and fathers' names the
// matcher's tables do not: a bench drawn only from those tables would overstate recall. The
// matcher's tables are read here directly (as files), only to measure how much of the generated
// vocabulary they miss.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateDetailed } from '../../src/generate/index.js';
import { loadTables } from '../../src/generate/tables.js';

const SRC = new URL('../../src/generate/', import.meta.url);
const sources = readdirSync(SRC)
  .filter((file) => file.endsWith('.ts'))
  .map((file) => ({ file, text: readFileSync(new URL(file, SRC), 'utf8') }));

/** Every cell of the named columns of a data/names/ table, `|` alternatives split. */
function matcherCells(file: string, columns: readonly string[]): string[] {
  const [header = '', ...lines] = readFileSync(new URL(`../../data/names/${file}`, import.meta.url), 'utf8').trim().split(/\r?\n/);
  const names = header.split('\t');
  const indexes = columns.map((column) => {
    const index = names.indexOf(column);
    if (index < 0) throw new Error(`data/names/${file}: no column ${column}`);
    return index;
  });
  return lines.flatMap((line) => {
    const cells = line.split('\t');
    return indexes.flatMap((i) => (cells[i] ?? '').split('|'));
  }).filter(Boolean);
}

/** Every name form the matcher's name tables hold (lower-case, ё as е). */
const key = (name: string): string => name.toLowerCase().replace(/ё/g, 'е');
const known = new Set(
  [
    ...matcherCells('given_names_ua_ru.tsv', ['ua', 'ru']),
    ...matcherCells('given_name_forms.tsv', ['form', 'name']),
    ...matcherCells('patronymics_ua_ru.tsv', ['father_ua', 'father_ru']),
  ].map(key),
);
const knownPatronymics = new Set(
  matcherCells('patronymics_ua_ru.tsv', ['patronymic_m_ua', 'patronymic_f_ua', 'patronymic_m_ru', 'patronymic_f_ru']).map(key),
);

const share = (part: number, whole: number): number => part / Math.max(1, whole);

describe('the generator keeps apart from the matcher’s tables', () => {
  it('imports nothing from src/names/ and names no file of data/names/', () => {
    expect(sources.length).toBeGreaterThan(10);
    for (const { file, text } of sources) {
      expect(text, file).not.toMatch(/from\s+['"][^'"]*\/names\//);
      expect(text, file).not.toMatch(/import\(\s*['"][^'"]*\/names\//);
      // A path in a string literal (comments may cite data/names/ as a source, never read it).
      expect(text, file).not.toMatch(/['"`][^'"`\n]*\bnames\/[^'"`\n]*['"`]/);
    }
    // The tables come through the shared reader, from data/generate/ only.
    const tables = sources.find((s) => s.file === 'tables.ts')?.text ?? '';
    expect(tables).toMatch(/from '\.\.\/data\.js'/);
    expect(tables).not.toMatch(/readFileSync|import\.meta\.url/);
  });

  describe('and draws names those tables do not hold (20,000 people)', () => {
    const tables = loadTables();
    const people = generateDetailed({ size: 20_000, seed: 'separation', kind: 'pow' }).people;
    // A person's patronymic as the population holds it: Ukrainian and Russian forms, or the Russian
    // twice for the other side's soldiers.
    const fatherByForms = new Map(
      tables.patronymics.flatMap((p) =>
        (['M', 'F'] as const).flatMap((sex) => [
          [`${p.ua[sex]}\t${p.ru[sex]}`, p.fatherUa],
          [`${p.ru[sex]}\t${p.ru[sex]}`, p.fatherUa],
        ]),
      ),
    );
    const unknown = (name: string): boolean => !known.has(key(name));

    it('in its vocabulary: a fifth or more of its given names and fathers’ names are not in data/names/', () => {
      const given = tables.givenNames.map((g) => g.ua);
      const fathers = [...new Set(tables.patronymics.map((p) => p.fatherUa))];
      expect(share(given.filter(unknown).length, given.length)).toBeGreaterThan(0.2);
      expect(share(fathers.filter(unknown).length, fathers.length)).toBeGreaterThan(0.2);
      // Their Russian patronymics too are missing from the matcher's irregular-patronymic table.
      const ruForms = [...new Set(tables.patronymics.map((p) => p.ru.M))];
      expect(share(ruForms.filter((f) => !knownPatronymics.has(key(f))).length, ruForms.length)).toBeGreaterThan(0.5);
      expect(fathers.length).toBeGreaterThan(100);
    });

    it('in the generated people: such names are drawn, at their (low) real-life weights', () => {
      const givenDrawn = new Set(people.map((p) => p.given.ua));
      const fathersDrawn = new Set(people.map((p) => fatherByForms.get(`${p.patronymic.ua}\t${p.patronymic.ru}`) ?? ''));
      expect(fathersDrawn.has('')).toBe(false);
      // Distinct names met in the lists.
      expect(share([...givenDrawn].filter(unknown).length, givenDrawn.size)).toBeGreaterThan(0.2);
      expect(share([...fathersDrawn].filter(unknown).length, fathersDrawn.size)).toBeGreaterThan(0.2);
      // People: rare names stay rare, but some hundreds of 20,000 carry one.
      const withUnknownGiven = people.filter((p) => unknown(p.given.ua)).length;
      const withUnknownFather = people.filter((p) => unknown(fatherByForms.get(`${p.patronymic.ua}\t${p.patronymic.ru}`) ?? '')).length;
      expect(share(withUnknownGiven, people.length)).toBeGreaterThan(0.01);
      expect(share(withUnknownFather, people.length)).toBeGreaterThan(0.01);
    });
  });
});
