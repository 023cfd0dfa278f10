// Bodies of the fallen: a body number (tag) on body, bag and effects, a DNA sample, where and
// when the body was recovered. The receiving side's clerk rewrites the tag in his own format.
import { addDays, fromDayNumber, toDayNumber, type SimpleDate } from './dates.js';
import type { RemainsRates } from './options.js';
import type { Rng } from '../random.js';
import type { Place } from './tables.js';

export interface Body {
  /** Unique body number; the tag is built from it and the recovery year. */
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

/** A 7-digit sample number unique per body: multiplying by a number coprime to 10^7 permutes them. */
function dnaId(id: number, year: number): string {
  const serial = (id * 7919 + 104729) % 10_000_000;
  return `DNA-${String(year % 100).padStart(2, '0')}-${String(serial).padStart(7, '0')}`;
}

const FIRST_RECOVERY: SimpleDate = { y: 2023, m: 1, d: 1 };

export function makeBody(id: number, reference: SimpleDate, rates: RemainsRates, places: readonly Place[], rng: Rng): Body {
  const recoveredOn = fromDayNumber(rng.range(toDayNumber(FIRST_RECOVERY), toDayNumber(addDays(reference, -14))));
  const identified = rng.chance(rates.identified);
  return {
    number: id + 1,
    recoveredOn,
    place: rng.pick(places),
    dna: dnaId(id, recoveredOn.y),
    identified,
    identityKnownA: identified && rng.chance(rates.identityKnownA),
    identityKnownB: identified && rng.chance(rates.identityKnownB),
  };
}

/** Tag as side B writes it: reformatted, or (tag-conflict) another body's number. */
export function writeTagB(body: Body, rates: RemainsRates, rng: Rng): string {
  const year = body.recoveredOn.y;
  // A conflict is usually the bag next to it: a number a few away.
  const shift = rng.pick([1, 2, 3]) * (body.number > 3 && rng.chance(0.5) ? -1 : 1);
  const number = rng.chance(rates.tagConflict) ? body.number + shift : body.number;
  return rng.chance(rates.tagReformatted) ? rng.pick(TAG_FORMATS)(year, number) : canonicalTag(year, number);
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
