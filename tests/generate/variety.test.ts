// The name variety of issue 7, measured on written lists (20,000 people at the default rates):
// colloquial and church given-name forms, diminutives, feminine surnames, surnames built on a
// given name, and families (brothers, twins, sisters, wives) who are different people. The forms
// come from the generator's own files in data/generate/, read here directly, never data/names/.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RATES, generateDetailed, type Person } from '../../src/generate/index.js';
import { surnameForms } from '../../src/generate/surnames.js';
import { loadTables } from '../../src/generate/tables.js';
import { count, fold, hasCyrillic, sides, unpaste, type SideRecord } from './helpers.js';

/** A data/generate/ table as rows keyed by header; `|` cells split into their forms. */
function ownTable(file: string): Record<string, string>[] {
  const [header = '', ...lines] = readFileSync(new URL(`../../data/generate/${file}`, import.meta.url), 'utf8').trim().split('\n');
  const names = header.split('\t');
  return lines.map((line) => Object.fromEntries(line.split('\t').map((cell, i) => [names[i] ?? '', cell])));
}
const forms = (cell: string | undefined): string[] => (cell ?? '').split('|').filter(Boolean);

const tables = loadTables();
const detail = generateDetailed({ size: 20_000, seed: 'variety', kind: 'pow' });
const { a, b } = sides(detail, 'pow');
const people = detail.people;

/** The words of a written name, paste noise undone, lower-case, ё folded. */
const words = (cell: string | undefined): Set<string> => new Set(fold(unpaste(cell ?? '')).split(/\s+/));
const writes = (record: SideRecord, candidates: readonly string[]): boolean => {
  const written = words(record.row.full_name);
  return candidates.some((form) => written.has(fold(form)));
};
const bCyrillic = b.filter((r) => hasCyrillic(r.row.full_name ?? ''));
const share = (part: number, whole: number): number => part / Math.max(1, whole);

describe('the generator’s own name vocabulary (data/generate/)', () => {
  const byUa = new Map(tables.givenNames.map((g) => [g.ua, g]));

  it('draws only the given names of given_names_ua_ru.tsv, with its Russian, colloquial and church forms', () => {
    const rows = ownTable('given_names_ua_ru.tsv');
    expect(rows.length).toBeGreaterThan(150);
    expect(tables.givenNames.map((g) => g.ua)).toEqual(rows.map((row) => row.name_ua));
    for (const row of rows) {
      const name = byUa.get(row.name_ua ?? '');
      expect(name?.ru, row.name_ua).toEqual(forms(row.ru));
      expect(name?.colloquial, row.name_ua).toEqual(forms(row.colloquial_ru));
      expect(name?.sex).toBe(row.sex);
    }
    const listed = new Set(rows.map((row) => row.name_ua));
    expect(people.filter((p) => !listed.has(p.given.ua))).toEqual([]);
    // Fathers too are only those the generator's weights list.
    expect(tables.patronymics.filter((f) => f.weight > 0 && !listed.has(f.fatherUa))).toEqual([]);
  });

  it('takes every diminutive from given_name_diminutives.tsv', () => {
    const rows = ownTable('given_name_diminutives.tsv');
    for (const row of rows) {
      expect(byUa.get(row.name_ua ?? '')?.diminutiveUa, row.name_ua).toEqual(forms(row.diminutive_ua));
      expect(byUa.get(row.name_ua ?? '')?.diminutiveRu, row.name_ua).toEqual(forms(row.diminutive_ru));
    }
    const listed = new Set(rows.map((row) => row.name_ua));
    expect(tables.givenNames.filter((g) => (g.diminutiveUa.length > 0 || g.diminutiveRu.length > 0) && !listed.has(g.ua))).toEqual([]);
  });

  it('takes every translated surname from surnames_given_ua_ru.tsv, each surname listed once', () => {
    const rows = ownTable('surnames_given_ua_ru.tsv');
    expect(rows.length).toBeGreaterThan(30);
    const bySurname = new Map(tables.surnames.map((s) => [s.ua, s]));
    for (const row of rows) {
      const entry = bySurname.get(row.surname_ua ?? '');
      expect(entry?.translated, row.surname_ua).toEqual(forms(row.translated_ru));
      expect(entry?.givenUa).toBe(row.given_ua);
      expect(byUa.has(row.given_ua ?? ''), row.given_ua).toBe(true);
      for (const ru of forms(row.translated_ru)) expect(ru, row.surname_ua).toMatch(/^[А-ЯЁ][а-яё]+$/);
    }
    const listed = new Set(rows.map((row) => row.surname_ua));
    expect(tables.surnames.filter((s) => s.translated.length > 0 && !listed.has(s.ua))).toEqual([]);
    expect(new Set(tables.surnames.map((s) => s.ua)).size).toBe(tables.surnames.length);
  });

  it('weights the less common names low but draws them', () => {
    // The old-fashioned names with a Russian calendar form of their own (Хома → Фома).
    const rare = tables.givenNames.filter((g) => g.weight <= 2 && g.colloquial.length > 0).map((g) => g.ua);
    expect(rare.length).toBeGreaterThan(30);
    const men = people.filter((p) => p.sex === 'M');
    const withRare = count(men, (p) => rare.includes(p.given.ua));
    expect(share(withRare, men.length)).toBeGreaterThan(0.005);
    expect(share(withRare, men.length)).toBeLessThan(0.05);
    expect(new Set(men.filter((p) => rare.includes(p.given.ua)).map((p) => p.given.ua)).size).toBeGreaterThan(15);
    const women = people.filter((p) => p.sex === 'F');
    expect(women.some((p) => rare.includes(p.given.ua))).toBe(true);
  });
});

describe('given-name forms at their rates (20,000 people)', () => {
  const rates = DEFAULT_RATES;

  it(`writes a colloquial or church form on B for about ${rates.noiseB.givenNameColloquial * 100}% of the names that have one`, () => {
    const eligible = bCyrillic.filter((r) => r.person.given.colloquial.length > 0);
    const colloquial = eligible.filter((r) => writes(r, r.person.given.colloquial) && !writes(r, r.person.given.ru));
    const rate = share(colloquial.length, eligible.length);
    expect(rate).toBeGreaterThan(rates.noiseB.givenNameColloquial * 0.7);
    expect(rate).toBeLessThan(rates.noiseB.givenNameColloquial * 1.3);
    // Both the less common names (Хома → Фома) and the common ones (Іван → Иоанн) are written so.
    expect(colloquial.some((r) => r.person.given.ua === 'Іван')).toBe(true);
    expect(new Set(colloquial.map((r) => r.person.given.ua)).size).toBeGreaterThan(20);
    // A writes the Ukrainian name.
    const colloquialOnA = (r: SideRecord): boolean =>
      r.person.given.colloquial.some((form) => fold(form) !== fold(r.person.given.ua) && fold(unpaste(r.row.given_name ?? '')) === fold(form));
    expect(a.some(colloquialOnA)).toBe(false);
  });

  it(`writes a diminutive on either side for about ${rates.noiseA.givenNameDiminutive * 100}% of the names that have one`, () => {
    const eligibleA = a.filter((r) => r.person.given.diminutiveUa.length > 0);
    const diminutiveA = eligibleA.filter((r) => r.person.given.diminutiveUa.some((form) => fold(unpaste(r.row.given_name ?? '')) === fold(form)));
    const eligibleB = bCyrillic.filter((r) => r.person.given.diminutiveRu.length > 0);
    const diminutiveB = eligibleB.filter((r) => writes(r, r.person.given.diminutiveRu) && !writes(r, r.person.given.ru));
    for (const [part, whole, rate] of [
      [diminutiveA.length, eligibleA.length, rates.noiseA.givenNameDiminutive],
      [diminutiveB.length, eligibleB.length, rates.noiseB.givenNameDiminutive],
    ] as const) {
      expect(share(part, whole)).toBeGreaterThan(rate * 0.5);
      expect(share(part, whole)).toBeLessThan(rate * 1.6);
    }
  });
});

describe('surnames built on a given name (20,000 people)', () => {
  const onGiven = people.filter((p) => p.surnameEntry.translated.length > 0);

  it('are a few percent of the population', () => {
    expect(share(onGiven.length, people.length)).toBeGreaterThan(0.02);
    expect(share(onGiven.length, people.length)).toBeLessThan(0.1);
  });

  it(`are written on B with the Russian name for about ${DEFAULT_RATES.noiseB.surnameNameTranslated * 100}% of the records`, () => {
    // Records whose translated form differs from the letter-for-letter one (not Остапчук → Остапчук).
    const eligible = bCyrillic.filter((r) => r.person.surname.translated.some((t) => !r.person.surname.ru.includes(t)));
    const translated = eligible.filter((r) => writes(r, r.person.surname.translated));
    const literal = eligible.filter((r) => writes(r, r.person.surname.ru));
    const rate = share(translated.length, translated.length + literal.length);
    expect(eligible.length).toBeGreaterThan(300);
    expect(rate).toBeGreaterThan(DEFAULT_RATES.noiseB.surnameNameTranslated - 0.1);
    expect(rate).toBeLessThan(DEFAULT_RATES.noiseB.surnameNameTranslated + 0.1);
    expect(translated.some((r) => r.person.surnameEntry.ua === 'Пилипенко' && writes(r, ['Филиппенко']))).toBe(true);
    // A writes the Ukrainian surname.
    const onA = a.filter((r) => r.person.surname.translated.length > 0);
    expect(count(onA, (r) => fold(unpaste(r.row.surname ?? '')) === fold(r.person.surname.ua)) / onA.length).toBeGreaterThan(0.9);
  });
});

describe('women’s surnames (20,000 people)', () => {
  /** The feminine endings each side writes, by the masculine ending. */
  const FEMININE: [RegExp, RegExp, RegExp][] = [
    [/ський$/, /ська$/, /ская$/],
    [/цький$/, /цька$/, /цкая$/],
    [/зький$/, /зька$/, /жская$/],
    [/(ов|ев|єв)$/, /(ова|ева|єва)$/, /(ова|ева|ёва)$/],
    [/(ін|їн)$/, /(іна|їна)$/, /ина$/],
  ];

  it('derives the feminine form on both sides from one masculine entry', () => {
    for (const entry of tables.surnames) {
      const male = surnameForms(entry, 'M');
      const female = surnameForms(entry, 'F');
      const rule = FEMININE.find(([masculine]) => masculine.test(entry.ua));
      if (rule) {
        expect(female.ua, entry.ua).toMatch(rule[1]);
        for (const ru of female.ru) expect(ru, entry.ua).toMatch(rule[2]);
      } else if (/(енко|ук|юк|чук|ич|ко)$/.test(entry.ua)) {
        expect(female, entry.ua).toEqual(male);
      }
      expect(female.translated.length).toBe(male.translated.length);
    }
  });

  it('writes women in those forms on A and on B', () => {
    const womenA = a.filter((r) => r.person.sex === 'F');
    const womenB = bCyrillic.filter((r) => r.person.sex === 'F');
    expect(womenA.length).toBeGreaterThan(300);
    const sky = womenA.filter((r) => /ський$/.test(r.person.surnameEntry.ua));
    expect(sky.length).toBeGreaterThan(5);
    expect(count(sky, (r) => /ська$/i.test(unpaste(r.row.surname ?? ''))) / sky.length).toBeGreaterThan(0.9);
    const skyB = womenB.filter((r) => /ський$/.test(r.person.surnameEntry.ua));
    expect(count(skyB, (r) => /ская(\s|$)/i.test(unpaste(r.row.full_name ?? ''))) / skyB.length).toBeGreaterThan(0.85);
    // No written woman carries a masculine -ський / -ская form on either side.
    expect(womenA.some((r) => /ський$/i.test(unpaste(r.row.surname ?? '')))).toBe(false);
    expect(womenB.some((r) => /ский(\s|$)/i.test(unpaste(r.row.full_name ?? '')))).toBe(false);
    expect(womenA.every((r) => /(івна|ївна)$/.test(r.person.patronymic.ua))).toBe(true);
  });
});

describe('families (20,000 people)', () => {
  const kin = people.filter((p): p is Person & { kin: NonNullable<Person['kin']> } => p.kin !== undefined);
  const of = (p: Person & { kin: NonNullable<Person['kin']> }): Person => {
    const other = people[p.kin.of];
    if (!other) throw new Error(`no person ${p.kin.of}`);
    return other;
  };
  const brothers = kin.filter((p) => p.kin.as === 'brother' || p.kin.as === 'twin');
  const twins = kin.filter((p) => p.kin.as === 'twin');
  const women = kin.filter((p) => p.kin.as === 'sister' || p.kin.as === 'wife');

  it('has brothers at the knob’s rate, a share of them twins', () => {
    const men = count(people, (p) => p.sex === 'M');
    expect(share(brothers.length, men)).toBeGreaterThan(DEFAULT_RATES.population.brother * 0.6);
    expect(share(brothers.length, men)).toBeLessThan(DEFAULT_RATES.population.brother * 1.4);
    expect(share(twins.length, brothers.length)).toBeGreaterThan(DEFAULT_RATES.population.brotherTwin * 0.5);
    expect(share(twins.length, brothers.length)).toBeLessThan(DEFAULT_RATES.population.brotherTwin * 1.5);
  });

  it('gives brothers one surname and patronymic, different given names and service numbers; twins one birthday', () => {
    for (const p of brothers) {
      const elder = of(p);
      expect(p.sex === 'M' && elder.sex === 'M').toBe(true);
      expect(p.surname).toEqual(elder.surname);
      expect(p.patronymic).toEqual(elder.patronymic);
      expect(p.given.ua).not.toBe(elder.given.ua);
      if (p.serviceNumber && elder.serviceNumber) expect(p.serviceNumber).not.toBe(elder.serviceNumber);
      if (p.kin.as === 'twin') expect(p.birth).toEqual(elder.birth);
      else expect(p.birth).not.toEqual(elder.birth);
    }
  });

  it('holds a man and a woman of one family: his surname in her form, a sister with his father', () => {
    expect(women.length).toBeGreaterThan(0.5 * DEFAULT_RATES.population.femaleRelative * count(people, (p) => p.sex === 'F'));
    for (const p of women) {
      const man = of(p);
      expect(p.sex === 'F' && man.sex === 'M').toBe(true);
      expect(p.surnameEntry).toBe(man.surnameEntry);
      expect(p.surname).toEqual(surnameForms(man.surnameEntry, 'F'));
      if (p.kin.as === 'sister') {
        // A rare row may share the Ukrainian form and differ in the Russian (Юрійович: Юрьевич, Юриевич).
        const father = tables.patronymics.find((f) => f.ua.M === man.patronymic.ua && f.ru.M === man.patronymic.ru);
        expect(father?.ua.F, man.patronymic.ua).toBe(p.patronymic.ua);
        expect(father?.ru.F).toBe(p.patronymic.ru);
      }
    }
    expect(women.some((p) => p.kin.as === 'sister') && women.some((p) => p.kin.as === 'wife')).toBe(true);
    expect(women.some((p) => p.surname.ua !== of(p).surname.ua)).toBe(true); // Лозинський and Лозинська
  });

  it('never pairs relatives in the truth, though both are on both lists', () => {
    const aPerson = new Map(detail.aRecords.map((r) => [r.recordId, r.personId]));
    const bPerson = new Map(detail.bRecords.map((r) => [r.recordId, r.personId]));
    const truePairs = detail.truth.trimEnd().split('\n').slice(1).map((line) => line.split(','));
    const related = new Set(kin.flatMap((p) => [`${p.id}~${p.kin.of}`, `${p.kin.of}~${p.id}`]));
    expect(truePairs.filter(([x = '', y = '']) => related.has(`${aPerson.get(x)}~${bPerson.get(y)}`))).toEqual([]);
    expect(truePairs.every(([x = '', y = '']) => aPerson.get(x) === bPerson.get(y))).toBe(true);
    // Both brothers of many families are written on both sides: a real negative case.
    const onBoth = (id: number): boolean => a.some((r) => r.person.id === id) && b.some((r) => r.person.id === id);
    expect(count(brothers, (p) => onBoth(p.id) && onBoth(p.kin.of))).toBeGreaterThan(brothers.length * 0.7);
  });
});
