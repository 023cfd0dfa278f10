// How many bodies a side lists, and how many of them count against the agreed quota. The same
// numbers feed the remains-quota rule, summary.json and the terminal table, so they never disagree.
import type { BodyCounts, LedgerEntry, PersonRecord, Side } from '../model.js';

import { isForeign, isIdentified } from './identity.js';

export interface Body {
  record: PersonRecord;
  foreign: boolean;
}

export function bodyCounts(bodies: readonly Body[]): BodyCounts {
  const identified = bodies.filter((b) => isIdentified(b.record)).length;
  const foreign = bodies.filter((b) => b.foreign).length;
  return { listed: bodies.length, identified, unidentified: bodies.length - identified, foreign, counted: bodies.length - foreign };
}

/**
 * One side's bodies in a reconciliation. Foreign is a property of the person, not of one record:
 * when either side's record shows another citizenship than the fallen's, the body counts for
 * neither side (the rule foreign-remains says so on the same test).
 */
export function bodiesOf(entries: readonly LedgerEntry[], side: Side, fallen: string | undefined): Body[] {
  return entries.flatMap((e) => {
    const record = e[side];
    // An empty or closing total row (rowKind) is a row of the file, not a body.
    if (e.status === 'duplicate' || !record || record.rowKind !== undefined) return [];
    return [{ record, foreign: [e.a, e.b].some((r) => r !== undefined && isForeign(r, fallen)) }];
  });
}

/** Both sides' counts in a reconciliation. */
export function countsBySide(entries: readonly LedgerEntry[], fallen: string | undefined): Record<Side, BodyCounts> {
  return { a: bodyCounts(bodiesOf(entries, 'a', fallen)), b: bodyCounts(bodiesOf(entries, 'b', fallen)) };
}

/** counted − quota: negative when the side is short of the quota; null without a quota. */
export const quotaDifference = (counts: BodyCounts, quota: number | null): number | null => (quota === null ? null : counts.counted - quota);
