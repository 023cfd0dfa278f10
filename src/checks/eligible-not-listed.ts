// eligible-not-listed: the data qualify a person for a category with criteria, but neither
// side lists him under it. Categories without criteria (all for all) cannot be qualified for.
import { finding } from '../findings/make.js';
import type { LedgerEntry, Finding } from '../model.js';
import type { CheckContext } from './context.js';
import { qualifies } from './eligibility.js';

export function checkEligibleNotListed(entry: LedgerEntry, ctx: CheckContext): Finding[] {
  const { a, b } = entry;
  const findings: Finding[] = [];
  for (const category of ctx.agreement.categories) {
    if (a?.categories.includes(category.id) || b?.categories.includes(category.id)) continue;
    // A's reason first, else B's.
    const reason = (a && qualifies(a, category, ctx)) ?? (b && qualifies(b, category, ctx));
    if (reason) findings.push(finding('eligible-not-listed', entry, { args: { category: category.id, reason } }));
  }
  return findings;
}
