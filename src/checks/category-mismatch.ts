// category-mismatch: the two sides list a matched person under different agreed categories.
// The all-for-all category is implied for everyone, so "wounded_ill" equals "wounded_ill|all_for_all".
import { finding } from '../findings/make.js';
import type { LedgerEntry, Finding, PersonRecord } from '../model.js';
import type { CheckContext } from './context.js';

const listedUnder = (record: PersonRecord, ctx: CheckContext) =>
  [...new Set([...record.categories, ...ctx.implied])].sort();

export function checkCategoryMismatch(entry: LedgerEntry, ctx: CheckContext): Finding[] {
  if (entry.status !== 'matched' || !entry.a || !entry.b) return [];
  const a = listedUnder(entry.a, ctx).join('|');
  const b = listedUnder(entry.b, ctx).join('|');
  if (a === b) return [];
  return [finding('category-mismatch', entry, { field: 'category', aValue: a, bValue: b })];
}
