// Cell values that name a fixed set of things (category, medical status, commission, sex,
// identified), with their aliases in English, Ukrainian and Russian (data/values.json).
import { readDataJson } from '../data.js';
import type { Agreement } from '../agreement/terms.js';

type ValueFile = Record<'category' | 'medical_status' | 'medical_commission' | 'sex' | 'identified', Record<string, string[]>>;

const VALUES = readDataJson('values.json') as ValueFile;

/** Value comparison form: lower case, no spaces, '_', '-', '.', apostrophes unified. */
export function valueKey(value: string): string {
  return value
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\u2019\u02bc`\u2018]/g, "'")
    .replace(/[\s_\-.\u2013\u00a0]/g, '');
}

function indexOf(group: Record<string, string[]>): Map<string, string> {
  const index = new Map<string, string>();
  for (const [id, aliases] of Object.entries(group)) {
    for (const alias of [id, ...aliases]) index.set(valueKey(alias), id);
  }
  return index;
}

const MEDICAL = indexOf(VALUES.medical_status);
const COMMISSION = indexOf(VALUES.medical_commission);
const SEX = indexOf(VALUES.sex);
const IDENTIFIED = indexOf(VALUES.identified);

export const lookupMedicalStatus = (cell: string) => MEDICAL.get(valueKey(cell));
export const lookupCommission = (cell: string) => COMMISSION.get(valueKey(cell));
export const lookupSex = (cell: string) => SEX.get(valueKey(cell));
export const lookupIdentified = (cell: string) => IDENTIFIED.get(valueKey(cell));

/**
 * Category words of one agreement: its own ids and labels, plus the aliases of data/values.json
 * for the ids it defines (an alias of a category the agreement lacks is unknown).
 */
export function categoryIndex(agreement: Agreement): Map<string, string> {
  const index = new Map<string, string>();
  const known = new Set(agreement.categories.map((c) => c.id));
  for (const [id, aliases] of Object.entries(VALUES.category)) {
    if (known.has(id)) for (const alias of aliases) index.set(valueKey(alias), id);
  }
  for (const c of agreement.categories) {
    index.set(valueKey(c.id), c.id);
    index.set(valueKey(c.label), c.id);
  }
  return index;
}

/** Splits a category cell on '|' (the SPEC separator) into trimmed, non-empty words. */
export function splitCategoryCell(cell: string): string[] {
  return cell.split('|').map((word) => word.trim()).filter((word) => word !== '');
}
