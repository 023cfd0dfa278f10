// Measures, on a 5,000-person run at the default rates, that every kind of difficulty the
// generator promises is really in the written lists. Each kind is recognised by comparing a
// written record with the person it describes, never by trusting the generator's own counters.
import { describe, expect, it } from 'vitest';
import { generateDetailed } from '../../src/generate/index.js';
import { ageOn, addDays, shiftYears, type SimpleDate } from '../../src/generate/dates.js';
import {
  count,
  fold,
  hamming,
  hasCyrillic,
  hasLatin,
  mixesScripts,
  sides,
  singleEdit,
  unpaste,
  valueOf,
  type Edit,
  type SideRecord,
} from './helpers.js';

const detail = generateDetailed({ size: 5000, seed: 'noise', kind: 'pow' });
const { a, b } = sides(detail, 'pow');
const reference = detail.reference;

type DateSlip = 'clean' | 'missing' | 'year-only' | 'swap' | 'year-off' | 'digit' | 'other';

function dateSlip(cell: string, birth: SimpleDate, order: 'dmy' | 'ymd'): DateSlip {
  if (cell === '') return 'missing';
  if (/^\d{4}$/.test(cell)) return Number(cell) === birth.y ? 'year-only' : 'other';
  const parts = cell.split(/[.-]/).map(Number);
  const [y = 0, m = 0, d = 0] = order === 'ymd' ? parts : [parts[2], parts[1], parts[0]];
  if (y === birth.y && m === birth.m && d === birth.d) return 'clean';
  if (y === birth.y && m === birth.d && d === birth.m) return 'swap';
  if (m === birth.m && d === birth.d && Math.abs(y - birth.y) === 1) return 'year-off';
  const digits = (date: SimpleDate): string => `${date.y}${String(date.m).padStart(2, '0')}${String(date.d).padStart(2, '0')}`;
  const written = digits({ y, m, d });
  const truth = digits(birth);
  return hamming(written, truth) === 1 ? 'digit' : 'other';
}

type ServiceSlip = 'clean' | 'missing' | 'formatted' | 'typo' | 'lookalike';

function serviceSlips(cell: string, truth: string | undefined): ServiceSlip[] {
  if (truth === undefined) return cell === '' ? ['clean'] : ['typo'];
  if (cell === '') return ['missing'];
  const slips: ServiceSlip[] = [];
  if (/[\s-]/.test(cell)) slips.push('formatted');
  if (hasLatin(cell)) slips.push('lookalike');
  const bare = unpaste(cell.replace(/[\s-]/g, ''));
  if (bare !== truth) slips.push(hamming(bare, truth) === 1 ? 'typo' : 'clean');
  return slips.length === 0 ? ['clean'] : slips;
}

/** The edit from the closest expected spelling, and that spelling's index. */
function nameEdit(written: string, expected: readonly string[]): { edit: Edit; variant: number } {
  const edits = expected.map((form) => singleEdit(fold(form), fold(written)));
  const same = edits.indexOf('same');
  if (same >= 0) return { edit: 'same', variant: same };
  const close = edits.findIndex((e) => e !== 'other');
  return { edit: close >= 0 ? (edits[close] ?? 'other') : 'other', variant: close };
}

interface BName {
  latin: boolean;
  swapped: boolean;
  surname: string;
  given: string;
  patronymic: string;
  surnameEdit: Edit;
  surnameVariant: number;
  givenEdit: Edit;
}

/** Reads a ФИО cell back into its parts, finding where the surname stands. */
function readFullName(record: SideRecord): BName {
  const raw = record.row.full_name ?? '';
  const tokens = unpaste(raw).split(/\s+/);
  const { person } = record;
  const first = tokens[0] ?? '';
  const last = tokens[tokens.length - 1] ?? '';
  const swapped = nameEdit(first, person.surname.ru).edit === 'other' && nameEdit(last, person.surname.ru).edit !== 'other';
  const [surname, given, patronymic] = swapped
    ? [last, first, tokens.length === 3 ? (tokens[1] ?? '') : '']
    : [first, tokens[1] ?? '', tokens[2] ?? ''];
  const s = nameEdit(surname, person.surname.ru);
  return {
    latin: !hasCyrillic(raw),
    swapped,
    surname,
    given,
    patronymic,
    surnameEdit: s.edit,
    surnameVariant: s.variant,
    givenEdit: nameEdit(given, person.given.ru).edit,
  };
}

const bCyrillic = b.map((record) => ({ record, name: readFullName(record) })).filter(({ name }) => !name.latin);
const isUpper = (word: string): boolean => word.length > 1 && word === word.toUpperCase();

describe('side B noise at the default rates (5,000 people)', () => {
  const surnameEdits = new Set(bCyrillic.map(({ name }) => name.surnameEdit));
  const givenEdits = new Set(bCyrillic.map(({ name }) => name.givenEdit));

  it('has every kind of one-letter typo in surnames and given names', () => {
    for (const kind of ['substitution', 'deletion', 'transposition', 'doubling'] as const) {
      expect(surnameEdits.has(kind) || givenEdits.has(kind), kind).toBe(true);
    }
    expect(count(bCyrillic, ({ name }) => name.surnameEdit !== 'same')).toBeGreaterThan(bCyrillic.length * 0.02);
    expect(count(bCyrillic, ({ name }) => name.givenEdit !== 'same')).toBeGreaterThan(bCyrillic.length * 0.01);
  });

  it('writes names in Russian, in the usual and in the less usual spelling', () => {
    expect(count(bCyrillic, ({ name }) => name.surnameVariant > 0 && name.surnameEdit === 'same')).toBeGreaterThan(0);
    const writes = (ua: string, ru: string): boolean => bCyrillic.some(({ record, name }) => record.person.given.ua === ua && name.given === ru);
    expect(writes('Олександр', 'Александр') && writes('Микола', 'Николай')).toBe(true);
  });

  it('drops the patronymic, swaps the name order, and varies the capitals', () => {
    expect(count(bCyrillic, ({ name }) => name.patronymic === '')).toBeGreaterThan(bCyrillic.length * 0.02);
    expect(count(bCyrillic, ({ name }) => name.swapped)).toBeGreaterThan(bCyrillic.length * 0.02);
    expect(count(bCyrillic, ({ name }) => !name.swapped && isUpper(name.surname))).toBeGreaterThan(bCyrillic.length * 0.7);
    expect(count(bCyrillic, ({ name }) => !name.swapped && !isUpper(name.surname))).toBeGreaterThan(0);
  });

  it('writes about a tenth of the names in Latin, surname in capitals', () => {
    const latin = b.filter((record) => !hasCyrillic(record.row.full_name ?? ''));
    expect(latin.length / b.length).toBeGreaterThan(0.07);
    expect(latin.length / b.length).toBeLessThan(0.13);
    expect(latin.some((record) => /^[A-Z]{3,} [A-Z][a-z]+/.test(record.row.full_name ?? ''))).toBe(true);
    // Both Ukrainian-passport (Oleksandr) and Russian-passport (Aleksandr/Alexandr) spellings occur.
    const names = latin.map((record) => record.row.full_name ?? '');
    expect(names.some((n) => /Oleksandr|Serhii|Andrii|Dmytro|Volodymyr/.test(n))).toBe(true);
    expect(names.some((n) => /Aleksandr|Alexandr|Sergei|Sergey|Andrei|Andrey|Dmitrii|Dmitriy|Vladimir/.test(n))).toBe(true);
  });

  it('has every kind of date slip', () => {
    const slips = new Set(b.map((r) => dateSlip(r.row.date_of_birth ?? '', r.person.birth, 'ymd')));
    for (const slip of ['missing', 'year-only', 'swap', 'year-off', 'digit'] as const) expect(slips.has(slip), slip).toBe(true);
    expect(count(b, (r) => dateSlip(r.row.date_of_birth ?? '', r.person.birth, 'ymd') === 'clean')).toBeGreaterThan(b.length * 0.9);
  });

  it('has every kind of service-number slip', () => {
    const slips = new Set(b.flatMap((r) => serviceSlips(r.row.service_number ?? '', r.person.serviceNumber)));
    for (const slip of ['missing', 'formatted', 'typo', 'lookalike'] as const) expect(slips.has(slip), slip).toBe(true);
  });

  it('has Unicode noise: no-break space, zero-width space, Latin look-alike, ё', () => {
    const names = b.map((r) => r.row.full_name ?? '');
    expect(names.some((n) => n.includes('\u00A0'))).toBe(true);
    expect(names.some((n) => n.includes('\u200B'))).toBe(true);
    expect(names.some(mixesScripts)).toBe(true);
    const yo = bCyrillic.filter(({ record, name }) => name.surname.toLowerCase().includes('ё') && !record.person.surname.ru.some((s) => s.includes('ё')));
    expect(yo.length).toBeGreaterThan(0);
  });
});

describe('side A noise at the default rates (5,000 people)', () => {
  const cleanName = (cell: string | undefined): string => unpaste(cell ?? '').toLowerCase().replace(/[’ʼ]/g, "'");

  it('has a few typos, surname and given name in swapped columns, and capitals', () => {
    const edits = a.map((r) => singleEdit(r.person.surname.ua.toLowerCase(), cleanName(r.row.surname)));
    expect(count(edits, (e) => e !== 'same' && e !== 'other')).toBeGreaterThan(0);
    const swapped = a.filter((r) => cleanName(r.row.surname) === r.person.given.ua.toLowerCase() && cleanName(r.row.given_name) === r.person.surname.ua.toLowerCase());
    expect(swapped.length).toBeGreaterThan(0);
    expect(count(a, (r) => isUpper(unpaste(r.row.surname ?? '')))).toBeGreaterThan(0);
    expect(count(a, (r) => (r.row.patronymic ?? '') === '')).toBeGreaterThan(0);
  });

  it("writes the apostrophe as ', ’ and ʼ, and adds invisible characters", () => {
    const cells = a.flatMap((r) => [r.row.surname ?? '', r.row.given_name ?? '', r.row.patronymic ?? '']);
    for (const mark of ["'", '’', 'ʼ', '\u00A0', '\u200B']) expect(cells.some((c) => c.includes(mark)), mark).toBe(true);
    expect(cells.some(mixesScripts)).toBe(true);
  });

  it('has date and service-number slips, fewer than B', () => {
    const aSlips = count(a, (r) => dateSlip(r.row.date_of_birth ?? '', r.person.birth, 'dmy') !== 'clean');
    const bSlips = count(b, (r) => dateSlip(r.row.date_of_birth ?? '', r.person.birth, 'ymd') !== 'clean');
    expect(aSlips).toBeGreaterThan(0);
    expect(aSlips).toBeLessThan(bSlips);
    const slips = new Set(a.flatMap((r) => serviceSlips(r.row.service_number ?? '', r.person.serviceNumber)));
    expect(slips.has('formatted') && slips.has('missing')).toBe(true);
  });
});

describe('population (5,000 people)', () => {
  const people = detail.people;

  it('is mostly men, with some women in feminine forms', () => {
    const women = a.filter((r) => r.person.sex === 'F');
    expect(women.length / a.length).toBeGreaterThan(0.015);
    expect(women.length / a.length).toBeLessThan(0.05);
    expect(women.every((r) => /(івна|ївна)$/.test(r.person.patronymic.ua))).toBe(true);
    const skyWomen = generateDetailed({ size: 20_000, seed: 'women', kind: 'pow' }).people.filter((p) => p.sex === 'F' && /ська$/.test(p.surname.ua));
    expect(skyWomen.length).toBeGreaterThan(0);
    expect(skyWomen.every((p) => p.surname.ru.every((ru) => /ская$/.test(ru)))).toBe(true);
  });

  it('has namesakes, some of them born the same day with different service numbers', () => {
    const byName = new Map<string, number[]>();
    for (const p of people) byName.set(`${p.surname.ua} ${p.given.ua}`, [...(byName.get(`${p.surname.ua} ${p.given.ua}`) ?? []), p.id]);
    expect(count([...byName.values()], (ids) => ids.length > 1)).toBeGreaterThan(50);
    const byNameAndBirth = new Map<string, string[]>();
    for (const p of people) {
      if (!p.serviceNumber) continue;
      const key = `${p.surname.ua} ${p.given.ua} ${p.birth.y}-${p.birth.m}-${p.birth.d}`;
      byNameAndBirth.set(key, [...(byNameAndBirth.get(key) ?? []), p.serviceNumber]);
    }
    expect(count([...byNameAndBirth.values()], (numbers) => new Set(numbers).size > 1)).toBeGreaterThan(0);
  });

  it('is mostly aged 18 to 55, with births on and either side of the 18th and 26th birthdays', () => {
    expect(count(people, (p) => ageOn(p.birth, reference) >= 18 && ageOn(p.birth, reference) <= 55) / people.length).toBeGreaterThan(0.9);
    const births = new Set(people.map((p) => `${p.birth.y}-${p.birth.m}-${p.birth.d}`));
    for (const edge of [18, 26]) {
      for (const offset of [-1, 0, 1]) {
        const day = addDays(shiftYears(reference, -edge), offset);
        expect(births.has(`${day.y}-${day.m}-${day.d}`), `${edge} ${offset}`).toBe(true);
      }
    }
  });

  it('has letter and digit service numbers, some unknown, and optional rank and unit', () => {
    expect(people.some((p) => /^[А-ЯІЄЇҐ]{2}\d{6}$/.test(p.serviceNumber ?? ''))).toBe(true);
    expect(people.some((p) => /^\d{10}$/.test(p.serviceNumber ?? ''))).toBe(true);
    expect(people.some((p) => p.serviceNumber === undefined)).toBe(true);
    expect(a.some((r) => r.row.rank === '') && a.some((r) => r.row.rank !== '')).toBe(true);
    expect(a.some((r) => r.row.unit === '') && a.some((r) => r.row.unit !== '')).toBe(true);
  });
});

describe('overlap and duplicates (5,000 people)', () => {
  const onA = new Map<number, number>();
  const onB = new Map<number, number>();
  for (const r of a) onA.set(r.person.id, (onA.get(r.person.id) ?? 0) + 1);
  for (const r of b) onB.set(r.person.id, (onB.get(r.person.id) ?? 0) + 1);

  it('puts most people on both lists and about 4% on only one', () => {
    const onlyA = count([...onA.keys()], (id) => !onB.has(id)) / 5000;
    const onlyB = count([...onB.keys()], (id) => !onA.has(id)) / 5000;
    expect(onlyA).toBeGreaterThan(0.025);
    expect(onlyA).toBeLessThan(0.055);
    expect(onlyB).toBeGreaterThan(0.025);
    expect(onlyB).toBeLessThan(0.055);
  });

  it('lists a few people twice on each side, with different ids and small variations', () => {
    expect(count([...onA.values()], (n) => n > 1)).toBeGreaterThan(0);
    expect(count([...onB.values()], (n) => n > 1)).toBeGreaterThan(0);
    const twice = b.filter((r) => (onB.get(r.person.id) ?? 0) > 1);
    const texts = new Map<number, Set<string>>();
    for (const r of twice) texts.set(r.person.id, (texts.get(r.person.id) ?? new Set()).add(`${r.row.full_name}|${r.row.date_of_birth}|${r.row.service_number}`));
    expect(count([...texts.values()], (set) => set.size > 1)).toBeGreaterThan(0);
  });
});

describe('categories (5,000 people)', () => {
  const categories = (r: SideRecord): Set<string> =>
    new Set((r.row.category ?? '').split('|').filter(Boolean).map((c) => valueOf('category', c) ?? c).filter((c) => c !== 'all_for_all'));
  const medical = (r: SideRecord): string | undefined => valueOf('medical_status', r.row.medical_status ?? '');
  const commission = (r: SideRecord): string => valueOf('medical_commission', r.row.medical_commission ?? '') ?? 'pending';
  const woundedIll = a.filter((r) => categories(r).has('wounded_ill'));
  const young = a.filter((r) => categories(r).has('age_18_25'));

  it('lists the severely wounded and ill: confirmed, pending, and with a status the category does not admit', () => {
    const admitted = (r: SideRecord): boolean => ['severely_wounded', 'seriously_ill'].includes(medical(r) ?? '');
    expect(count(woundedIll, (r) => admitted(r) && commission(r) === 'confirmed')).toBeGreaterThan(0);
    expect(count(woundedIll, (r) => admitted(r) && commission(r) === 'pending')).toBeGreaterThan(0);
    expect(count(woundedIll, (r) => ['wounded', 'ill', 'healthy'].includes(medical(r) ?? ''))).toBeGreaterThan(0);
  });

  it('lists people aged 18 to 25, and a few outside the range', () => {
    const age = (r: SideRecord): number => ageOn(r.person.birth, reference);
    expect(count(young, (r) => age(r) >= 18 && age(r) <= 25)).toBeGreaterThan(100);
    expect(count(young, (r) => age(r) < 18 || age(r) > 25)).toBeGreaterThan(0);
  });

  it('has matched people the sides list differently, and eligible people neither lists', () => {
    const bByPerson = new Map(b.map((r) => [r.person.id, r]));
    const pairs = a.flatMap((r) => {
      const other = bByPerson.get(r.person.id);
      return other ? [[r, other] as const] : [];
    });
    const key = (set: Set<string>): string => [...set].sort().join('|');
    expect(count(pairs, ([x, y]) => key(categories(x)) !== key(categories(y)))).toBeGreaterThan(0);
    const forgotten = pairs.filter(([x, y]) => {
      const p = x.person;
      const eligibleYoung = ageOn(p.birth, reference) >= 18 && ageOn(p.birth, reference) <= 25;
      const eligibleMedical = ['severely_wounded', 'seriously_ill'].includes(p.medicalStatus ?? '') && p.commission === 'confirmed';
      const listed = new Set([...categories(x), ...categories(y)]);
      return (eligibleYoung && !listed.has('age_18_25')) || (eligibleMedical && !listed.has('wounded_ill'));
    });
    expect(forgotten.length).toBeGreaterThan(0);
  });
});
