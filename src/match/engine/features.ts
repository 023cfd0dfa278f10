// Compact comparison features of a record, computed once per record: every key a comparison
// or a blocking pass needs, already normalised across scripts. Comparisons then only compare
// short strings and numbers.
import { givenNameCandidates, givenNameId, givenNameIdForSex, givenNameSkeletons, latinSkeleton, patronymicId, patronymicSkeletons, phoneticKeys, surnameKey, surnameMasculineKeys, surnameVariantKeys } from '../../names/index.js';
import { sexOfNames } from '../../names/sex.js';
import type { PersonRecord, Sex } from '../../model.js';
import { readDnaSampleId, readTag, type Identifier, type TagConvention } from '../../remains/identifier.js';
import { serviceKeys } from '../keys.js';

export interface Features {
  index: number;
  /** Surname key (skeleton with Ukrainian/Russian surname rules collapsed); '' when missing. */
  surname: string;
  /** The surname's skeleton (its letters before the Ukrainian/Russian rules). */
  surnameSkeleton: string;
  /** Keys of the Russian forms a Ukrainian surname takes where its і stands for е or о (Різник: резник, розник). */
  surnameVariants: readonly string[];
  /** Keys of the masculine forms of a feminine surname (Петрова: петров), which belong to another person. */
  surnameMasculine: readonly string[];
  /** Given-name id from the equivalence tables, or its skeleton; '' when missing. */
  given: string;
  /** The given name's skeleton; an initial (`Ю.`) agrees with a name it begins. */
  givenSkeleton: string;
  /** Skeletons of every listed form of the given name's class (its own skeleton when unlisted). */
  givenForms: readonly string[];
  /** Whether the equivalence tables know the given name. */
  givenKnown: boolean;
  /** Every class the given name may belong to (Георгий: Юрій's and Єгор's; Саша: Олександр's and Олександра's). */
  givenCandidates: readonly string[];
  /** Whether the given name is a bare initial. */
  givenIsInitial: boolean;
  patronymic: string;
  patronymicSkeleton: string;
  patronymicForms: readonly string[];
  patronymicKnown: boolean;
  patronymicIsInitial: boolean;
  /** Daitch–Mokotoff codes of the surname. */
  phonetic: string[];
  /** Date of birth as numbers; day and month 0 when unknown. */
  year: number;
  month: number;
  day: number;
  /** The service number's key, and every Latin reading of it (Cyrillic letters by look and by sound). */
  service: string;
  serviceKeys: readonly string[];
  sex: string;
  /** Body tag and DNA sample id of remains, read across the clerks' formats; undefined when missing. */
  tag: Identifier | undefined;
  dna: Identifier | undefined;
  /** Recovery date of remains, as the date of birth above. */
  recovered: { year: number; month: number; day: number };
  /** The same person read with surname and given name swapped (clerks swap them). */
  swapped?: Pick<Features, 'surname' | 'surnameSkeleton' | 'surnameVariants' | 'surnameMasculine' | 'given' | 'givenSkeleton' | 'givenForms' | 'givenKnown' | 'givenCandidates' | 'givenIsInitial' | 'phonetic'>;
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
const patronymicKey = (name: string | undefined) => (name ? patronymicId(name) ?? latinSkeleton(name) : '');
const surnameOf = (name: string | undefined) => (name ? surnameKey(name) : '');

/** `tagConvention`: how the record's list writes its tags (`tagConvention` of its column); without it, the default reading. */
export function featuresOf(record: PersonRecord, tagConvention?: TagConvention): Features {
  const dob = record.dateOfBirth;
  const services = serviceKeys(record.serviceNumber);
  // Where the list has no sex, the names tell it (a given name, a patronymic, a surname form).
  const sex = record.sex ?? sexOfNames(record);
  const givenId = givenIdOf(record.givenName, sex);
  const features: Features = {
    index: record.index,
    surname: surnameOf(record.surname),
    surnameSkeleton: skeletonOf(record.surname),
    surnameVariants: record.surname ? surnameVariantKeys(record.surname) : [],
    surnameMasculine: record.surname ? surnameMasculineKeys(record.surname) : [],
    given: givenKey(record.givenName, givenId),
    givenSkeleton: skeletonOf(record.givenName),
    givenForms: formsOf(record.givenName, givenId, givenNameSkeletons),
    givenKnown: givenId !== undefined,
    givenCandidates: record.givenName ? givenNameCandidates(record.givenName) : [],
    givenIsInitial: isInitial(record.givenName),
    patronymic: patronymicKey(record.patronymic),
    patronymicSkeleton: skeletonOf(record.patronymic),
    patronymicForms: formsOf(record.patronymic, record.patronymic ? patronymicId(record.patronymic) : undefined, patronymicSkeletons),
    patronymicKnown: record.patronymic !== undefined && patronymicId(record.patronymic) !== undefined,
    patronymicIsInitial: isInitial(record.patronymic),
    phonetic: record.surname ? phoneticKeys(record.surname) : [],
    year: dob?.year ?? 0,
    month: dob?.month ?? 0,
    day: dob?.day ?? 0,
    service: services[0] ?? '',
    serviceKeys: services,
    sex: sex ?? '',
    tag: readTag(record.tag, tagConvention),
    dna: readDnaSampleId(record.dnaSampleId),
    recovered: { year: record.recoveredOn?.year ?? 0, month: record.recoveredOn?.month ?? 0, day: record.recoveredOn?.day ?? 0 },
  };
  if (record.surname && record.givenName) {
    const swappedId = givenIdOf(record.surname, sex);
    features.swapped = {
      surname: surnameOf(record.givenName),
      surnameSkeleton: skeletonOf(record.givenName),
      surnameVariants: surnameVariantKeys(record.givenName),
      surnameMasculine: surnameMasculineKeys(record.givenName),
      given: givenKey(record.surname, swappedId),
      givenSkeleton: skeletonOf(record.surname),
      givenForms: formsOf(record.surname, swappedId, givenNameSkeletons),
      givenKnown: swappedId !== undefined,
      givenCandidates: givenNameCandidates(record.surname),
      givenIsInitial: isInitial(record.surname),
      phonetic: phoneticKeys(record.givenName),
    };
  }
  return features;
}
