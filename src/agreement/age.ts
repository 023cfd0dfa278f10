// Age rule of the agreement: whole years completed on the reference date.
import type { PartialDate } from '../model.js';

export interface AgeBounds {
  min: number;
  max: number;
}

/** Whole years completed on `on` by someone born on the full date `born`. */
export function ageOn(born: Required<PartialDate>, on: Required<PartialDate>): number {
  const hadBirthday = on.month > born.month || (on.month === born.month && on.day >= born.day);
  return on.year - born.year - (hadBirthday ? 0 : 1);
}

/**
 * The possible ages of someone whose date of birth is known in part: one value for a full date,
 * a span of two for a year alone (birthday before or after the reference day).
 */
export function possibleAges(born: PartialDate, on: Required<PartialDate>): AgeBounds {
  if (born.month !== undefined && born.day !== undefined) {
    const age = ageOn(born as Required<PartialDate>, on);
    return { min: age, max: age };
  }
  return { min: on.year - born.year - 1, max: on.year - born.year };
}
