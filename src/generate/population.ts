// The people both lists are drawn from, as they really are: the ground truth each clerk then
// writes down in his own way.
import type { CommissionFinding, MedicalStatus } from '../model.js';
import { listedCategories, type CategoryId } from './categories.js';
import { addDays, fromDayNumber, shiftYears, toDayNumber, type SimpleDate } from './dates.js';
import { randomServiceNumber } from './noise.js';
import type { GenerateKind, GeneratorRates, PopulationRates } from './options.js';
import { at, WeightedPicker, type Rng } from '../random.js';
import { makeBody, type Body } from './remains.js';
import { surnameForms, type SurnameForms } from './surnames.js';
import type { GivenName, Patronymic, Rank, Sex, SurnameEntry, Tables } from './tables.js';

export interface Person {
  id: number;
  sex: Sex;
  surnameEntry: SurnameEntry;
  surname: SurnameForms;
  given: { ua: string; ru: string[] };
  patronymic: { ua: string; ru: string };
  birth: SimpleDate;
  /** Canonical form, no separators; absent when nobody knows it. */
  serviceNumber?: string;
  rank?: Rank;
  unit?: string;
  medicalStatus?: MedicalStatus;
  commission?: CommissionFinding;
  /** Categories both sides list the person under, before side B's disagreements. */
  categories: CategoryId[];
  /** The other side's own soldier (remains lists): Russian name, other citizenship. */
  otherSide: boolean;
  body?: Body;
}

// Rough age shares of the soldiers taken prisoner, by age band on the reference date.
const AGE_BANDS = new WeightedPicker(
  [
    { min: 18, max: 25, share: 0.18 },
    { min: 26, max: 35, share: 0.3 },
    { min: 36, max: 45, share: 0.32 },
    { min: 46, max: 55, share: 0.17 },
    { min: 56, max: 60, share: 0.03 },
  ],
  (band) => band.share,
);

/** The age-category edges: born on, or a day either side of, the 18th and 26th birthdays. */
function boundaryBirth(reference: SimpleDate, rng: Rng): SimpleDate {
  const edge = rng.pick([18, 26]);
  return addDays(shiftYears(reference, -edge), rng.pick([-1, 0, 1]));
}

function birthAtAge(age: number, reference: SimpleDate, rng: Rng): SimpleDate {
  const latest = toDayNumber(shiftYears(reference, -age));
  const earliest = toDayNumber(shiftYears(reference, -(age + 1))) + 1;
  return fromDayNumber(rng.range(earliest, latest));
}

function randomBirth(reference: SimpleDate, rates: PopulationRates, rng: Rng): SimpleDate {
  if (rng.chance(rates.ageBoundary)) return boundaryBirth(reference, rng);
  const band = AGE_BANDS.pick(rng);
  return birthAtAge(rng.range(band.min, band.max), reference, rng);
}

function medical(rates: PopulationRates, rng: Rng): Pick<Person, 'medicalStatus' | 'commission'> {
  let r = rng.next();
  const shares: [MedicalStatus, number][] = [
    ['severely_wounded', rates.severelyWounded],
    ['seriously_ill', rates.seriouslyIll],
    ['wounded', rates.wounded],
    ['ill', rates.ill],
    ['healthy', rates.healthy],
  ];
  const status = shares.find(([, share]) => (r -= share) < 0)?.[0];
  if (status !== 'severely_wounded' && status !== 'seriously_ill') return { medicalStatus: status };
  const c = rng.next();
  const commission: CommissionFinding | undefined =
    c < rates.commissionConfirmed
      ? 'confirmed'
      : c < rates.commissionConfirmed + rates.commissionPending
        ? 'pending'
        : rng.chance(0.5) ? 'rejected' : undefined;
  return { medicalStatus: status, commission };
}

/** Pickers built once per run from the tables. */
interface Pickers {
  surname: WeightedPicker<SurnameEntry>;
  ruSurname: WeightedPicker<SurnameEntry>;
  given: Record<Sex, WeightedPicker<GivenName>>;
  patronymic: WeightedPicker<Patronymic>;
  rank: WeightedPicker<Rank>;
}

function makePickers(tables: Tables): Pickers {
  const bySex = (sex: Sex): WeightedPicker<GivenName> =>
    new WeightedPicker(tables.givenNames.filter((g) => g.sex === sex), (g) => g.weight);
  // A Russian surname is its own Russian form: an entry with an override equal to itself.
  const ruEntries = tables.ruSurnames.map((s) => ({ ua: s.ru, ruOverride: [s.ru], weight: s.weight }));
  return {
    surname: new WeightedPicker(tables.surnames, (s) => s.weight),
    ruSurname: new WeightedPicker(ruEntries, (s) => s.weight),
    given: { M: bySex('M'), F: bySex('F') },
    patronymic: new WeightedPicker(tables.patronymics, (p) => p.weight),
    rank: new WeightedPicker(tables.ranks, (r) => r.weight),
  };
}

export interface PopulationContext {
  size: number;
  kind: GenerateKind;
  reference: SimpleDate;
  rates: GeneratorRates;
  tables: Tables;
}

export function buildPopulation(ctx: PopulationContext, rng: Rng): Person[] {
  const { rates } = ctx;
  const p = rates.population;
  const pickers = makePickers(ctx.tables);
  const people: Person[] = [];
  const usedNumbers = new Set<string>();

  const newServiceNumber = (): string | undefined => {
    if (rng.chance(p.serviceNumberUnknown)) return undefined;
    for (;;) {
      const number = randomServiceNumber(rng.chance(p.serviceNumberDigits), rng);
      if (!usedNumbers.has(number)) {
        usedNumbers.add(number);
        return number;
      }
    }
  };

  for (let id = 0; id < ctx.size; id++) {
    const otherSide = ctx.kind === 'remains' && rng.chance(rates.remains.otherSideSoldier);
    let sex: Sex = !otherSide && rng.chance(p.female) ? 'F' : 'M';
    let surnameEntry = (otherSide ? pickers.ruSurname : pickers.surname).pick(rng);
    let givenName = pickers.given[sex].pick(rng);
    let father = pickers.patronymic.pick(rng);
    let birth = randomBirth(ctx.reference, p, rng);

    // A namesake born the same day: only the service number (and maybe the father) tells them apart.
    const twin = id > 0 && !otherSide && rng.chance(p.namesakeSameBirth) ? at(people, rng.int(id)) : undefined;
    if (twin && !twin.otherSide) {
      sex = twin.sex;
      surnameEntry = twin.surnameEntry;
      givenName = ctx.tables.givenNames.find((g) => g.ua === twin.given.ua) ?? givenName;
      if (rng.chance(0.5)) father = ctx.tables.patronymics.find((f) => f.ua[sex] === twin.patronymic.ua) ?? father;
      birth = twin.birth;
    }

    // The other side's soldier carries a Russian name, written alike by both clerks.
    const given = otherSide ? { ua: at(givenName.ru, 0), ru: givenName.ru } : { ua: givenName.ua, ru: givenName.ru };
    const patronymic = otherSide ? { ua: father.ru[sex], ru: father.ru[sex] } : { ua: father.ua[sex], ru: father.ru[sex] };
    const person: Person = {
      id,
      sex,
      surnameEntry,
      surname: surnameForms(surnameEntry, sex),
      given,
      patronymic,
      birth,
      serviceNumber: newServiceNumber(),
      rank: rng.chance(p.rankKnown) ? pickers.rank.pick(rng) : undefined,
      unit: rng.chance(p.unitKnown) ? `в/ч А${String(rng.int(8000)).padStart(4, '0')}` : undefined,
      ...medical(p, rng),
      categories: [],
      otherSide,
    };
    if (ctx.kind === 'pow') Object.assign(person, listedCategories(person, ctx.reference, rates.categories, rng));
    else person.body = makeBody(id, ctx.reference, rates.remains, ctx.tables.places, rng);
    people.push(person);
  }
  return people;
}
