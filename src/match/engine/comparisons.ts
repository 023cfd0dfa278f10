// The linkage model as data: each comparison has ordered agreement levels (best first), a
// function that puts a pair of records in a level, and default m and u probabilities used when
// the lists are too small to estimate them. The last level of every comparison is `missing`,
// which weighs nothing.
import type { Features, GivenPart, PatronymicPart, Serial, SurnamePart } from './features.js';
import { PairMemo } from '../../names/memo.js';
import type { Side } from '../../model.js';
import { derivationsDiffer } from '../../names/surname.js';
import { editsUpTo, similarity, withinEdits } from './similarity.js';

export interface Comparison {
  name: string;
  levels: readonly string[];
  level(x: Features, y: Features): number;
  /** P(level | same person), P(level | different people), for every level but `missing`. */
  defaultM: readonly number[];
  defaultU: readonly number[];
  /** The value whose rarity adjusts the weight of the first (exact) level. */
  frequencyKey?: (f: Features) => string;
  /** The value two records share exactly at the first level; its u comes from value frequencies. */
  exactKey?: (f: Features) => string | number;
  /**
   * Levels that keep a pair from being matched automatically, whatever its score, when the lists
   * show the field is reliable (the same person has this level rarely: m at most `reliable`).
   * Two clearly different service numbers in lists that otherwise agree on them mark namesakes
   * as often as a clerk's error; two given names on one surname and birth date mark brothers,
   * twins among them. A person decides.
   */
  reviewOnly?: ReadonlyArray<{ levels: readonly number[]; reliable: number }>;
  /**
   * An identifier (service number, tag, DNA id) whose exact agreement settles identity: it lifts
   * the review-only vetoes of the other comparisons (a patronymic written differently under one
   * service number is a clerk's slip, reported as a field conflict).
   */
  decisive?: true;
  /**
   * Levels at which two records of one list are never one person, whatever the rest agrees on:
   * brothers and twins share a surname, a patronymic and even a birth date, but not a given name,
   * a sex or a service number.
   */
  neverDuplicate?: readonly number[];
  /**
   * The level costs next to nothing and reads the same with names crossed or not (an
   * identifier, the sex, a date): duplicate detection asks it first, and a pair it says are two
   * people is not scored at all; belowThreshold (score.ts) reads it first. The number orders such
   * comparisons, cheapest first (a sex is two letters compared; a service number may need an edit
   * distance).
   */
  quick?: number;
  /** How the pair's values were read, for `why` (a tag read as year 2022, serial 9); undefined when plain. */
  note?(x: Features, y: Features): string | undefined;
  /**
   * The level reads neither the surname nor the given name, so a record read crossed
   * (crossedView) is at the same level: belowThreshold (score.ts) may take it without asking
   * namesSwapped which way the names read.
   */
  sameCrossed?: true;
}

type NameView = Pick<SurnamePart, 'surname' | 'surnameSkeleton' | 'surnameVariants' | 'surnameMasculine' | 'phonetic' | 'derivation'>;

const sharesCode = (x: readonly string[], y: readonly string[]) => x.some((code) => y.includes(code));
/** The least Jaro–Winkler similarity at which a shared phonetic code makes surnames `fuzzy`. */
const PHONETIC_FLOOR = 0.7;

/** How two surname keys that differ are still one surname, or are surely two. */
function surnameRelation(x: NameView, y: NameView): 'alternation' | 'gender' | 'derivation' | undefined {
  if (x.surnameVariants.includes(y.surname) || y.surnameVariants.includes(x.surname)) return 'alternation';
  if (x.surnameMasculine.includes(y.surname) || y.surnameMasculine.includes(x.surname)) return 'gender';
  if (derivationsDiffer(x.derivation, y.derivation)) return 'derivation';
  return undefined;
}

/**
 * Surnames: exact when the keys agree, or when the Ukrainian і of one stands for the Russian е or
 * о of the other (Різник/Резник); a feminine and a masculine form of one family name, and two
 * derivations of one stem (Шевчук/Шевченко), are two family names (diff), however alike they
 * look; otherwise by similarity and phonetic code.
 */
function surnameLevelOf(x: NameView, y: NameView): number {
  if (!x.surname || !y.surname) return 5;
  if (x.surname === y.surname) return 0;
  const relation = surnameRelation(x, y);
  if (relation !== undefined) return relation === 'alternation' ? 0 : relation === 'gender' ? 4 : 3;
  const sim = similarity(x.surname, y.surname);
  if (sim >= 0.94) return 1;
  // A shared phonetic code catches spellings the skeleton reads apart; on its own it also joins
  // surnames that only sound alike in its coarse classes (Гусєв and Кочубей), so some likeness
  // of spelling is asked too.
  if (sim >= 0.86 || (sim >= PHONETIC_FLOOR && sharesCode(x.phonetic, y.phonetic))) return 2;
  return 3;
}

// Lists repeat names, so the pairs of name parts compared repeat too: each level of a pair of
// parts is computed once and remembered by the parts' serial numbers (features.ts) in a typed
// table (names/memo.ts PairMemo). Bounded: past two million pairs a table starts afresh.
function remembered<P extends Serial>(table: PairMemo, x: P, y: P, compute: (x: P, y: P) => number): number {
  const level = table.find(x.serial, y.serial);
  return level >= 0 ? level : table.keep(x.serial, y.serial, compute(x, y));
}
const SURNAME_LEVELS = new PairMemo();
const GIVEN_LEVELS = new PairMemo();
const PATRONYMIC_LEVELS = new PairMemo();

/** surnameLevelOf of two surname parts, remembered. */
const surnamePartsLevel = (x: SurnamePart, y: SurnamePart): number => remembered(SURNAME_LEVELS, x, y, surnameLevelOf);
/** surnameLevelOf of two records, by their surname parts. */
const surnameLevel = (x: Features, y: Features): number => surnamePartsLevel(x.sn, y.sn);

interface NamePart {
  key: string;
  skeleton: string;
  /** Skeletons of every listed form of the name's class. */
  forms: readonly string[];
  /** Whether the tables know the name (its key is a class id, not its own skeleton). */
  known: boolean;
  /** Every class the name may belong to; two known names sharing one are one name written two ways (Юрій, Георгий). */
  candidates: readonly string[];
  isInitial: boolean;
}

/** A bare initial (`Ю.`) agrees with a full name that begins with it, by skeleton or by id. */
const initialAgrees = (x: NamePart, y: NamePart) =>
  x.isInitial && !y.isInitial && (y.skeleton.startsWith(x.skeleton) || y.key.startsWith(x.skeleton));

/**
 * Best similarity of one name's spelling to any form of the other's class (a misspelt Никиат
 * to Никита). Only a name the tables do not know can be a misspelling: two known names of
 * different classes are simply different names, compared by their keys alone.
 */
function formSimilarity(x: NamePart, y: NamePart): number {
  let best = similarity(x.key, y.key);
  if (!y.known) for (const form of x.forms) best = Math.max(best, similarity(form, y.skeleton));
  if (!x.known) for (const form of y.forms) best = Math.max(best, similarity(form, x.skeleton));
  return best;
}

function givenLevel(x: NamePart, y: NamePart): number {
  if (!x.key || !y.key) return 5;
  if (x.key === y.key) return 0;
  if (initialAgrees(x, y) || initialAgrees(y, x)) return 3;
  // Two names the tables both know are two names (Іван and Ян, Михайло and Микола): similarity
  // measures spellings of one name, not how alike two names look.
  if (x.known && y.known) return x.candidates.some((c) => y.candidates.includes(c)) ? 1 : 4;
  const sim = formSimilarity(x, y);
  if (sim >= 0.92) return 1;
  if (sim >= 0.84 || withinEdits(x.key, y.key, 1) || withinEdits(x.skeleton, y.skeleton, 1)) return 2;
  return 4;
}

const givenPart = (p: GivenPart): NamePart => ({
  key: p.given, skeleton: p.givenSkeleton, forms: p.givenForms, known: p.givenKnown, candidates: p.givenCandidates, isInitial: p.givenIsInitial,
});
const patronymicPart = (p: PatronymicPart): NamePart => ({
  key: p.patronymic, skeleton: p.patronymicSkeleton, forms: p.patronymicForms, known: p.patronymicKnown, candidates: [], isInitial: p.patronymicIsInitial,
});
const givenLevelOfParts = (x: GivenPart, y: GivenPart) => givenLevel(givenPart(x), givenPart(y));
const patronymicLevelOfParts = (x: PatronymicPart, y: PatronymicPart) => givenLevel(patronymicPart(x), patronymicPart(y));
/** givenLevel of two given-name parts, remembered. */
const givenPartsLevel = (x: GivenPart, y: GivenPart): number => remembered(GIVEN_LEVELS, x, y, givenLevelOfParts);
/** givenLevel of two records' given names, by their parts. */
const givenLevelOf = (x: Features, y: Features): number => givenPartsLevel(x.gv, y.gv);
const patronymicLevelOf = (x: Features, y: Features): number => remembered(PATRONYMIC_LEVELS, x.pt, y.pt, patronymicLevelOfParts);

/** A record read with its surname and given name swapped (made once per record, when first asked). */
export const crossedView = (f: Features): Features => f.crossed();

/**
 * The levels of surname and given name added up, with `crossed` read crossed (on the side it is
 * on: A when `crossedIsA`); Infinity where the surnames alone already read no better than
 * `straight` (a given name's level is never below 0, so the reading cannot win), and then the
 * given names are not compared, nor the crossed given name made: most pairs of two surnames read
 * crossed are two people by surname first.
 */
function crossedLevels(straight: number, crossed: Features, plain: Features, crossedIsA: boolean): number {
  const surname = crossedIsA ? surnamePartsLevel(crossed.crossedSurname!, plain.sn) : surnamePartsLevel(plain.sn, crossed.crossedSurname!);
  if (surname >= straight) return Infinity;
  return surname + (crossedIsA ? givenPartsLevel(crossed.crossedGiven!, plain.gv) : givenPartsLevel(plain.gv, crossed.crossedGiven!));
}

/** Whether the pair reads better with one side's surname and given name swapped. */
export function namesSwapped(x: Features, y: Features): Side | undefined {
  if (!x.canCross || !y.canCross) return undefined;
  // Only a pair whose surnames disagree can read better crossed; most pairs stop here.
  const surname = surnameLevel(x, y);
  if (surname < 3 || surname === 4) return undefined;
  const straight = surname + givenLevelOf(x, y);
  // Either record may be the one written crossed; each reading compares other strings by other rules, so both are tried
  // and the better is taken, which makes the reading the same whichever list is A. The crossed
  // name parts are compared as they are: a record read crossed is made only for a pair that is.
  const crossedB = crossedLevels(straight, y, x, false);
  const crossedA = crossedLevels(straight, x, y, true);
  if (Math.min(crossedA, crossedB) >= straight) return undefined;
  if (crossedA !== crossedB) return crossedB < crossedA ? 'b' : 'a';
  // A tie: the record whose surname column holds a known given name is the one written crossed;
  // failing that, the one whose written surname sorts first. Either way, whichever side it is on.
  if (y.crossedGiven!.givenKnown !== x.crossedGiven!.givenKnown) return y.crossedGiven!.givenKnown ? 'b' : 'a';
  return y.surname <= x.surname ? 'b' : 'a';
}

/** A date as numbers; month and day 0 when unknown, year 0 when there is no date. */
type DateView = Pick<Features, 'year' | 'month' | 'day'>;

/** A date as the number yyyymmdd (month and day 0 when unknown). */
const dateNumber = (f: DateView) => f.year * 10_000 + f.month * 100 + f.day;
/** A full date as the number yyyymmdd, or 0 for a partial or missing one (which never agrees exactly). */
export const fullDate = (f: DateView): number => (f.year && f.month && f.day ? dateNumber(f) : 0);

/** The slips clerks make in any date: birth, or the recovery of a body. */
export function dateLevel(x: DateView, y: DateView): number {
  if (!x.year || !y.year) return 6;
  const full = x.month > 0 && y.month > 0;
  if (!full) return x.year === y.year ? 4 : 5;
  if (x.year === y.year && x.month === y.month && x.day === y.day) return 0;
  if (x.year === y.year && x.month === y.day && x.day === y.month) return 1;
  // The eight digits yyyymmdd, compared one by one.
  let [dx, dy] = [dateNumber(x), dateNumber(y)];
  let differing = 0;
  for (let i = 0; i < 8; i++) {
    if (dx % 10 !== dy % 10) differing++;
    dx = Math.floor(dx / 10);
    dy = Math.floor(dy / 10);
  }
  if (differing === 1) return 2;
  if (Math.abs(x.year - y.year) === 1 && x.month === y.month && x.day === y.day) return 3;
  return 5;
}

function serviceLevel(x: Features, y: Features): number {
  if (!x.service || !y.service) return 4;
  if (x.sameService(y)) return 0;
  const long = Math.min(x.service.length, y.service.length);
  if (long < 5) return 3;
  // One count of the edits, up to the two a long number may differ by.
  const edits = editsUpTo(x.service, y.service, long >= 7 ? 2 : 1);
  return edits <= 1 ? 1 : edits <= 2 ? 2 : 3;
}

const surnameOf = (f: Features) => f.surname;

export const SURNAME: Comparison = {
  name: 'surname',
  // `other_sex`: a feminine and a masculine form of one family name (Вишневська, Вишневский).
  levels: ['exact', 'close', 'fuzzy', 'diff', 'other_sex', 'missing'],
  level: surnameLevel,
  defaultM: [0.82, 0.1, 0.05, 0.028, 0.002],
  defaultU: [0.003, 0.002, 0.02, 0.97, 0.005],
  // One function for both: the lists' values are counted once for it (frequencies.ts ListCounts).
  frequencyKey: surnameOf,
  exactKey: surnameOf,
  // One clerk writing one man twice slips a letter at most: a surname only fuzzily alike
  // (Кирієнко, Вітренко) in one list is another family.
  neverDuplicate: [2, 3, 4],
  // Two surnames that differ outright, with the given name and the date agreeing, are namesakes
  // as often as a clerk's slip, where surnames are otherwise reliable; a woman's form against a
  // man's is two people always.
  reviewOnly: [
    { levels: [3], reliable: 0.05 },
    { levels: [4], reliable: 1 },
  ],
  note: (x, y) => {
    if (!x.surname || !y.surname || x.surname === y.surname) return undefined;
    const relation = surnameRelation(x.sn, y.sn);
    return relation === 'alternation' ? 'і/е/о' : relation === 'gender' ? 'feminine/masculine' : relation === 'derivation' ? 'other suffix' : undefined;
  },
};

/**
 * A given name or a patronymic: compared by class id, then by spelling against every form of the
 * class. Outright disagreement is review-only where the lists show the field is reliable: two
 * given names on one surname and birth date may be brothers (twins among them), and two
 * fathers' names mean two fathers.
 */
function namePartComparison(name: string, key: (f: Features) => string, level: (x: Features, y: Features) => number, weighedByFrequency = false): Comparison {
  return {
    ...(name === 'given' ? { neverDuplicate: [4] } : {}),
    name,
    exactKey: key,
    levels: ['exact', 'close', 'fuzzy', 'initial', 'diff', 'missing'],
    level,
    reviewOnly: [{ levels: [4], reliable: 0.05 }],
    defaultM: [0.88, 0.05, 0.03, 0.01, 0.03],
    defaultU: [0.04, 0.01, 0.02, 0.01, 0.92],
    ...(weighedByFrequency ? { frequencyKey: key } : {}),
  };
}

// A part's key, as its NamePart (givenPart, patronymicPart) reads it.
export const GIVEN = namePartComparison('given', (f) => f.given, givenLevelOf, true);
// A record read crossed keeps its patronymic (Features.crossed).
export const PATRONYMIC: Comparison = { ...namePartComparison('patronymic', (f) => f.patronymic, patronymicLevelOf), sameCrossed: true };

export const DOB: Comparison = {
  name: 'dob',
  // `year`: one side knows only the year, and it agrees.
  levels: ['exact', 'swap', 'typo', 'year_off', 'year', 'diff', 'missing'],
  level: dateLevel,
  exactKey: fullDate,
  quick: 1,
  sameCrossed: true,
  defaultM: [0.88, 0.02, 0.04, 0.02, 0.02, 0.02],
  defaultU: [0.0001, 0.0001, 0.002, 0.0003, 0.03, 0.9675],
};

export const SERVICE: Comparison = {
  name: 'service',
  // `typo`: one edit apart; `near`: two edits apart in a long number.
  levels: ['exact', 'typo', 'near', 'diff', 'missing'],
  level: serviceLevel,
  quick: 2,
  sameCrossed: true,
  exactKey: (f) => f.service,
  decisive: true,
  neverDuplicate: [3],
  reviewOnly: [{ levels: [3], reliable: 0.01 }],
  defaultM: [0.93, 0.04, 0.02, 0.01],
  defaultU: [0.00001, 0.0005, 0.002, 0.99749],
};

export const SEX: Comparison = {
  name: 'sex',
  levels: ['agree', 'diff', 'missing'],
  level: (x, y) => (!x.sex || !y.sex ? 2 : x.sex === y.sex ? 0 : 1),
  quick: 1,
  sameCrossed: true,
  exactKey: (f) => f.sex,
  // A man and a woman are two people, however much else agrees: at most a person looks at them.
  reviewOnly: [{ levels: [1], reliable: 1 }],
  neverDuplicate: [1],
  defaultM: [0.99, 0.01],
  defaultU: [0.9, 0.1],
};

/** The comparisons of a POW (or identified remains) pair. Surname and given name read through namesSwapped. */
export const PERSON_COMPARISONS: readonly Comparison[] = [SURNAME, GIVEN, PATRONYMIC, DOB, SERVICE, SEX];
