// When two values of one identity field say the same thing. field-conflict asks this of matched
// pairs; the matchers use the same notion, so a pair is never matched on a value it then calls
// conflicting.
import { givenNameId, givenNameSkeletons, normaliseText, givenNamesMayAgree, latinSkeleton, nameSimilarity, patronymicId, patronymicSkeletons, surnameKey, surnameVariantKeys } from '../names/index.js';
import { similarity, withinEdits } from './engine/similarity.js';
import type { PartialDate, PersonRecord } from '../model.js';
import { genderFormsDiffer, surnameDerivationsDiffer } from '../names/surname.js';
import { formatDate } from '../schema/dates.js';
import { hasServiceKey, ownServiceKey, sameServiceNumber, serviceKeys } from './keys.js';

export type NameRole = 'surname' | 'given' | 'patronymic';

const NAME_KEY: Record<NameRole, (name: string) => string> = {
  surname: surnameKey,
  given: (name) => givenNameId(name) ?? latinSkeleton(name),
  patronymic: (name) => patronymicId(name) ?? latinSkeleton(name),
};

const INITIAL = /^\p{L}\.?$/u;

/** A bare initial (`В.`) agrees with a full given name or patronymic that begins with it. */
function initialAgrees(initial: string, name: string, nameKey: string): boolean {
  if (!INITIAL.test(initial.trim()) || INITIAL.test(name.trim())) return false;
  const letter = latinSkeleton(initial);
  return latinSkeleton(name).startsWith(letter) || nameKey.startsWith(letter);
}

/**
 * Names agree when they are the same name in any script or national form: Олександр = Aleksandr
 * = Александр, Різник = Резник (a Ukrainian і for a Russian е or о), Пилипенко = Филиппенко.
 */
export function sameName(role: NameRole, x: string, y: string): boolean {
  const [kx, ky] = [NAME_KEY[role](x), NAME_KEY[role](y)];
  if (kx === ky) return true;
  if (role === 'surname') return surnameVariantKeys(x).includes(ky) || surnameVariantKeys(y).includes(kx);
  // A form shared by several classes (Саша: Олександр or Олександра) agrees with each of them.
  if (role === 'given' && givenNamesMayAgree(x, y)) return true;
  return initialAgrees(x, y, ky) || initialAgrees(y, x, kx);
}

/** Similarity above which two names that disagree are read as one name misspelt. */
const SPELLING_SIMILARITY = 0.84;

/**
 * One slip apart (a letter dropped, doubled, changed or two swapped: Пиип for Пилип), as written
 * or in the skeleton (which also folds a change of script).
 */
function slipApart(x: string, y: string): boolean {
  const [sx, sy] = [latinSkeleton(x), latinSkeleton(y)];
  if (sx !== '' && sy !== '' && withinEdits(sx, sy, 1)) return true;
  return withinEdits(normaliseText(x).toLowerCase(), normaliseText(y).toLowerCase(), 1);
}

/**
 * How two names that do not agree differ: `spelling` when they read as one name written
 * differently (a typo, a letter dropped), `names` when they are two names (Іван and Ян, a
 * feminine and a masculine surname, two names the tables both know).
 */
export function nameDifference(role: NameRole, x: string, y: string): 'spelling' | 'names' {
  if (role === 'surname') {
    if (genderFormsDiffer(x, y) || surnameDerivationsDiffer(x, y)) return 'names';
    const best = Math.max(nameSimilarity(x, y), similarity(surnameKey(x), surnameKey(y)));
    return best >= SPELLING_SIMILARITY || slipApart(x, y) ? 'spelling' : 'names';
  }
  const [ix, iy] = role === 'given' ? [givenNameId(x), givenNameId(y)] : [patronymicId(x), patronymicId(y)];
  if (ix !== undefined && iy !== undefined && ix !== iy) return 'names';
  // A name the tables do not know is measured against every form of the other's class (Никлай
  // against Николай, the Russian form of Микола), as the matcher does.
  const formsOf = role === 'given' ? givenNameSkeletons : patronymicSkeletons;
  const forms = (id: string | undefined, other: string) => (id === undefined ? [] : formsOf(id).map((form) => similarity(form, latinSkeleton(other))));
  const best = Math.max(nameSimilarity(x, y), ...forms(ix, y), ...forms(iy, x));
  return best >= SPELLING_SIMILARITY || slipApart(x, y) ? 'spelling' : 'names';
}

/** sameServiceNumber of two written numbers; their own keys first, which settle most pairs without the Latin readings. */
function sameServiceText(x: string | undefined, y: string | undefined): boolean {
  // One text is one number, if it is a number at all (dashes alone have no key, and agree with
  // nothing): most matched pairs write it alike, and are told without making its key.
  if (x === y) return hasServiceKey(x);
  const own = ownServiceKey(x);
  if (own !== '' && own === ownServiceKey(y)) return true;
  return sameServiceNumber(serviceKeys(x), serviceKeys(y));
}

/** A partial date agrees with a full one when the parts it has are equal. */
export function sameDate(x: PartialDate, y: PartialDate): boolean {
  if (x.year !== y.year) return false;
  if (x.month === undefined || y.month === undefined) return true;
  if (x.month !== y.month) return false;
  return x.day === undefined || y.day === undefined || x.day === y.day;
}

export interface IdentityField {
  field: string;
  /** For a name, the role whose equivalences decide agreement. */
  role?: NameRole;
  value: (r: PersonRecord) => string | undefined;
  same: (x: PersonRecord, y: PersonRecord) => boolean;
  /**
   * Whether a record fills the field, where `value` costs more than asking (a date is formatted
   * as text): then the text is made only for the pairs that disagree.
   */
  fills?: (r: PersonRecord) => boolean;
}

/** The identity fields compared on every matched pair, in report order. */
export const IDENTITY_FIELDS: IdentityField[] = [
  { field: 'surname', role: 'surname', value: (r) => r.surname, same: (x, y) => sameName('surname', x.surname!, y.surname!) },
  { field: 'given_name', role: 'given', value: (r) => r.givenName, same: (x, y) => sameName('given', x.givenName!, y.givenName!) },
  { field: 'patronymic', role: 'patronymic', value: (r) => r.patronymic, same: (x, y) => sameName('patronymic', x.patronymic!, y.patronymic!) },
  {
    field: 'date_of_birth', value: (r) => r.dateOfBirth && formatDate(r.dateOfBirth), same: (x, y) => sameDate(x.dateOfBirth!, y.dateOfBirth!),
    fills: (r) => r.dateOfBirth !== undefined,
  },
  { field: 'service_number', value: (r) => r.serviceNumber, same: (x, y) => sameServiceText(x.serviceNumber, y.serviceNumber) },
  { field: 'sex', value: (r) => r.sex, same: (x, y) => x.sex === y.sex },
];
