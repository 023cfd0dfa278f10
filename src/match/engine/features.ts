// Compact comparison features of a record, computed once per record: every key a comparison
// or a blocking pass needs, already normalised across scripts. Comparisons then only compare
// short strings and numbers.
import { derivationView, type DerivationView } from '../../names/surname.js';
import { givenNameCandidates, givenNameId, givenNameIdForSex, givenNameSex, patronymicSex, surnameSex, givenNameSkeletons, latinSkeleton, patronymicId, patronymicSkeletons, phoneticKeys, surnameKey, surnameMasculineKeys, surnameVariantKeys } from '../../names/index.js';
import type { PersonRecord, Sex } from '../../model.js';
import { readDnaSampleId, readTag, type Identifier, type TagConvention } from '../../remains/identifier.js';
import { sameServiceNumber, serviceKeys } from '../keys.js';
import { memo, numbering } from '../../names/memo.js';

/** A part of the features shared by the records that write it alike; `serial` tells one part from another. */
export interface Serial {
  /** A number of its own: what a comparison of two parts is remembered by (comparisons.ts). */
  readonly serial: number;
}

let serials = 0;
/** The next serial number; 0 stands for the missing parts. */
export const nextSerial = (): number => ++serials;

/** A surname read for comparison, shared by every record that writes it so. */
export interface SurnamePart extends Serial {
  /** Surname key (skeleton with Ukrainian/Russian surname rules collapsed); '' when missing. */
  readonly surname: string;
  /** The surname's skeleton (its letters before the Ukrainian/Russian rules). */
  readonly surnameSkeleton: string;
  /** Keys of the Russian forms a Ukrainian surname takes where its і stands for е or о (Різник: резник, розник). */
  readonly surnameVariants: readonly string[];
  /** Keys of the masculine forms of a feminine surname (Петрова: петров), which belong to another person. */
  readonly surnameMasculine: readonly string[];
  /** Daitch–Mokotoff codes of the surname. */
  readonly phonetic: readonly string[];
  /** The surname key as a number (keyId): blocking keys are made of numbers, cheaper to hash than strings. */
  readonly surnameId: number;
  /** The sex the surname's form shows (-ська, -ова), if it shows one. */
  readonly sexShown?: Sex | undefined;
  /** Skeleton, key and their readings as stem and suffix, for telling two derivations of a stem apart (made when first asked). */
  readonly derivation: DerivationView;
}

/** A given name read for comparison (for a person of a known sex, where that decides its class). */
export interface GivenPart extends Serial {
  /** Given-name id from the equivalence tables, or its skeleton; '' when missing. */
  readonly given: string;
  /** The given name's skeleton; an initial (`Ю.`) agrees with a name it begins. */
  readonly givenSkeleton: string;
  /** Skeletons of every listed form of the given name's class (its own skeleton when unlisted). */
  readonly givenForms: readonly string[];
  /** Whether the equivalence tables know the given name. */
  readonly givenKnown: boolean;
  /** Every class the given name may belong to (Георгий: Юрій's and Єгор's; Саша: Олександр's and Олександра's). */
  readonly givenCandidates: readonly string[];
  /** Whether the given name is a bare initial. */
  readonly givenIsInitial: boolean;
  /** The given-name key as a number (keyId). */
  readonly givenId: number;
}

export interface PatronymicPart extends Serial {
  readonly patronymic: string;
  readonly patronymicSkeleton: string;
  readonly patronymicForms: readonly string[];
  readonly patronymicKnown: boolean;
  readonly patronymicIsInitial: boolean;
  /** The patronymic key as a number (keyId). */
  readonly patronymicId: number;
  /** The sex the patronymic's suffix shows (-ович, -івна), if it shows one. */
  readonly sexShown?: Sex | undefined;
}

export interface DateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/**
 * What the engine compares of one record: every key a comparison or a blocking pass needs,
 * already normalised across scripts, so comparisons only compare short strings and numbers.
 * Compact: the name parts are shared objects (one per distinct spelling, see `parts` below), and
 * the record holds references to them; the getters read through, so a comparison reads
 * `f.surname` whatever holds it.
 */
export class Features {
  constructor(
    readonly index: number,
    readonly sn: SurnamePart,
    readonly gv: GivenPart,
    readonly pt: PatronymicPart,
    /**
     * The names to read crossed, the given name as a surname and the surname as a given name
     * (clerks swap them); undefined when the record lacks either. Their parts are made when first
     * asked: most records are never read crossed.
     */
    private readonly givenAsSurname: string | undefined,
    private readonly surnameAsGiven: string | undefined,
    readonly dob: DateParts,
    /** The service number's key, and every Latin reading of it (Cyrillic letters by look and by sound). */
    readonly serviceKeys: readonly string[],
    readonly sex: string,
    /** What remains have besides a person's fields; undefined for a record without tag, DNA sample or recovery date. */
    private readonly body: BodyFeatures | undefined,
  ) {
    this.service = serviceKeys[0] ?? '';
    this.serviceRead = serviceKeys.length > 1;
  }

  /**
   * The service number's own key; '' when there is none. Kept as well as in `serviceKeys`: a
   * comparison reads it for each pair, and at a million a side each step through memory to it
   * costs (the keys' array is one more).
   */
  readonly service: string;
  /** Whether the service number has Latin readings besides its own key (it has Cyrillic letters). */
  readonly serviceRead: boolean;

  /**
   * Whether two records' service numbers are one (sameServiceNumber of their keys), asked of
   * records that both have one. Two own keys that differ meet only where one number is read into
   * the other's script: where one has readings and the other none. So most pairs are told without
   * reading either list of keys.
   */
  sameService(other: Features): boolean {
    if (this.service === other.service) return true;
    return this.serviceRead !== other.serviceRead && sameServiceNumber(this.serviceKeys, other.serviceKeys);
  }

  /** What the record reads crossed, made when first asked (most records never are). */
  private crossing: Crossing | undefined;

  /**
   * The record's number in the scoring pool that knows it (score-pool.ts, which checks the
   * number is its own): each pair a worker scores is sent as two such numbers, looked up here
   * rather than in a map of every record. −1 before any pool.
   */
  poolId = -1;

  get surname(): string { return this.sn.surname; }
  get surnameSkeleton(): string { return this.sn.surnameSkeleton; }
  get surnameVariants(): readonly string[] { return this.sn.surnameVariants; }
  get surnameMasculine(): readonly string[] { return this.sn.surnameMasculine; }
  get phonetic(): readonly string[] { return this.sn.phonetic; }
  get given(): string { return this.gv.given; }
  get givenSkeleton(): string { return this.gv.givenSkeleton; }
  get givenForms(): readonly string[] { return this.gv.givenForms; }
  get givenKnown(): boolean { return this.gv.givenKnown; }
  get givenCandidates(): readonly string[] { return this.gv.givenCandidates; }
  get givenIsInitial(): boolean { return this.gv.givenIsInitial; }
  get patronymic(): string { return this.pt.patronymic; }
  get patronymicSkeleton(): string { return this.pt.patronymicSkeleton; }
  get patronymicForms(): readonly string[] { return this.pt.patronymicForms; }
  get patronymicKnown(): boolean { return this.pt.patronymicKnown; }
  get patronymicIsInitial(): boolean { return this.pt.patronymicIsInitial; }
  get surnameId(): number { return this.sn.surnameId; }
  get givenId(): number { return this.gv.givenId; }
  get patronymicId(): number { return this.pt.patronymicId; }
  /** Date of birth as numbers; day and month 0 when unknown. */
  get year(): number { return this.dob.year; }
  get month(): number { return this.dob.month; }
  get day(): number { return this.dob.day; }
  /** Body tag and DNA sample id of remains, read across the clerks' formats; undefined when missing. */
  get tag(): Identifier | undefined { return this.body?.tag; }
  get dna(): Identifier | undefined { return this.body?.dna; }
  /** Recovery date of remains, as the date of birth. */
  get recovered(): DateParts { return this.body?.recovered ?? NO_DATE; }

  /** Whether the record can be read with surname and given name swapped (it has both). */
  get canCross(): boolean { return this.givenAsSurname !== undefined; }

  /** The given name read as a surname; undefined when the record cannot be read crossed. */
  get crossedSurname(): SurnamePart | undefined {
    if (this.givenAsSurname === undefined) return undefined;
    const crossing = (this.crossing ??= new Crossing());
    return (crossing.surname ??= surnamePart(this.givenAsSurname));
  }

  /** The surname read as a given name (for the record's sex); undefined when the record cannot be read crossed. */
  get crossedGiven(): GivenPart | undefined {
    if (this.surnameAsGiven === undefined) return undefined;
    const crossing = (this.crossing ??= new Crossing());
    return (crossing.given ??= givenPartFor(this.surnameAsGiven, this.sex === '' ? undefined : (this.sex as Sex)));
  }

  /** The record read with surname and given name swapped (made once, when first asked); itself when it cannot be. */
  crossed(): Features {
    const [surname, given] = [this.crossedSurname, this.crossedGiven];
    if (!surname || !given) return this;
    const crossing = this.crossing!;
    crossing.view ??= new Features(this.index, surname, given, this.pt, undefined, undefined, this.dob, this.serviceKeys, this.sex, this.body);
    return crossing.view;
  }
}

/** A record read crossed: its parts, and the whole view, each made when first asked. */
class Crossing {
  surname: SurnamePart | undefined = undefined;
  given: GivenPart | undefined = undefined;
  view: Features | undefined = undefined;
}

/** Tag, DNA sample id and recovery date: the features remains add. */
interface BodyFeatures {
  readonly tag: Identifier | undefined;
  readonly dna: Identifier | undefined;
  readonly recovered: DateParts;
}

const INITIAL = /^\p{L}\.?$/u;
const isInitial = (name: string | undefined) => name !== undefined && INITIAL.test(name.trim());
const skeletonOf = (name: string | undefined) => (name ? latinSkeleton(name) : '');
const formsOf = (name: string | undefined, id: string | undefined, formsOfId: (id: string) => readonly string[]) =>
  id !== undefined ? formsOfId(id) : name ? [latinSkeleton(name)] : [];

/** A given name's class: by the name alone, else by the person's sex where that picks one class of a shared form (Саша, M). */
const givenIdOf = (name: string | undefined, sex: Sex | undefined) =>
  name ? givenNameId(name) ?? (sex ? givenNameIdForSex(name, sex) : undefined) : undefined;
const givenKey = (name: string | undefined, id: string | undefined) => (name ? id ?? latinSkeleton(name) : '');

// Lists repeat names heavily (a few thousand surnames and a few hundred given names among
// 100,000 people), so each part of the features is built once per distinct spelling and shared
// by every record that writes it: one lookup a part instead of a dozen, and one set of strings
// and arrays in memory instead of a copy per record. The features hold their parts anyway, so the
// bound only guards against a runaway: a list of a million has fewer distinct names than that.
const MAX_PARTS = 4_000_000;
const parts = <K, P>(build: (key: K) => P) => memo(build, MAX_PARTS);

// Every name key (surname, given name, patronymic: one space, so that a surname and a given name
// written alike get one number) as a small number, the same string always the same number. The
// numbers differ from run to run only in order of first sight; equal keys are equal numbers.
const keyNumber = numbering<string>();
/** The number of a name key; 0 for none. */
export const keyId = (key: string): number => (key === '' ? 0 : keyNumber(key));

const NO_SURNAME: SurnamePart = { surname: '', surnameSkeleton: '', surnameVariants: [], surnameMasculine: [], phonetic: [], surnameId: 0, serial: 0, derivation: { skeleton: '', key: '' } };
/**
 * A surname as written, read for comparison. Its phonetic codes are made when first asked: only
 * blocking the records no exact key took, and comparing surnames only somewhat alike, ask them,
 * and most surnames of a large list belong to records the exact keys take.
 */
class SurnameReading implements SurnamePart {
  readonly surname: string;
  readonly surnameSkeleton: string;
  readonly surnameVariants: readonly string[];
  readonly surnameMasculine: readonly string[];
  readonly surnameId: number;
  readonly sexShown: Sex | undefined;
  readonly serial: number;
  private codes: readonly string[] | undefined = undefined;

  constructor(private readonly spelling: string) {
    this.surname = surnameKey(spelling);
    this.surnameSkeleton = latinSkeleton(spelling);
    this.surnameVariants = surnameVariantKeys(spelling);
    this.surnameMasculine = surnameMasculineKeys(spelling);
    this.surnameId = keyId(this.surname);
    this.sexShown = surnameSex(spelling);
    this.serial = nextSerial();
  }

  get phonetic(): readonly string[] {
    return (this.codes ??= phoneticKeys(this.spelling));
  }

  private derived: DerivationView | undefined = undefined;
  /** Asked of surnames that differ, pair after pair: kept here, not looked up in a map of every surname each time. */
  get derivation(): DerivationView {
    return (this.derived ??= derivationView(this.surnameSkeleton, this.surname));
  }
}
const surnamePart = parts((name: string): SurnamePart => new SurnameReading(name));
const surnamePartOf = (name: string | undefined) => (name ? surnamePart(name) : NO_SURNAME);

const NO_GIVEN: GivenPart = { given: '', givenSkeleton: '', givenForms: [], givenKnown: false, givenCandidates: [], givenIsInitial: false, givenId: 0, serial: 0 };
/** A given name's readings: for a person of each sex (a shared form, Саша, reads by the sex), and the sex the name shows. */
interface GivenReadings {
  /** The sex a name the tables know shows (Олег, Ольга). */
  sexShown: Sex | undefined;
  M?: GivenPart;
  F?: GivenPart;
  unknown?: GivenPart;
}
const givenReadings = parts((name: string): GivenReadings => {
  const id = givenNameId(name);
  return { sexShown: id !== undefined ? givenNameSex(id) : undefined };
});
/** `readings`: givenReadings(name), where the caller has them already. */
function givenPartFor(name: string, sex: Sex | undefined, readings = givenReadings(name)): GivenPart {
  const slot = sex ?? 'unknown';
  let part = readings[slot];
  if (part === undefined) {
    const id = givenIdOf(name, sex);
    const given = givenKey(name, id);
    part = {
      given,
      givenId: keyId(given),
      serial: nextSerial(),
      givenSkeleton: skeletonOf(name),
      givenForms: formsOf(name, id, givenNameSkeletons),
      givenKnown: id !== undefined,
      givenCandidates: givenNameCandidates(name),
      givenIsInitial: isInitial(name),
    };
    readings[slot] = part;
  }
  return part;
}

const NO_PATRONYMIC: PatronymicPart = { patronymic: '', patronymicSkeleton: '', patronymicForms: [], patronymicKnown: false, patronymicIsInitial: false, patronymicId: 0, serial: 0 };
const patronymicPart = parts((name: string): PatronymicPart => {
  const id = patronymicId(name);
  const patronymic = id ?? latinSkeleton(name);
  return {
    patronymic,
    patronymicId: keyId(patronymic),
    serial: nextSerial(),
    patronymicSkeleton: latinSkeleton(name),
    patronymicForms: formsOf(name, id, patronymicSkeletons),
    patronymicKnown: id !== undefined,
    patronymicIsInitial: isInitial(name),
    sexShown: patronymicSex(name),
  };
});
const patronymicPartOf = (name: string | undefined) => (name ? patronymicPart(name) : NO_PATRONYMIC);

const NO_DATE: DateParts = { year: 0, month: 0, day: 0 };
// Many people share a birth date (a few tens of thousands of days for a list of any length).
const datePart = parts((key: number): DateParts => ({ year: Math.floor(key / 10_000), month: Math.floor(key / 100) % 100, day: key % 100 }));
/** A date as the number yyyymmdd (month and day 0 when unknown), 0 for none: how dates are shared here and cross to a worker (score-pool.ts). */
export const packDate = (date: PersonRecord['dateOfBirth']): number => (date ? date.year * 10_000 + (date.month ?? 0) * 100 + (date.day ?? 0) : 0);
const dateOf = (date: PersonRecord['dateOfBirth']) => (date ? datePart(packDate(date)) : NO_DATE);

/** `tagConvention`: how the record's list writes its tags (`tagConvention` of its column); without it, the default reading. */
export function featuresOf(record: PersonRecord, tagConvention?: TagConvention): Features {
  const surname = surnamePartOf(record.surname);
  const patronymic = patronymicPartOf(record.patronymic);
  // Where the list has no sex, the names tell it: a given name, a patronymic, a surname form, in
  // that order, the first that speaks deciding: Олег, Ольга; -ович, -івна; -ська, -ова (each read once
  // per spelling, in its part).
  const readings = record.givenName ? givenReadings(record.givenName) : undefined;
  const sex = record.sex ?? readings?.sexShown ?? patronymic.sexShown ?? surname.sexShown;
  const crosses = record.surname !== undefined && record.surname !== '' && record.givenName !== undefined && record.givenName !== '';
  const body = record.tag || record.dnaSampleId || record.recoveredOn
    ? { tag: record.tag ? readTag(record.tag, tagConvention) : undefined, dna: record.dnaSampleId ? readDnaSampleId(record.dnaSampleId) : undefined, recovered: dateOf(record.recoveredOn) }
    : undefined;
  return new Features(
    record.index,
    surname,
    readings ? givenPartFor(record.givenName!, sex, readings) : NO_GIVEN,
    patronymic,
    // Read crossed, when asked: the given name as a surname, the surname as a given name.
    crosses ? record.givenName : undefined,
    crosses ? record.surname : undefined,
    dateOf(record.dateOfBirth),
    serviceKeys(record.serviceNumber),
    sex ?? '',
    body,
  );
}
