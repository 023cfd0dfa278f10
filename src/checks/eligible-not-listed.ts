// eligible-not-listed: the data qualify a person for a category with criteria, but neither
// side lists him under it. Categories without criteria (all for all) cannot be qualified for.
import { finding } from '../findings/make.js';
import type { LedgerEntry, Finding } from '../model.js';
import type { CheckContext } from './context.js';
import { qualifies } from './eligibility.js';

export function checkEligibleNotListed(entry: LedgerEntry, ctx: CheckContext): Finding[] {
  const records = [entry.a, entry.b].filter((r) => r !== undefined);
  const listed = new Set(records.flatMap((r) => r.categories));
  const findings: Finding[] = [];
  for (const category of ctx.agreement.categories) {
    if (listed.has(category.id)) continue;
    const reason = records.map((r) => qualifies(r, category, ctx)).find((r) => r !== undefined);
    if (reason) findings.push(finding('eligible-not-listed', entry, { args: { category: category.id, reason } }));
  }
  return findings;
}
