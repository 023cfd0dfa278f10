// Exact comparison keys of a record. Shared by the exact matcher, the first pass of the scored
// engine and duplicate detection, so that "the same key" means one thing everywhere.
import { exactKey } from '../names/normalise.js';
import type { PersonRecord } from '../model.js';
import { formatDate } from '../schema/dates.js';
import { readDataTsv } from '../data.js';

/** How each Cyrillic letter of a service number may be written in Latin (data/names/service_letters.tsv). */
const LETTERS = new Map(
  readDataTsv('names/service_letters.tsv', ['cyrillic', 'look', 'sounds'] as const).map((row) => {
    const sounds = row.sounds.split('|').map((s) => s.toUpperCase());
    const look = row.look.toUpperCase();
    // The look-alike comes first: a clerk typing a Latin number on a Cyrillic keyboard.
    const readings = [...new Set(look ? [look, ...sounds] : sounds)];
    return [row.cyrillic.toUpperCase(), readings] as const;
  }),
);
const SEPARATORS_RE = /[\s\-\u2010-\u2015_/.\u00a0\u200b]/g;
const CYRILLIC_RE = /\p{Script=Cyrillic}/u;
/** A number with more letter readings than this keeps only the first ones (no real number comes near). */
const MAX_READINGS = 32;

const compact = (value: string) => value.normalize('NFC').toUpperCase().replace(SEPARATORS_RE, '');

/**
 * Every Latin reading of a service number, after removing spaces, dashes, dots and slashes: a
 * Cyrillic letter reads as its Latin look-alike (В as B) and as each of its transliterations (В as
 * V, Б as B, Г as H or G), so `АБ 234567`, `AB-234567` and `ГД 1`/`GD-1`/`HD-1` meet. The first
 * reading takes each letter's first form; it is the number's key. A number without Cyrillic
 * letters has one reading.
 */
export function serviceKeys(value: string | undefined): string[] {
  if (!value) return [];
  const text = compact(value);
  if (text === '') return [];
  if (!CYRILLIC_RE.test(text)) return [text];
  let readings = [''];
  for (const c of text) {
    const forms = LETTERS.get(c) ?? [c];
    readings = readings.flatMap((r) => forms.map((form) => r + form)).slice(0, MAX_READINGS);
  }
  return readings;
}

/** The key of a service number: its first reading ('' when there is none). */
export function serviceKey(value: string | undefined): string {
  return serviceKeys(value)[0] ?? '';
}

/** Two service numbers are one when any of their readings agree. */
export function sameServiceNumber(x: readonly string[], y: readonly string[]): boolean {
  return x.some((k) => y.includes(k));
}

/** surname|given|date of birth, or '' when any part is missing or the date is partial. */
export function nameDobKey(record: PersonRecord): string {
  const dob = record.dateOfBirth;
  if (!record.surname || !record.givenName || !dob || dob.day === undefined) return '';
  return `${exactKey(record.surname)}|${exactKey(record.givenName)}|${formatDate(dob)}`;
}
