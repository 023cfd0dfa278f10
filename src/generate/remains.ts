// Bodies of the fallen: a body number (tag) on body, bag and effects, a DNA sample, where and
// when the body was recovered. The receiving side's clerk rewrites the tag in his own format, or
// keeps his own register numbered `YEAR/SERIAL`.
import { addDays, fromDayNumber, toDayNumber, type SimpleDate } from './dates.js';
import type { RemainsRates } from './options.js';
import type { Rng } from '../random.js';
import type { Place } from './tables.js';

export interface Body {
  /**
   * Serial of the body in the register of its year of recovery: each year counts from 1, so
   * `UA-2024-000123` and `UA-2025-000123` are two bodies. The tag is built from it and the year.
   */
  number: number;
  recoveredOn: SimpleDate;
  place: Place;
  dna: string;
  identified: boolean;
  /** The side writes the identity (name, birth, service number) of this body. */
  identityKnownA: boolean;
  identityKnownB: boolean;
}

const pad6 = (n: number): string => String(n).padStart(6, '0');
const pad4 = (n: number): string => String(n).padStart(4, '0');

export function canonicalTag(year: number, number: number): string {
  return `UA-${year}-${pad6(number)}`;
}

// Ways the other side writes the same tag: no prefix, no dashes, no leading zeros, Cyrillic УА.
const TAG_FORMATS: ((year: number, number: number) => string)[] = [
  (y, n) => `UA${y}${pad6(n)}`,
  (y, n) => `${y}-${pad6(n)}`,
  (y, n) => `UA-${y}-${n}`,
  (y, n) => `УА-${y}-${pad6(n)}`,
  (y, n) => `ua ${y} ${pad6(n)}`,
  (_y, n) => `№${n}`,
];

// B's own register, numbered within the year (`2024/37`): the clerk's usual form, and now and then
// spaces, zero padding, the serial first, a prefix word, the serial alone, or A's tag copied.
const yearRegisterTag = (y: number, n: number): string => `${y}/${n}`;
const YEAR_REGISTER_FORMATS: ((year: number, number: number) => string)[] = [
  (y, n) => `${y} / ${n}`,
  (y, n) => `${y}/${pad4(n)}`,
  (y, n) => `${n}/${y}`,
  (y, n) => `№ ${y}/${n}`,
  (y, n) => `бирка ${y}/${n}`,
  (_y, n) => `№${n}`,
  (y, n) => canonicalTag(y, n),
];

/** A 7-digit sample number unique per body: multiplying by a number coprime to 10^7 permutes them. */
function dnaId(id: number, year: number): string {
  const serial = (id * 7919 + 104729) % 10_000_000;
  return `DNA-${String(year % 100).padStart(2, '0')}-${String(serial).padStart(7, '0')}`;
}

const FIRST_RECOVERY: SimpleDate = { y: 2023, m: 1, d: 1 };

const gcd = (x: number, y: number): number => (y === 0 ? x : gcd(y, x % y));

/** A step near 0.618 of `n` that visits every slot of 0..n-1 once (it is coprime with n). */
function stride(n: number): number {
  let step = Math.max(1, Math.round(n * 0.618));
  while (gcd(step, n) !== 1) step++;
  return step;
}

/**
 * The year and serial of body `id`, without counting the bodies before it: ids are dealt over the
 * days of the recovery period, one round after another (a coprime stride visits each day once per
 * round, so years get bodies in proportion to their days). The day's year is the body's; the
 * round and the day's place in that year give a serial unique in the year, restarting each year.
 * The last round, partly dealt, leaves gaps in the serials, as the bodies of a register that are
 * not in this exchange do.
 */
function yearAndSerial(id: number, first: number, last: number): { year: number; start: number; end: number; serial: number } {
  const days = last - first + 1;
  const slot = first + ((id * stride(days)) % days);
  const year = fromDayNumber(slot).y;
  const start = Math.max(first, toDayNumber({ y: year, m: 1, d: 1 }));
  const end = Math.min(last, toDayNumber({ y: year, m: 12, d: 31 }));
  return { year, start, end, serial: Math.floor(id / days) * (end - start + 1) + (slot - start) + 1 };
}

export function makeBody(id: number, reference: SimpleDate, rates: RemainsRates, places: readonly Place[], rng: Rng): Body {
  const first = toDayNumber(FIRST_RECOVERY);
  const { start, end, serial } = yearAndSerial(id, first, Math.max(first, toDayNumber(addDays(reference, -14))));
  // The day itself is drawn within the year, so neighbouring serials are not neighbouring days.
  const recoveredOn = fromDayNumber(rng.range(start, end));
  const identified = rng.chance(rates.identified);
  return {
    number: serial,
    recoveredOn,
    place: rng.pick(places),
    dna: dnaId(id, recoveredOn.y),
    identified,
    identityKnownA: identified && rng.chance(rates.identityKnownA),
    identityKnownB: identified && rng.chance(rates.identityKnownB),
  };
}

/**
 * Whether B keeps a year register (`YEAR/SERIAL`): decided once per list, from B's seed (a fork
 * depends on the seed only, not on how much of the stream was drawn).
 */
export const keepsYearRegister = (rates: RemainsRates, rng: Rng): boolean => rng.fork('year-register').chance(rates.yearRegisterB);

/** Tag as side B writes it: reformatted, or (tag-conflict) another body's number. */
export function writeTagB(body: Body, rates: RemainsRates, rng: Rng): string {
  const year = body.recoveredOn.y;
  // A conflict is usually the bag next to it: a number a few away.
  const shift = rng.pick([1, 2, 3]) * (body.number > 3 && rng.chance(0.5) ? -1 : 1);
  const number = rng.chance(rates.tagConflict) ? body.number + shift : body.number;
  const [usual, others] = keepsYearRegister(rates, rng) ? [yearRegisterTag, YEAR_REGISTER_FORMATS] : [canonicalTag, TAG_FORMATS];
  return rng.chance(rates.tagReformatted) ? rng.pick(others)(year, number) : usual(year, number);
}

/** DNA sample id as side B writes it: the same, missing, or (dna-conflict) another sample's. */
export function writeDnaB(body: Body, rates: RemainsRates, rng: Rng): string {
  if (rng.chance(rates.dnaMissingB)) return '';
  if (!rng.chance(rates.dnaConflict)) return body.dna;
  const serial = body.dna.slice(-4);
  let other = serial;
  while (other === serial) other = String(rng.int(10_000)).padStart(4, '0');
  return body.dna.slice(0, -4) + other;
}
