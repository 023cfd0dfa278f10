// category-mismatch: the two sides list a matched person under different agreed categories.
// The all-for-all category is implied for everyone, so "wounded_ill" equals "wounded_ill|all_for_all".
import { finding } from '../findings/make.js';
import type { LedgerEntry, Finding } from '../model.js';
import { listedUnder, type CheckContext } from './context.js';

export function checkCategoryMismatch(entry: LedgerEntry, ctx: CheckContext): Finding[] {
  if (entry.status !== 'matched' || !entry.a || !entry.b) return [];
  const a = listedUnder(entry.a, ctx).text;
  const b = listedUnder(entry.b, ctx).text;
  if (a === b) return [];
  return [finding('category-mismatch', entry, { field: 'category', aValue: a, bValue: b })];
}
