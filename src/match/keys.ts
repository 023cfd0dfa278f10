// Exact comparison keys of a record. Shared by the exact matcher, the first pass of the scored
// engine and duplicate detection, so that "the same key" means one thing everywhere.
import { exactKey } from '../names/normalise.js';
import type { PersonRecord } from '../model.js';
import { formatDate } from '../schema/dates.js';

// Cyrillic capitals that look like Latin ones: clerks type either into the same number.
const LOOKALIKE: Record<string, string> = {
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', Х: 'X', У: 'Y', І: 'I', Ї: 'I', Ј: 'J',
};

/** Service numbers are compared after removing spaces and dashes, in one case and one script. */
export function serviceKey(value: string | undefined): string {
  if (!value) return '';
  return value
    .normalize('NFC')
    .toUpperCase()
    .replace(/[\s\-\u2010-\u2015_/.\u00a0\u200b]/g, '')
    .replace(/[АВЕКМНОРСТХУІЇЈ]/g, (ch) => LOOKALIKE[ch] ?? ch);
}

/** surname|given|date of birth, or '' when any part is missing or the date is partial. */
export function nameDobKey(record: PersonRecord): string {
  const dob = record.dateOfBirth;
  if (!record.surname || !record.givenName || !dob || dob.day === undefined) return '';
  return `${exactKey(record.surname)}|${exactKey(record.givenName)}|${formatDate(dob)}`;
}
