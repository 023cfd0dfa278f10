// Calendar dates as plain numbers. Date.UTC is used only for day arithmetic, never the clock.

export interface SimpleDate {
  y: number;
  m: number;
  d: number;
}

const DAY_MS = 86_400_000;

export function parseIsoDate(text: string): SimpleDate {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match || !isValidDate(Number(match[1]), Number(match[2]), Number(match[3]))) {
    throw new RangeError(`not a YYYY-MM-DD date: ${text}`);
  }
  return { y: Number(match[1]), m: Number(match[2]), d: Number(match[3]) };
}

export function isValidDate(y: number, m: number, d: number): boolean {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return false;
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function toDayNumber(date: SimpleDate): number {
  return Math.round(Date.UTC(date.y, date.m - 1, date.d) / DAY_MS);
}

export function fromDayNumber(day: number): SimpleDate {
  const date = new Date(day * DAY_MS);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

export function addDays(date: SimpleDate, days: number): SimpleDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** The same day `years` earlier or later; 29 February falls back to the 28th. */
export function shiftYears(date: SimpleDate, years: number): SimpleDate {
  const y = date.y + years;
  return { y, m: date.m, d: isValidDate(y, date.m, date.d) ? date.d : date.d - 1 };
}

/** Whole years completed on `on` (the agreement's definition of age). */
export function ageOn(birth: SimpleDate, on: SimpleDate): number {
  const hadBirthday = on.m > birth.m || (on.m === birth.m && on.d >= birth.d);
  return on.y - birth.y - (hadBirthday ? 0 : 1);
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

export function formatIso(date: SimpleDate): string {
  return `${pad(date.y, 4)}-${pad(date.m, 2)}-${pad(date.d, 2)}`;
}

export function formatDmy(date: SimpleDate): string {
  return `${pad(date.d, 2)}.${pad(date.m, 2)}.${pad(date.y, 4)}`;
}
