// category-mismatch: the two sides list a matched person under different agreed categories.
// The all-for-all category is implied for everyone, so "wounded_ill" equals "wounded_ill|all_for_all".
import { finding } from '../findings/make.js';
import type { LedgerEntry, Finding, PersonRecord } from '../model.js';
import type { CheckContext } from './context.js';

/** Per run, the text of each set of categories a record is listed under (most records share one of a few). */
const listedByRun = new WeakMap<CheckContext, Map<string, string>>();

function listedUnder(record: PersonRecord, ctx: CheckContext): string {
  let known = listedByRun.get(ctx);
  if (known === undefined) {
    known = new Map();
    listedByRun.set(ctx, known);
  }
  const key = JSON.stringify(record.categories);
  let listed = known.get(key);
  if (listed === undefined) {
    listed = [...new Set([...record.categories, ...ctx.implied])].sort().join('|');
    known.set(key, listed);
  }
  return listed;
}

export function checkCategoryMismatch(entry: LedgerEntry, ctx: CheckContext): Finding[] {
  if (entry.status !== 'matched' || !entry.a || !entry.b) return [];
  const a = listedUnder(entry.a, ctx);
  const b = listedUnder(entry.b, ctx);
  if (a === b) return [];
  return [finding('category-mismatch', entry, { field: 'category', aValue: a, bValue: b })];
}
