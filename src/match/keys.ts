// Exact comparison keys of a record. Shared by the exact matcher, the first pass of the scored
// engine and duplicate detection, so that "the same key" means one thing everywhere.
import { exactKey } from '../names/normalise.js';
import type { PersonRecord } from '../model.js';
import { formatDate } from '../schema/dates.js';
import { serviceLetterRows, serviceLookalikeRows } from '../names/tables.js';

/** Latin letters that look like a Cyrillic one, for numbers typed in a mix of the two (data/names/lookalikes.tsv). */
const LOOK_TO_CYRILLIC = new Map(serviceLookalikeRows.map((row) => [row.latin.toUpperCase(), row.cyrillic.toUpperCase()]));
const CYRILLIC_TO_LOOK = new Map(serviceLookalikeRows.map((row) => [row.cyrillic.toUpperCase(), row.latin.toUpperCase()]));
const SOUNDS = new Map(serviceLetterRows.map((row) => [row.cyrillic.toUpperCase(), row.sounds.toUpperCase().split('|')]));
/**
 * How each Cyrillic letter of a service number may be written in Latin: its look-alike first (a
 * clerk typing a Latin number on a Cyrillic keyboard), then its transliterations
 * (data/names/service_letters.tsv).
 */
const LETTERS = new Map(
  [...new Set([...SOUNDS.keys(), ...CYRILLIC_TO_LOOK.keys()])].map((cyrillic) => {
    const look = CYRILLIC_TO_LOOK.get(cyrillic);
    const sounds = SOUNDS.get(cyrillic) ?? [];
    return [cyrillic, [...new Set(look ? [look, ...sounds] : sounds)]] as const;
  }),
);
/** LETTERS by char code, for the letters of the Cyrillic block (every letter LETTERS knows): a number is read a character at a time. */
const CYRILLIC_BLOCK = 0x400;
const FORMS_BY_CODE: Array<readonly string[] | undefined> = [];
for (const [letter, forms] of LETTERS) {
  const code = letter.charCodeAt(0);
  if (letter.length !== 1 || code < CYRILLIC_BLOCK || code >= CYRILLIC_BLOCK + 0x100) throw new Error(`service letters: "${letter}" is not one Cyrillic letter`);
  FORMS_BY_CODE[code - CYRILLIC_BLOCK] = forms;
}
const formsOf = (code: number): readonly string[] | undefined =>
  code >= CYRILLIC_BLOCK && code < CYRILLIC_BLOCK + 0x100 ? FORMS_BY_CODE[code - CYRILLIC_BLOCK] : undefined;
/** What a service number's key leaves out: spaces, dashes, underscores, slashes and dots. */
const SEPARATORS = '\\s\\-\\u2010-\\u2015_/.\\u00a0\\u200b';
const SEPARATORS_RE = new RegExp(`[${SEPARATORS}]`, 'g');
const CYRILLIC_RE = /\p{Script=Cyrillic}/u;
const LATIN_LETTER_RE = /[A-Z]/g;
/** A number with more letter readings than this keeps only the first ones (no real number comes near). */
const MAX_READINGS = 32;

const compact = (value: string) => value.normalize('NFC').toUpperCase().replace(SEPARATORS_RE, '');

/**
 * The keys of a service number, after removing spaces, dashes, dots and slashes. The first is its
 * own key: the number itself, and for one written in Cyrillic, in Cyrillic throughout (a Latin
 * look-alike typed among Cyrillic letters read as the Cyrillic letter), so two Cyrillic numbers
 * are told apart by their own letters (АБ is not АВ). A Cyrillic number then adds every Latin
 * reading of it: each letter as its look-alike (В as B) and as each of its transliterations (В
 * as V, Б as B, Г as H or G), which is how a Latin list writes it.
 */
export function serviceKeys(value: string | undefined): readonly string[] {
  const own = ownServiceKey(value);
  if (own === '') return NONE;
  if (!CYRILLIC_RE.test(own)) return [own];
  // Most numbers have one reading (АА 123456): grow one string until a letter reads two ways.
  // Characters no table changes (the digits) are copied a run at a time.
  let readings = [''];
  let from = 0;
  for (let at = 0; at < own.length; at++) {
    const forms = formsOf(own.charCodeAt(at));
    if (forms === undefined) continue;
    const kept = own.slice(from, at);
    from = at + 1;
    if (forms.length === 1) {
      for (let i = 0; i < readings.length; i++) readings[i] += kept + forms[0]!;
    } else {
      readings = readings.flatMap((r) => forms.map((form) => r + kept + form)).slice(0, MAX_READINGS);
    }
  }
  if (from < own.length) {
    const kept = own.slice(from);
    for (let i = 0; i < readings.length; i++) readings[i] += kept;
  }
  // Not `[own, ...readings]`: a spread leaves room for 17 entries, and every Cyrillic number of a
  // list keeps its array (136 bytes a record more, 270 MB at a million a side).
  return [own].concat(readings);
}

const NONE: readonly string[] = [];

/**
 * A service number's own key alone (serviceKeys' first), without its Latin readings: '' when
 * there is none. Two numbers whose own keys agree are one (sameServiceNumber) without reading more.
 * A text with no digit is no number (`N/A`, `?`, `нет`, `-`: a clerk's "none"), as a tag with no
 * digits is no tag: two such texts alike are not one service number, which would weigh as much
 * as a real one and match two strangers.
 */
export function ownServiceKey(value: string | undefined): string {
  if (!value) return '';
  const own = ownKeyAsWritten(value);
  if (own !== undefined) return own ? value : '';
  if (!DIGIT_RE.test(value)) return '';
  const text = compact(value);
  if (text === '' || !CYRILLIC_RE.test(text)) return text;
  return text.replace(LATIN_LETTER_RE, (c) => LOOK_TO_CYRILLIC.get(c) ?? c);
}

/** A decimal digit of any script (a full-width `１` too): what every service number holds. */
const DIGIT_RE = /\p{Nd}/u;

/**
 * Whether a number is its own key as written, as most are (ЗП808381, 1104154167): digits with
 * capital Latin letters or capital Cyrillic ones, not both. Such a text is its own NFC form and
 * its own upper case, has no separator, and has no Latin look-alike to read as Cyrillic. True
 * for such a text with a digit, false for one without (capital letters alone are no number),
 * undefined for any other text (it is compacted first).
 */
function ownKeyAsWritten(value: string): boolean | undefined {
  let latin = false;
  let cyrillic = false;
  let digit = false;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) digit = true;
    else if (c >= 0x41 && c <= 0x5a) latin = true;
    else if ((c >= 0x410 && c <= 0x42f) || c === 0x401 || c === 0x404 || c === 0x406 || c === 0x407 || c === 0x490) cyrillic = true;
    else return undefined;
  }
  return latin && cyrillic ? undefined : digit;
}

/**
 * Whether a service number has a key (ownServiceKey is not ''), told without making it: whether
 * it holds a digit. (Neither NFC nor upper case turns a digit into a separator, and compacting
 * leaves digits in.)
 */
export function hasServiceKey(value: string | undefined): boolean {
  return value !== undefined && DIGIT_RE.test(value);
}

/** The own key of a service number ('' when there is none). */
export function serviceKey(value: string | undefined): string {
  return serviceKeys(value)[0] ?? '';
}

/**
 * Two service numbers are one when their own keys agree, or, where one is written in Latin, when
 * it is one of the other's Latin readings. Two Cyrillic numbers compare by their own letters.
 */
export function sameServiceNumber(x: readonly string[], y: readonly string[]): boolean {
  if (x.length === 0 || y.length === 0) return false;
  if (x[0] === y[0]) return true;
  if (x.length === 1) return y.includes(x[0]!);
  if (y.length === 1) return x.includes(y[0]!);
  return false;
}

/** surname|given|date of birth, or '' when any part is missing or the date is partial. */
export function nameDobKey(record: PersonRecord): string {
  const dob = record.dateOfBirth;
  if (!record.surname || !record.givenName || !dob || dob.day === undefined) return '';
  return `${exactKey(record.surname)}|${exactKey(record.givenName)}|${formatDate(dob)}`;
}
