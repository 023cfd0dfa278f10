// Canonical fields of each kind of list, and the header aliases that name them (data/fields.json).
import { readDataJson } from '../data.js';
import type { ListKind } from '../model.js';

export const POW_FIELDS = [
  'record_id', 'full_name', 'surname', 'given_name', 'patronymic', 'date_of_birth', 'service_number',
  'rank', 'unit', 'citizenship', 'sex', 'captured_on', 'captured_at', 'notes',
  'category', 'medical_status', 'medical_commission',
] as const;
export const REMAINS_FIELDS = ['tag', 'dna_sample_id', 'recovered_on', 'recovered_at', 'identified'] as const;

export type FieldName = (typeof POW_FIELDS)[number] | (typeof REMAINS_FIELDS)[number];

/** Fields a list of this kind may hold: remains lists hold the identity fields too. */
export function fieldsOf(kind: ListKind): readonly FieldName[] {
  return kind === 'pow' ? POW_FIELDS : [...POW_FIELDS, ...REMAINS_FIELDS];
}

/** Header comparison form: lower case, no spaces, '_', '-', '.', apostrophes unified. */
export function headerKey(header: string): string {
  return header
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\u2019\u02bc`\u2018\u00b4]/g, "'")
    .replace(/[\s_\-.\u00a0\u200b\ufeff]/g, '');
}

type AliasFile = Record<'pow' | 'remains', Record<string, string[]>>;

function buildAliasIndex(): Map<string, FieldName> {
  const file = readDataJson('fields.json') as AliasFile;
  const index = new Map<string, FieldName>();
  for (const group of [file.pow, file.remains]) {
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
