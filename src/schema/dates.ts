// Dates as clerks write them. Ukrainian and Russian documents use DD.MM.YYYY; exports and
// databases use YYYY-MM-DD or YYYYMMDD; some clerks know only the year.
import type { PartialDate } from '../model.js';

const PATTERNS: Array<{ re: RegExp; order: 'ymd' | 'dmy' | 'y' }> = [
  { re: /^(\d{4})-(\d{1,2})-(\d{1,2})$/, order: 'ymd' },
  { re: /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/, order: 'dmy' },
  { re: /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/, order: 'dmy' },
  { re: /^(\d{4})(\d{2})(\d{2})$/, order: 'ymd' },
  { re: /^(\d{4})$/, order: 'y' },
];

export const DATE_FORMATS_HINT = 'YYYY-MM-DD, DD.MM.YYYY, DD/MM/YYYY, YYYYMMDD or YYYY';

export function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A date cell, or undefined when it is not a date in any accepted format (or not a real day). */
export function parseDate(cell: string): PartialDate | undefined {
  for (const { re, order } of PATTERNS) {
    const m = re.exec(cell);
    if (!m) continue;
    const nums = m.slice(1).map(Number);
    if (order === 'y') {
      const year = nums[0]!;
      return year >= 1900 && year <= 2100 ? { year } : undefined;
    }
    const [year, month, day] = order === 'ymd' ? [nums[0]!, nums[1]!, nums[2]!] : [nums[2]!, nums[1]!, nums[0]!];
    if (year < 1900 || year > 2100 || !isRealDate(year, month, day)) return undefined;
    return { year, month, day };
  }
  return undefined;
}

/** Only the full YYYY-MM-DD form (agreement files). */
export function parseIsoDate(text: string): PartialDate | undefined {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) ? parseDate(text) : undefined;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** ISO form for reports: YYYY-MM-DD, or YYYY when only the year is known. */
export function formatDate(date: PartialDate | undefined): string {
  if (!date) return '';
  if (date.month === undefined || date.day === undefined) return pad(date.year, 4);
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}
