// Dates as clerks write them. Ukrainian and Russian documents use DD.MM.YYYY, often with a year
// word (`р.`, `г.`) or a month name; exports and databases use YYYY-MM-DD or YYYYMMDD; a
// spreadsheet gives date-time cells or bare day serials; some clerks know only the year.
// Two-digit years and serials are read only where the field's kind and the agreement's reference
// date leave one plausible reading (see README "Input lists", "Dates").
import { possibleAges } from '../agreement/age.js';
import { readDataJson } from '../data.js';
import type { PartialDate, RedactedDate } from '../model.js';

/** `birth`: a date of birth; `event`: a capture or recovery date. */
export type DateKind = 'birth' | 'event';

export interface DateContext {
  kind: DateKind;
  /** The agreement's reference date, YYYY-MM-DD. */
  referenceDate: string;
  /** Told why a cell was refused, in words fit for an `invalid-value` finding. */
  onProblem?: (problem: string) => void;
}

/** A date of birth is plausible when the age on the reference date can fall in this range. */
export const BIRTH_AGES = { min: 14, max: 100 } as const;
/** An event date is plausible from this year up to the reference date. */
export const EARLIEST_EVENT_YEAR = 1990;
/** Spreadsheet day serials read as dates (1900 date system): 1 = 1900-01-01, 60000 = 2064-04-08. */
export const SERIALS = { min: 1, max: 60000 } as const;

export const DATE_FORMATS_HINT = 'YYYY-MM-DD, DD.MM.YYYY, DD.MM.YY, DD/MM/YYYY, YYYYMMDD, YYYY, 14 березня 1988 or March 14, 1988';

const MONTHS: ReadonlyMap<string, number> = (() => {
  const data = readDataJson('months.json') as { months: Array<{ month: number; uk: string[]; ru: string[]; en: string[] }> };
  const index = new Map<string, number>();
  for (const { month, uk, ru, en } of data.months) {
    for (const form of [...uk, ...ru, ...en]) {
      const known = index.get(form);
      if (known !== undefined && known !== month) throw new Error(`data/months.json: "${form}" names months ${known} and ${month}`);
      index.set(form, month);
    }
  }
  return index;
})();

/** The month a word names (any case, any of the three languages), or undefined. */
export function monthOf(word: string): number | undefined {
  return MONTHS.get(word.toLowerCase());
}

export function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** ISO form for reports: YYYY-MM-DD, or YYYY when only the year is known (a redacted date: its pseudonym). */
export function formatDate(date: PartialDate | undefined): string {
  if (!date) return '';
  // A redacted date of birth shows only its pseudonym.
  if ('pseudonym' in date) return (date as RedactedDate).pseudonym;
  if (date.month === undefined || date.day === undefined) return pad(date.year, 4);
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

/** Only the full YYYY-MM-DD form (agreement files). */
export function parseIsoDate(text: string): PartialDate | undefined {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) ? parseDate(text) : undefined;
}

// A date as the cell wrote it: `year` has `yearDigits` digits (2: century still to settle).
interface Written {
  year: number;
  yearDigits: number;
  month?: number;
  day?: number;
}

// Numeric shapes, tried in order: groups 1, 3 and 4 are the numbers in `order`; group 2 is the
// separator, which must be the same both times (`04.03/2001` is no date).
const NUMERIC: Array<{ re: RegExp; order: 'ymd' | 'dmy' | 'y' }> = [
  { re: /^(\d{4})([-./])(\d{1,2})\2(\d{1,2})$/, order: 'ymd' },
  { re: /^(\d{1,2})([-./])(\d{1,2})\2(\d{4}|\d{2})$/, order: 'dmy' },
  { re: /^(\d{4})()(\d{2})(\d{2})$/, order: 'ymd' },
  { re: /^(\d{4})$/, order: 'y' },
];

// Word shapes: each token is `n` (digits) or `w` (a word, which must be a month name).
// `n w n` 14 березня 1988 · `w n n` March 14, 1988 · `w n` березень 1988 (month and year).
const WORDED = new Set(['nwn', 'wnn', 'wn']);

const TIME = /[ t](\d{1,2}):([0-5]\d)(?::[0-5]\d(?:\.\d+)?)?$/;
// `р.`, `року`, `г.`, `года`, `year`, and `р. н.` / `г. р.` (year of birth), after the last digit.
const YEAR_WORD = /(\d)\s*(?:року|рік|р\.?\s*н|р|года|год|г\.?\s*р|г|years?|y)\.?$/u;

/**
 * A date cell, or undefined when it cannot be read (the reason goes to `context.onProblem`).
 * Without a context, two-digit years and spreadsheet serials are not read: they need the field's
 * kind and the reference date to be settled.
 */
export function parseDate(cell: string, context?: DateContext): PartialDate | undefined {
  const refuse = (problem: string): undefined => {
    context?.onProblem?.(problem);
    return undefined;
  };
  let text = cell.trim().toLowerCase().replace(/\s+/g, ' ');
  const time = TIME.exec(text);
  if (time && Number(time[1]) < 24) text = text.slice(0, time.index).trim();
  text = text.replace(YEAR_WORD, '$1').replace(/(\d)(?:st|nd|rd|th)\b/g, '$1');

  const written = readWritten(text);
  if (written === 'serial') return readSerial(Number(text), context, refuse);
  if (typeof written === 'string') return refuse(written);
  let { month, day } = written;
  // Day 0 (`00.00.1990`, `00.05.1990`, `1990-00-00`) is how a clerk writes "day not known" (and
  // month 0 with it, "month not known"): read as the year alone, as a month without a day is.
  // Month 0 with a day (`15.00.1990`) is no date; said as such, where the length of month 0 (the
  // December before, to Date.UTC) once made "1990-00 has 31 days".
  if (day === 0) {
    day = undefined;
    if (month === 0) month = undefined;
  }
  if (month !== undefined && (month < 1 || month > 12)) return refuse(`there is no month ${month}`);
  const years = written.yearDigits === 4 ? [written.year] : [1900 + written.year, 2000 + written.year];
  if (written.yearDigits === 4 && (written.year < 1900 || written.year > 2100)) return refuse(`the year ${written.year} is outside 1900–2100`);
  const real = years.filter((year) => day === undefined || isRealDate(year, month!, day));
  if (real.length === 0) {
    const length = new Date(Date.UTC(years[0]!, month!, 0)).getUTCDate();
    return refuse(years.length > 1 ? `not a real day in ${years.join(' or ')}` : `not a real day (${years[0]}-${pad(month!, 2)} has ${length} days)`);
  }
  // A month without a day is kept as the year alone: the matcher and the age rule know only
  // full dates and years.
  const make = (year: number): PartialDate => (day === undefined ? { year } : { year, month: month!, day });
  if (years.length === 1) return bornByReference(make(years[0]!), context, refuse);

  if (!context) return refuse('a two-digit year needs the reference date to settle the century');
  const reference = parseIsoDate(context.referenceDate) as Required<PartialDate>;
  const plausible = real.filter((year) => isPlausible(make(year), context.kind, reference));
  if (plausible.length === 1) return make(plausible[0]!);
  const yy = pad(written.year, 2);
  const readings = years.map((year) => `${year} (${describe(make(year), context.kind, reference, real.includes(year))})`).join(plausible.length ? ' and ' : ' nor ');
  return refuse(`two-digit year ${yy}: ${plausible.length ? 'both' : 'neither'} ${readings} ${plausible.length ? 'are' : 'is'} plausible for ${rule(context)}; write the year in full`);
}

/**
 * A date of birth written in full that falls after the reference date (`2100-01-01`) is no date
 * of birth: refused, like a day that does not exist. One before 1900 is refused with the year
 * (above). Capture and recovery dates written in full are kept as written.
 */
function bornByReference(date: PartialDate, context: DateContext | undefined, refuse: (problem: string) => undefined): PartialDate | undefined {
  if (context?.kind !== 'birth') return date;
  const reference = parseIsoDate(context.referenceDate) as Required<PartialDate>;
  if (!isAfter(date, reference)) return date;
  return refuse(`a date of birth after the reference date ${context.referenceDate}: ${formatDate(date)}`);
}

/** The cell's shape: a written date, 'serial' for a bare number, or the reason it is no date. */
function readWritten(text: string): Written | 'serial' | string {
  const unknown = `not a date in a known format (${DATE_FORMATS_HINT})`;
  for (const { re, order } of NUMERIC) {
    const m = re.exec(text);
    if (!m) continue;
    if (order === 'y') {
      const year = Number(m[1]);
      if (year >= 1900 && year <= 2100) return { year, yearDigits: 4 };
      continue; // not a year: perhaps a spreadsheet day number
    }
    const [a, b, c] = [m[1]!, m[3]!, m[4]!];
    const [y, mo, d] = order === 'ymd' ? [a, b, c] : [c, b, a];
    return { year: Number(y), yearDigits: y.length, month: Number(mo), day: Number(d) };
  }
  if (/^\d{1,5}$/.test(text)) return 'serial';
  if (!/^[\p{L}\d .,/-]+$/u.test(text)) return unknown;
  const tokens = text.match(/\p{L}+|\d+/gu) ?? [];
  const shape = tokens.map((t) => (/\d/.test(t) ? 'n' : 'w')).join('');
  if (!WORDED.has(shape)) return unknown;
  const word = tokens.find((t) => !/\d/.test(t))!;
  const month = monthOf(word);
  if (month === undefined) return `"${word}" is not a month name known in Ukrainian, Russian or English`;
  const numbers = tokens.filter((t) => /\d/.test(t));
  const yearText = numbers[numbers.length - 1]!;
  const dayText = numbers.length > 1 ? numbers[0]! : undefined;
  // Month and year: only a four-digit year (`березень 88` could as well be a day and a month).
  if (!/^(\d{4}|\d{2})$/.test(yearText) || (dayText === undefined && yearText.length !== 4)) return unknown;
  if (dayText !== undefined && !/^\d{1,2}$/.test(dayText)) return unknown;
  return { year: Number(yearText), yearDigits: yearText.length, month, day: dayText === undefined ? undefined : Number(dayText) };
}

/** A bare integer as a spreadsheet day serial (1900 date system, with its 1900-02-29). */
function readSerial(serial: number, context: DateContext | undefined, refuse: (problem: string) => undefined): PartialDate | undefined {
  if (!context) return refuse(`not a date in a known format (${DATE_FORMATS_HINT})`);
  if (serial < SERIALS.min || serial > SERIALS.max) return refuse(`${serial} is not a year in 1900–2100, and as a spreadsheet day number it is outside ${SERIALS.min}–${SERIALS.max}`);
  if (serial === 60) return refuse('spreadsheet day 60 is 1900-02-29, a day that never was');
  // Day 1 is 1900-01-01; the spreadsheet counts a 29 February 1900, so later days are one short.
  const day = new Date(Date.UTC(1899, 11, serial < 60 ? 31 : 30) + serial * 86_400_000);
  const date = { year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate() };
  const reference = parseIsoDate(context.referenceDate) as Required<PartialDate>;
  if (isPlausible(date, context.kind, reference)) return date;
  return refuse(`${serial} is not a year in 1900–2100, and as a spreadsheet day number it is ${formatDate(date)} (${describe(date, context.kind, reference, true)}), not plausible for ${rule(context)}`);
}

function isPlausible(date: PartialDate, kind: DateKind, reference: Required<PartialDate>): boolean {
  if (kind === 'birth') {
    const ages = possibleAges(date, reference);
    return ages.max >= BIRTH_AGES.min && ages.min <= BIRTH_AGES.max;
  }
  return date.year >= EARLIEST_EVENT_YEAR && !isAfter(date, reference);
}

function isAfter(date: PartialDate, reference: Required<PartialDate>): boolean {
  if (date.month === undefined || date.day === undefined) return date.year > reference.year;
  return formatDate(date) > formatDate(reference);
}

function describe(date: PartialDate, kind: DateKind, reference: Required<PartialDate>, real: boolean): string {
  if (!real) return 'no such day';
  if (kind === 'birth') {
    const { min, max } = possibleAges(date, reference);
    return min === max ? `age ${min}` : `age ${min}–${max}`;
  }
  if (date.year < EARLIEST_EVENT_YEAR) return `before ${EARLIEST_EVENT_YEAR}`;
  return isAfter(date, reference) ? 'after the reference date' : 'in range';
}

function rule(context: DateContext): string {
  return context.kind === 'birth'
    ? `a date of birth (age ${BIRTH_AGES.min}–${BIRTH_AGES.max} on the reference date ${context.referenceDate})`
    : `this date (${EARLIEST_EVENT_YEAR} to the reference date ${context.referenceDate})`;
}
