// Canonical fields, and the header aliases that name them (data/fields.json). Which fields a kind
// of list holds is its profile's (src/kinds/), handed to the reader as a ListSchema.
import { readDataJson } from '../data.js';
import type { ListKind } from '../model.js';
import { dropInvisible } from './invisible.js';

export const POW_FIELDS = [
  'record_id', 'full_name', 'surname', 'given_name', 'patronymic', 'date_of_birth', 'service_number',
  'rank', 'unit', 'citizenship', 'sex', 'captured_on', 'captured_at', 'notes',
  'category', 'medical_status', 'medical_commission',
] as const;
export const REMAINS_FIELDS = ['tag', 'dna_sample_id', 'recovered_on', 'recovered_at', 'identified'] as const;

export type FieldName = (typeof POW_FIELDS)[number] | (typeof REMAINS_FIELDS)[number];

/** What the reader needs to know of a kind of list: the fields it may hold, and those that identify a person. */
export interface ListSchema {
  kind: ListKind;
  fields: readonly FieldName[];
  /** A list needs a column of at least one of these (else exit 2); a row with none filled is `missing-identity`. */
  identityFields: readonly FieldName[];
  /**
   * The fields only this kind of list has (a body's tag, DNA sample id, recovery): a list with a
   * column of none of them may be of another kind (ReadingNotes.noOwnColumns). None for the
   * kind whose fields every other kind has.
   */
  ownFields?: readonly FieldName[];
}

/** The identity fields in words, for the message of a header with none: `a name or service number`. */
export function identityWords(schema: ListSchema): string {
  const words = schema.identityFields.map((field) => (field === 'full_name' || field === 'surname' || field === 'given_name' ? 'name' : field.replaceAll('_', ' ')));
  return `a ${[...new Set(words)].join(' or ')}`;
}

/**
 * Header comparison form: lower case, no spaces, '_', '-', '.', apostrophes unified, and no
 * invisible characters (`sur\u202ename` is `surname`: the reader reports the header, records.ts).
 */
export function headerKey(header: string): string {
  return dropInvisible(header)
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\u2019\u02bc`\u2018\u00b4]/g, "'")
    .replace(/[\s_\-.\u00a0]/g, '');
}

/** Alias groups (by kind of list, for the reader of the file), and `$suggest`. */
type AliasFile = Record<string, Record<string, string[]>> & { $suggest?: Record<string, string> };

const FILE = readDataJson('fields.json') as AliasFile;

function buildAliasIndex(): Map<string, FieldName> {
  const file = FILE;
  const index = new Map<string, FieldName>();
  for (const [name, group] of Object.entries(file)) {
    if (name.startsWith('$')) continue;
    for (const [field, aliases] of Object.entries(group)) {
      for (const alias of [field, ...aliases]) {
        const key = headerKey(alias);
        const already = index.get(key);
        if (already !== undefined && already !== field) {
          throw new Error(`data/fields.json: alias "${alias}" names both ${already} and ${field}`);
        }
        index.set(key, field as FieldName);
      }
    }
  }
  return index;
}

const ALIASES = buildAliasIndex();

/** The field a header names by alias, whatever the kind; undefined for an unknown header. */
export function fieldForHeader(header: string): FieldName | undefined {
  return ALIASES.get(headerKey(header));
}

export function isFieldName(name: string): name is FieldName {
  return (POW_FIELDS as readonly string[]).includes(name) || (REMAINS_FIELDS as readonly string[]).includes(name);
}

/** Headers that name no field but suggest one (data/fields.json `$suggest`, e.g. `статус`). */
const SUGGEST = new Map(
  Object.entries(FILE.$suggest ?? {})
    .filter(([header]) => !header.startsWith('$'))
    .map(([header, field]) => [headerKey(header), field as FieldName]),
);

/**
 * The field an unknown header most likely means, among `allowed`: a `$suggest` entry, else the
 * field of the nearest alias when the header is within a small edit distance of it (about one
 * typo per five letters), else the field of the longest alias (4+ letters) the header contains
 * or that contains it (`Номер жетона військового` → service_number). Undefined when nothing is close.
 */
export function suggestField(header: string, allowed: ReadonlySet<FieldName>): FieldName | undefined {
  const key = headerKey(header);
  if (key === '') return undefined;
  const direct = SUGGEST.get(key);
  if (direct !== undefined && allowed.has(direct)) return direct;
  let nearest: { field: FieldName; distance: number } | undefined;
  let containing: { field: FieldName; length: number } | undefined;
  for (const [alias, field] of ALIASES) {
    if (!allowed.has(field)) continue;
    const limit = Math.max(1, Math.floor(Math.min(alias.length, key.length) / 5));
    if (Math.min(alias.length, key.length) >= 4 && Math.abs(alias.length - key.length) <= limit) {
      const distance = editDistance(key, alias, limit);
      if (distance <= limit && (nearest === undefined || distance < nearest.distance)) nearest = { field, distance };
    }
    if (alias.length >= 4 && (key.includes(alias) || (key.length >= 4 && alias.includes(key)))) {
      const length = Math.min(alias.length, key.length);
      if (containing === undefined || length > containing.length) containing = { field, length };
    }
  }
  return nearest?.field ?? containing?.field;
}

/** Levenshtein distance, or limit + 1 once it is known to exceed `limit`. */
function editDistance(x: string, y: string, limit: number): number {
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= y.length; j++) {
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    previous = current;
  }
  return previous[y.length]!;
}
