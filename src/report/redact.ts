// --redact: the run as a third party may see it. Names, service numbers and dates of birth become
// stable pseudonyms from a keyed hash, medical statuses, notes and unknown columns are removed,
// and finding values are pseudonymised or withheld, once, before any report is rendered:
// every reporter (terminal, JSON, CSV, HTML, workbook) draws from the redacted run and needs no
// change. The matching ran on the real values; only the outputs are redacted.
import { createHmac } from 'node:crypto';
import type { Code } from '../codes.js';
import type { Finding, LedgerEntry, PartialDate, PersonList, PersonRecord, ReadingNotes, RedactedDate } from '../model.js';
import { formatDate, parseDate } from '../schema/dates.js';
import type { RunReport } from './run.js';

/** How summary.json describes a redacted run (absent from an unredacted one). */
export interface RedactionNote {
  method: string;
  fields: Record<string, string>;
  finding_values: string;
  extra_columns: 'dropped';
  skipped_rows: string;
}

export const REDACTION_METHOD = 'HMAC-SHA-256, 10 base32 characters';

/** Fields whose values become pseudonyms: `P-` (`D-` for a date of birth) + base32(HMAC-SHA-256(key, `field:value`)), first 10 characters. */
const PSEUDONYMISED = new Set(['surname', 'given_name', 'patronymic', 'full_name', 'service_number', 'date_of_birth']);
/** Fields whose values no redacted output holds: free text, and the medical status (a diagnosis). */
const WITHHELD_FIELDS = new Set(['notes', 'medical_status']);
/** What stands where a value was withheld (a finding's value, a skipped row's text). */
export const WITHHELD = '[redacted]';
/** A record's pseudonymised properties and the field each hashes under. */
const NAMED = [['surname', 'surname'], ['givenName', 'given_name'], ['patronymic', 'patronymic'], ['serviceNumber', 'service_number']] as const;

export const REDACTION_NOTE: RedactionNote = {
  method: REDACTION_METHOD,
  fields: {
    surname: 'pseudonym',
    given_name: 'pseudonym',
    patronymic: 'pseudonym',
    service_number: 'pseudonym',
    date_of_birth: 'pseudonym: D- and the first 10 base32 characters of HMAC-SHA-256(key, date_of_birth:YYYY-MM-DD, or YYYY when only the year is known), in records and finding values; a cell that is no date is hashed as written',
    medical_status: 'removed; the category decision stays as the not-eligible-medical and medical-unconfirmed findings',
    medical_commission: "kept: the commission's decision (confirmed, rejected, pending), no diagnosis",
    notes: 'removed',
  },
  finding_values: 'pseudonyms for the fields above; withheld for notes, medical status and cells of no field',
  extra_columns: 'dropped',
  skipped_rows: 'text withheld',
};

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

function base32(bytes: Uint8Array, length: number): string {
  let out = '';
  let bits = 0;
  let value = 0;
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5 && out.length < length) {
      out += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
    if (out.length === length) break;
  }
  return out;
}

/**
 * The value as the list wrote it (as read: a full name already split), trimmed, in NFC, with runs
 * of spaces made one and lower-cased: `БЕЛОУС` and `Белоус` are one spelling, `Білоус` another.
 * No transliteration or name equivalence: a pseudonym differs exactly where the spellings differ.
 */
export const normaliseForPseudonym = (value: string) => value.normalize('NFC').trim().replace(/\s+/gu, ' ').toLowerCase();

/** The first 10 base32 characters of HMAC-SHA-256(key, `field:value`), the value normalised. */
function keyedHash(key: string, field: string, value: string): string {
  return base32(createHmac('sha256', key).update(`${field}:${normaliseForPseudonym(value)}`, 'utf8').digest(), 10);
}

/** `P-` + the keyed hash of a name or service number; a date of birth goes to `datePseudonym`. */
export function pseudonym(key: string, field: string, value: string): string {
  return field === 'date_of_birth' ? datePseudonym(key, value) : `P-${keyedHash(key, field, value)}`;
}

/**
 * `D-` + the keyed hash of a date of birth in its ISO form (`YYYY-MM-DD`, or `YYYY` when only the
 * year is known), however the cell wrote it: `14.03.1988` and `1988-03-14` are one pseudonym,
 * in the ledger and in a finding alike. A cell that is no date is hashed as written.
 */
export function datePseudonym(key: string, text: string): string {
  const date = parseDate(text);
  return `D-${keyedHash(key, 'date_of_birth', date ? formatDate(date) : text)}`;
}

/** A date of birth as a redacted record holds it: its pseudonym, and nothing of the date. */
const redactedDate = (key: string, date: PartialDate): RedactedDate => ({ year: 0, pseudonym: datePseudonym(key, formatDate(date)) });

export interface Redactor {
  record(r: PersonRecord): PersonRecord;
  list(l: PersonList): PersonList;
  finding<C extends Code>(f: Finding<C>): Finding<C>;
  run(run: RunReport): RunReport;
}

/** A redactor for one key. Records and findings are redacted once each, so shared references stay shared. */
export function redactor(key: string): Redactor {
  const records = new Map<PersonRecord, PersonRecord>();
  const findings = new Map<Finding, Finding>();
  const value = (field: string | undefined, text: string | undefined): string | undefined => {
    if (text === undefined || text === '') return text;
    if (field !== undefined && PSEUDONYMISED.has(field)) return pseudonym(key, field, text);
    // A cell of no field (an overflow past the header), free text, a medical status: withheld.
    if (field === undefined || field === '' || WITHHELD_FIELDS.has(field)) return WITHHELD;
    return text;
  };

  const record = (r: PersonRecord): PersonRecord => {
    let done = records.get(r);
    if (done) return done;
    const { dateOfBirth, medicalStatus: _medical, notes: _notes, ...kept } = r;
    done = { ...kept, extra: [], ...(dateOfBirth ? { dateOfBirth: redactedDate(key, dateOfBirth) } : {}) };
    for (const [property, field] of NAMED) {
      const text = r[property];
      if (text !== undefined) done[property] = pseudonym(key, field, text);
    }
    records.set(r, done);
    return done;
  };

  const finding = <C extends Code>(f: Finding<C>): Finding<C> => {
    let done = findings.get(f) as Finding<C> | undefined;
    if (done) return done;
    done = { ...f, ...valuesOf(f, value), args: argsOf(f) };
    findings.set(f, done);
    return done;
  };

  const entry = (e: LedgerEntry): LedgerEntry => ({
    ...e,
    ...(e.a ? { a: record(e.a) } : {}),
    ...(e.b ? { b: record(e.b) } : {}),
    ...(e.duplicateOf ? { duplicateOf: record(e.duplicateOf) } : {}),
    findings: e.findings.map(finding),
  });

  const list = (l: PersonList): PersonList => ({
    ...l,
    extraHeader: [],
    records: l.records.map(record),
    ...(l.reading ? { reading: readingOf(l.reading) } : {}),
  });

  return {
    record,
    list,
    finding,
    run: (run) => ({
      ...run,
      a: list(run.a),
      b: list(run.b),
      result: { ...run.result, entries: run.result.entries.map(entry), findings: run.result.findings.map(finding) },
    }),
  };
}

/** The run with every identity replaced or removed, ready for every report. */
export const redactRun = (run: RunReport, key: string): RunReport => redactor(key).run(run);

function valuesOf(f: Finding, value: (field: string | undefined, text: string | undefined) => string | undefined): Pick<Finding, 'aValue' | 'bValue'> {
  return {
    ...(f.aValue !== undefined ? { aValue: value(f.field, f.aValue) } : {}),
    ...(f.bValue !== undefined ? { bValue: value(f.field, f.bValue) } : {}),
  };
}

/** Arguments that carry a medical status or a cell's reading of a date of birth lose it; the rest are counts, ids and categories. */
function argsOf<C extends Code>(f: Finding<C>): Finding<C>['args'] {
  const g = f as Finding;
  switch (g.code) {
    case 'not-eligible-medical':
      return { ...g.args, status: WITHHELD } as Finding<C>['args'];
    case 'eligible-not-listed':
      return { ...g.args, reason: g.args.reason.replace(/^medical status .+$/, `medical status ${WITHHELD}`) } as Finding<C>['args'];
    case 'invalid-value':
      // A date's problem quotes its parts (`1988-02-30 has 29 days`, a spreadsheet day read as a date).
      return (g.field === 'date_of_birth' ? { problem: 'not a readable date of birth' } : g.args) as Finding<C>['args'];
    default:
      return f.args;
  }
}

const readingOf = (notes: ReadingNotes): ReadingNotes => ({
  ...notes,
  skippedRows: notes.skippedRows.map((row) => ({ line: row.line, text: row.text === '' ? '' : WITHHELD })),
});
