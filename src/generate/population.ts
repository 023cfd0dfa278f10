// The people both lists are drawn from, as they really are: the ground truth each clerk then
// writes down in his own way.
import type { CommissionFinding, MedicalStatus } from '../model.js';
import { listedCategories, type CategoryId } from './categories.js';
import { addDays, ageOn, fromDayNumber, shiftYears, toDayNumber, type SimpleDate } from './dates.js';
import { randomServiceNumber } from './noise.js';
import type { GenerateKind, GeneratorRates, PopulationRates } from './options.js';
import { at, WeightedPicker, type Rng } from '../random.js';
import { makeBody, type Body } from './remains.js';
import { surnameForms, type SurnameForms } from './surnames.js';
import type { GivenName, Patronymic, Rank, Sex, SurnameEntry, Tables } from './tables.js';

/** How a person is related to an earlier one of the population (brothers share surname and patronymic). */
export type Relation = 'brother' | 'twin' | 'sister' | 'wife';

/** A person's given name and the other forms a clerk may write for it. */
export interface GivenForms {
  ua: string;
  /** Official Russian forms, most usual first. */
  ru: string[];
  /** Colloquial or church Russian forms (Фома for Хома). */
  colloquial: string[];
  diminutiveUa: string[];
  diminutiveRu: string[];
}

export interface Person {
  id: number;
  sex: Sex;
  surnameEntry: SurnameEntry;
  surname: SurnameForms;
  given: GivenForms;
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
  /** A brother, twin brother, sister or wife of the earlier person `of`: a different person. */
  kin?: { of: number; as: Relation };
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

const YEAR = 365;

/** A birth `minDays`–`maxDays` before or after `birth`, older when younger would be under 18. */
function relativeBirth(birth: SimpleDate, minDays: number, maxDays: number, reference: SimpleDate, rng: Rng): SimpleDate {
  const offset = rng.range(minDays, maxDays);
  const younger = addDays(birth, offset);
  return rng.chance(0.5) && ageOn(younger, reference) >= 18 ? younger : addDays(birth, -offset);
}

/** An earlier man of this side (a few tries; none when the population so far has too few). */
function earlierMan(people: readonly Person[], rng: Rng): Person | undefined {
  for (let attempt = 0; attempt < 5; attempt++) {
    const candidate = at(people, rng.int(people.length));
    if (candidate.sex === 'M' && !candidate.otherSide) return candidate;
  }
  return undefined;
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
  const ruEntries = tables.ruSurnames.map((s) => ({ ua: s.ru, ruOverride: [s.ru], translated: [], weight: s.weight }));
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

  // Each person's father, so that a brother or sister can share him.
  const fathers: Patronymic[] = [];

  for (let id = 0; id < ctx.size; id++) {
    const otherSide = ctx.kind === 'remains' && rng.chance(rates.remains.otherSideSoldier);
    let sex: Sex = !otherSide && rng.chance(p.female) ? 'F' : 'M';
    let surnameEntry = (otherSide ? pickers.ruSurname : pickers.surname).pick(rng);
    let givenName = pickers.given[sex].pick(rng);
    let father = pickers.patronymic.pick(rng);
    let birth = randomBirth(ctx.reference, p, rng);
    let kin: Person['kin'];

    // A namesake born the same day: only the service number (and maybe the father) tells them apart.
    const namesake = id > 0 && !otherSide && rng.chance(p.namesakeSameBirth) ? at(people, rng.int(id)) : undefined;
    if (namesake && !namesake.otherSide) {
      sex = namesake.sex;
      surnameEntry = namesake.surnameEntry;
      givenName = ctx.tables.givenNames.find((g) => g.ua === namesake.given.ua) ?? givenName;
      if (rng.chance(0.5)) father = ctx.tables.patronymics.find((f) => f.ua[sex] === namesake.patronymic.ua) ?? father;
      birth = namesake.birth;
    } else if (!namesake && !otherSide && id > 0 && rng.chance(sex === 'M' ? p.brother : p.femaleRelative)) {
      // One family: his brother (or twin), sister or wife, with the same surname in its own form.
      const man = earlierMan(people, rng);
      if (man) {
        surnameEntry = man.surnameEntry;
        if (sex === 'M') {
          father = at(fathers, man.id);
          for (let attempt = 0; attempt < 20 && givenName.ua === man.given.ua; attempt++) givenName = pickers.given.M.pick(rng);
          const twins = rng.chance(p.brotherTwin);
          birth = twins ? man.birth : relativeBirth(man.birth, YEAR, 12 * YEAR, ctx.reference, rng);
          kin = { of: man.id, as: twins ? 'twin' : 'brother' };
        } else if (rng.chance(0.5)) {
          father = at(fathers, man.id);
          birth = relativeBirth(man.birth, YEAR, 12 * YEAR, ctx.reference, rng);
          kin = { of: man.id, as: 'sister' };
        } else {
          birth = relativeBirth(man.birth, 0, 8 * YEAR, ctx.reference, rng);
          kin = { of: man.id, as: 'wife' };
        }
      }
    }
    fathers.push(father);

    // The other side's soldier carries a Russian name, written alike by both clerks.
    const given: GivenForms = otherSide
      ? { ua: at(givenName.ru, 0), ru: givenName.ru, colloquial: [], diminutiveUa: [], diminutiveRu: [] }
      : {
          ua: givenName.ua,
          ru: givenName.ru,
          colloquial: givenName.colloquial,
          diminutiveUa: givenName.diminutiveUa,
          diminutiveRu: givenName.diminutiveRu,
        };
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
      ...(kin ? { kin } : {}),
    };
    if (ctx.kind === 'pow') Object.assign(person, listedCategories(person, ctx.reference, rates.categories, rng));
    else person.body = makeBody(id, ctx.reference, rates.remains, ctx.tables.places, rng);
    people.push(person);
  }
  return people;
}
