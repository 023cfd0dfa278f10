// The rules run on every ledger entry, in report order. Adding a rule: a file in this folder,
// a line here, a code in findings/codes.ts and an entry in docs/codes.md.
import type { Agreement } from '../agreement/terms.js';
import type { LedgerEntry } from '../core/ledger.js';
import type { Finding, ListKind, PersonList, PersonRecord } from '../model.js';
import { tagConvention, type TagConvention } from '../remains/identifier.js';
import { fallenCitizenship } from '../remains/identity.js';
import { checkAge } from './age.js';
import { checkCategoryMismatch } from './category-mismatch.js';
import { checkContext, type CheckContext } from './context.js';
import { checkCounts as countMismatch } from './counts.js';
import { checkEligibleNotListed } from './eligible-not-listed.js';
import { checkFieldConflict } from './field-conflict.js';
import { checkForeignRemains } from './foreign-remains.js';
import { checkIdentificationMismatch } from './identification-mismatch.js';
import { checkIdentifierConflicts } from './identifier-conflict.js';
import { checkMedical } from './medical.js';

/** The context of the entry rules: for remains lists, also whose fallen they hold. */
export interface EntryContext extends CheckContext {
  /** Citizenship of the fallen, inferred from both lists (src/remains/identity.ts); remains only. */
  fallenCitizenship?: string;
  /** How each list writes its body tags, from its whole tag column (src/remains/identifier.ts); remains only. */
  tagConventions?: Record<'a' | 'b', TagConvention>;
}

export function entryContext(agreement: Agreement, lists: readonly PersonList[]): EntryContext {
  const kind = lists[0]?.kind ?? 'pow';
  const ctx = checkContext(agreement, kind);
  if (kind !== 'remains') return ctx;
  // The matcher reads tags by the same conventions: each list's column, then the other's (ScoredMatcher.featuresOf).
  const tags = (side: 'a' | 'b') => lists.filter((l) => l.side === side).flatMap((l) => l.records.map((r) => r.tag));
  const tagConventions = { a: tagConvention(tags('a'), tags('b')), b: tagConvention(tags('b'), tags('a')) };
  return { ...ctx, fallenCitizenship: fallenCitizenship(lists.flatMap((l) => l.records)), tagConventions };
}

interface Rules {
  /** Checks of the person as a whole (pair or single record). */
  entry: Array<(entry: LedgerEntry, ctx: EntryContext) => Finding[]>;
  /** Checks of how each record is listed (run on every record of an entry, duplicates excepted). */
  listing: Array<(record: PersonRecord, ctx: CheckContext) => Finding[]>;
}

// The agreed categories are categories of prisoners: bodies are exchanged against the remains
// quota instead, so remains lists get none of the category rules (docs/remains.md).
const RULES: Record<ListKind, Rules> = {
  pow: {
    entry: [checkFieldConflict, checkCategoryMismatch, checkEligibleNotListed],
    listing: [checkAge, checkMedical],
  },
  remains: {
    entry: [checkFieldConflict, (entry, ctx) => checkIdentifierConflicts(entry, ctx.tagConventions), checkIdentificationMismatch, (entry, ctx) => checkForeignRemains(entry, ctx.fallenCitizenship)],
    listing: [],
  },
};

export function checkEntry(entry: LedgerEntry, ctx: EntryContext): Finding[] {
  if (entry.status === 'duplicate') return [];
  const rules = RULES[ctx.kind];
  const records = [entry.a, entry.b].filter((r) => r !== undefined);
  return [
    ...rules.entry.flatMap((check) => check(entry, ctx)),
    ...records.flatMap((record) => rules.listing.flatMap((check) => check(record, ctx))),
  ];
}

/** count-mismatch, for POW lists; remains are held to their quota (checks/remains-quota.ts) instead. */
export function checkCounts(a: readonly PersonRecord[], b: readonly PersonRecord[], ctx: CheckContext): Finding[] {
  return ctx.kind === 'pow' ? countMismatch(a, b, ctx) : [];
}

export { checkContext, type CheckContext } from './context.js';
export { listedRows, nonPersonFindings, nonPersonNote } from './total-row.js';
