// How a clerk writes a date of birth: right, or with one of the usual slips. At most one slip
// per cell, so each can be recognised by comparing the cell with the true date.
import { isValidDate, type SimpleDate } from './dates.js';
import type { NoiseRates } from './options.js';
import type { Rng } from '../random.js';

export type DateFormatter = (date: SimpleDate) => string;

/** Change one of the eight digits so that the result is still a plausible date. */
function digitTypo(date: SimpleDate, rng: Rng, latestYear: number): SimpleDate | undefined {
  const digits = `${date.y}${String(date.m).padStart(2, '0')}${String(date.d).padStart(2, '0')}`;
  for (let attempt = 0; attempt < 10; attempt++) {
    const i = rng.int(digits.length);
    const changed = digits.slice(0, i) + String(rng.int(10)) + digits.slice(i + 1);
    if (changed === digits) continue;
    const y = Number(changed.slice(0, 4));
    const m = Number(changed.slice(4, 6));
    const d = Number(changed.slice(6, 8));
    if (y >= 1940 && y <= latestYear && isValidDate(y, m, d)) return { y, m, d };
  }
  return undefined;
}

export function writeDate(
  date: SimpleDate,
  rates: NoiseRates,
  rng: Rng,
  format: DateFormatter,
  latestYear: number,
): string {
  // One draw picks at most one slip; the thresholds add up the rates.
  let r = rng.next();
  if ((r -= rates.dateMissing) < 0) return '';
  if ((r -= rates.yearOnly) < 0) return String(date.y);
  if ((r -= rates.dayMonthSwapped) < 0) {
    const swappable = date.d <= 12 && date.d !== date.m;
    return format(swappable ? { y: date.y, m: date.d, d: date.m } : date);
  }
  if ((r -= rates.yearOffByOne) < 0) {
    const y = date.y + (rng.chance(0.5) ? 1 : -1);
    return format(isValidDate(y, date.m, date.d) ? { ...date, y } : date);
  }
  if ((r -= rates.dateDigitTypo) < 0) return format(digitTypo(date, rng, latestYear) ?? date);
  return format(date);
}
