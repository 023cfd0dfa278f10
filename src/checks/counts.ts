// count-mismatch: per category, how many people each list holds (duplicates counted once).
import { finding } from '../findings/make.js';
import type { Finding, PersonRecord } from '../model.js';
import { listedUnder, type CheckContext, type Listed } from './context.js';
import { peopleOf, type ListRule } from './rules.js';

export function listedCounts(records: readonly PersonRecord[], ctx: CheckContext): Map<string, number> {
  const counts = new Map(ctx.agreement.categories.map((c) => [c.id, 0]));
  // Records share a few sets of categories (one object each, listedUnder): each set is counted by how many hold it.
  const holding = new Map<Listed, number>();
  for (const record of records) {
    const listed = listedUnder(record, ctx);
    holding.set(listed, (holding.get(listed) ?? 0) + 1);
  }
  for (const [{ ids }, n] of holding) for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + n);
  return counts;
}

export function checkCounts(a: readonly PersonRecord[], b: readonly PersonRecord[], ctx: CheckContext): Finding[] {
  const countsA = listedCounts(a, ctx);
  const countsB = listedCounts(b, ctx);
  return ctx.agreement.categories
    .filter((c) => countsA.get(c.id) !== countsB.get(c.id))
    .map((c) => finding('count-mismatch', {}, { field: 'category', args: { category: c.id, a: countsA.get(c.id) ?? 0, b: countsB.get(c.id) ?? 0 } }));
}

/** The rule on a reconciliation: the people of both sides, category by category; one list alone has nothing to compare. */
export const checkCountMismatch: ListRule = (entries, ctx, sides) =>
  sides.length === 2 ? checkCounts(peopleOf(entries, 'a'), peopleOf(entries, 'b'), ctx) : [];
