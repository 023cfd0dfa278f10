// The rules run on every ledger entry, in report order. Adding a rule: a file in this folder,
// a line here, a code in findings/codes.ts and an entry in docs/codes.md.
import type { LedgerEntry } from '../core/ledger.js';
import type { Finding } from '../model.js';
import { checkAge } from './age.js';
import { checkCategoryMismatch } from './category-mismatch.js';
import type { CheckContext } from './context.js';
import { checkEligibleNotListed } from './eligible-not-listed.js';
import { checkFieldConflict } from './field-conflict.js';
import { checkMedical } from './medical.js';

/** Checks of how each record is listed (run on every record of an entry, duplicates excepted). */
const LISTING_CHECKS = [checkAge, checkMedical];

/** Checks of the person as a whole (pair or single record). */
const ENTRY_CHECKS = [checkFieldConflict, checkCategoryMismatch, checkEligibleNotListed];

export function checkEntry(entry: LedgerEntry, ctx: CheckContext): Finding[] {
  if (entry.status === 'duplicate') return [];
  const records = [entry.a, entry.b].filter((r) => r !== undefined);
  return [
    ...ENTRY_CHECKS.flatMap((check) => check(entry, ctx)),
    ...records.flatMap((record) => LISTING_CHECKS.flatMap((check) => check(record, ctx))),
  ];
}

export { checkCounts } from './counts.js';
export { checkContext, type CheckContext } from './context.js';
