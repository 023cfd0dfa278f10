// The linkage model as data: each comparison has ordered agreement levels (best first), a
// function that puts a pair of records in a level, and default m and u probabilities used when
// the lists are too small to estimate them. The last level of every comparison is `missing`,
// which weighs nothing.
import type { Features } from './features.js';
import { similarity, withinEdits } from './similarity.js';

export interface Comparison {
  name: string;
  levels: readonly string[];
  level(x: Features, y: Features): number;
  /** P(level | same person), P(level | different people), for every level but `missing`. */
  defaultM: readonly number[];
  defaultU: readonly number[];
  /** The value whose rarity adjusts the weight of the first (exact) level. */
  frequencyKey?: (f: Features) => string;
  /**
   * Levels that keep a pair from being matched automatically, whatever its score, when the lists
   * show the field is reliable (the same person has this level rarely: m at most `reliable`).
   * Two clearly different service numbers in lists that otherwise agree on them mark namesakes
   * as often as a clerk's error; two given names on one surname and birth date mark brothers,
   * twins among them. A person decides.
   */
  reviewOnly?: { levels: readonly number[]; reliable: number };
}

type NameView = Pick<Features, 'surname' | 'phonetic'>;

const sharesCode = (x: string[], y: string[]) => x.some((code) => y.includes(code));

function surnameLevel(x: NameView, y: NameView): number {
  if (!x.surname || !y.surname) return 4;
  if (x.surname === y.surname) return 0;
  const sim = similarity(x.surname, y.surname);
  if (sim >= 0.94) return 1;
  if (sim >= 0.86 || sharesCode(x.phonetic, y.phonetic)) return 2;
  return 3;
}

interface NamePart {
  key: string;
  skeleton: string;
  isInitial: boolean;
}

/** A bare initial (`Ю.`) agrees with a full name that begins with it, by skeleton or by id. */
const initialAgrees = (x: NamePart, y: NamePart) =>
  x.isInitial && !y.isInitial && (y.skeleton.startsWith(x.skeleton) || y.key.startsWith(x.skeleton));

function givenLevel(x: NamePart, y: NamePart): number {
  if (!x.key || !y.key) return 5;
  if (x.key === y.key) return 0;
  if (initialAgrees(x, y) || initialAgrees(y, x)) return 3;
  const sim = similarity(x.key, y.key);
  if (sim >= 0.92) return 1;
  if (sim >= 0.84 || withinEdits(x.key, y.key, 1)) return 2;
  return 4;
}

type GivenView = Pick<Features, 'given' | 'givenSkeleton' | 'givenIsInitial'>;
const givenPart = (f: GivenView): NamePart => ({ key: f.given, skeleton: f.givenSkeleton, isInitial: f.givenIsInitial });
const patronymicPart = (f: Features): NamePart => ({ key: f.patronymic, skeleton: f.patronymicSkeleton, isInitial: f.patronymicIsInitial });

/** Whether the pair reads better with one side's surname and given name swapped. */
export function namesSwapped(x: Features, y: Features): boolean {
  if (!y.swapped || !x.surname || !x.given) return false;
  const straight = surnameLevel(x, y) + givenLevel(givenPart(x), givenPart(y));
  if (straight === 0) return false;
  const crossed = surnameLevel(x, y.swapped) + givenLevel(givenPart(x), givenPart(y.swapped));
  return crossed < straight;
}

const digits = (f: Features) =>
  `${String(f.year).padStart(4, '0')}${String(f.month).padStart(2, '0')}${String(f.day).padStart(2, '0')}`;

function dobLevel(x: Features, y: Features): number {
  if (!x.year || !y.year) return 6;
  const full = x.month > 0 && y.month > 0;
  if (!full) return x.year === y.year ? 4 : 5;
  if (x.year === y.year && x.month === y.month && x.day === y.day) return 0;
  if (x.year === y.year && x.month === y.day && x.day === y.month) return 1;
  const [dx, dy] = [digits(x), digits(y)];
  let differing = 0;
  for (let i = 0; i < 8; i++) if (dx[i] !== dy[i]) differing++;
  if (differing === 1) return 2;
  if (Math.abs(x.year - y.year) === 1 && x.month === y.month && x.day === y.day) return 3;
  return 5;
}

function serviceLevel(x: Features, y: Features): number {
  if (!x.service || !y.service) return 4;
  if (x.service === y.service) return 0;
  const long = Math.min(x.service.length, y.service.length);
  if (long >= 5 && withinEdits(x.service, y.service, 1)) return 1;
  if (long >= 7 && withinEdits(x.service, y.service, 2)) return 2;
  return 3;
}

export const SURNAME: Comparison = {
  name: 'surname',
  levels: ['exact', 'close', 'fuzzy', 'diff', 'missing'],
  level: surnameLevel,
  defaultM: [0.82, 0.1, 0.05, 0.03],
  defaultU: [0.003, 0.002, 0.02, 0.975],
  frequencyKey: (f) => f.surname,
};

export const GIVEN: Comparison = {
  name: 'given',
  levels: ['exact', 'close', 'fuzzy', 'initial', 'diff', 'missing'],
  level: (x, y) => givenLevel(givenPart(x), givenPart(y)),
  reviewOnly: { levels: [4], reliable: 0.05 },
  defaultM: [0.88, 0.05, 0.03, 0.01, 0.03],
  defaultU: [0.04, 0.01, 0.02, 0.01, 0.92],
  frequencyKey: (f) => f.given,
};

export const PATRONYMIC: Comparison = {
  name: 'patronymic',
  levels: ['exact', 'close', 'fuzzy', 'initial', 'diff', 'missing'],
  level: (x, y) => givenLevel(patronymicPart(x), patronymicPart(y)),
  defaultM: [0.88, 0.05, 0.03, 0.01, 0.03],
  defaultU: [0.04, 0.01, 0.02, 0.01, 0.92],
};

export const DOB: Comparison = {
  name: 'dob',
  // `year`: one side knows only the year, and it agrees.
  levels: ['exact', 'swap', 'typo', 'year_off', 'year', 'diff', 'missing'],
  level: dobLevel,
  defaultM: [0.88, 0.02, 0.04, 0.02, 0.02, 0.02],
  defaultU: [0.0001, 0.0001, 0.002, 0.0003, 0.03, 0.9675],
};

export const SERVICE: Comparison = {
  name: 'service',
  // `typo`: one edit apart; `near`: two edits apart in a long number.
  levels: ['exact', 'typo', 'near', 'diff', 'missing'],
  level: serviceLevel,
  reviewOnly: { levels: [3], reliable: 0.01 },
  defaultM: [0.93, 0.04, 0.02, 0.01],
  defaultU: [0.00001, 0.0005, 0.002, 0.99749],
};

export const SEX: Comparison = {
  name: 'sex',
  levels: ['agree', 'diff', 'missing'],
  level: (x, y) => (!x.sex || !y.sex ? 2 : x.sex === y.sex ? 0 : 1),
  defaultM: [0.99, 0.01],
  defaultU: [0.9, 0.1],
};

/** The comparisons of a POW (or identified remains) pair. Surname and given name read through namesSwapped. */
export const PERSON_COMPARISONS: readonly Comparison[] = [SURNAME, GIVEN, PATRONYMIC, DOB, SERVICE, SEX];
