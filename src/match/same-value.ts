// When two values of one identity field say the same thing. field-conflict asks this of matched
// pairs; the matchers use the same notion, so a pair is never matched on a value it then calls
// conflicting.
import { givenNameId, latinSkeleton, patronymicId, surnameKey } from '../names/index.js';
import type { PartialDate, PersonRecord } from '../model.js';
import { formatDate } from '../schema/dates.js';
import { sameServiceNumber, serviceKeys } from './keys.js';

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

/** Names agree when they are the same name in any script or national form (Олександр = Aleksandr). */
export function sameName(role: NameRole, x: string, y: string): boolean {
  const [kx, ky] = [NAME_KEY[role](x), NAME_KEY[role](y)];
  if (kx === ky) return true;
  return role !== 'surname' && (initialAgrees(x, y, ky) || initialAgrees(y, x, kx));
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
  value: (r: PersonRecord) => string | undefined;
  same: (x: PersonRecord, y: PersonRecord) => boolean;
}

/** The identity fields compared on every matched pair, in report order. */
export const IDENTITY_FIELDS: IdentityField[] = [
  { field: 'surname', value: (r) => r.surname, same: (x, y) => sameName('surname', x.surname!, y.surname!) },
  { field: 'given_name', value: (r) => r.givenName, same: (x, y) => sameName('given', x.givenName!, y.givenName!) },
  { field: 'patronymic', value: (r) => r.patronymic, same: (x, y) => sameName('patronymic', x.patronymic!, y.patronymic!) },
  { field: 'date_of_birth', value: (r) => r.dateOfBirth && formatDate(r.dateOfBirth), same: (x, y) => sameDate(x.dateOfBirth!, y.dateOfBirth!) },
  { field: 'service_number', value: (r) => r.serviceNumber, same: (x, y) => sameServiceNumber(serviceKeys(x.serviceNumber), serviceKeys(y.serviceNumber)) },
  { field: 'sex', value: (r) => r.sex, same: (x, y) => x.sex === y.sex },
];
