// How rules are shaped and run. Each rule is a file of this folder; which rules a kind of list
// runs is its profile's (src/kinds/). Adding a rule: its file here, a line in the profiles that
// run it, its code in src/codes.ts and its section in docs/codes.md.
import type { Finding, LedgerEntry, PersonList, PersonRecord, Side } from '../model.js';
import type { CheckContext } from './context.js';

/** A check of the person as a whole (a pair or a single record). */
export type EntryRule = (entry: LedgerEntry, ctx: CheckContext) => Finding[];
/** A check of how one record is listed (run on every record of an entry, duplicates excepted). */
export type ListingRule = (record: PersonRecord, ctx: CheckContext) => Finding[];
/** A check of a whole run's checked entries; `sides` are the lists it holds (one for `summary`). */
export type ListRule = (entries: readonly LedgerEntry[], ctx: CheckContext, sides: readonly Side[]) => Finding[];

export interface Rules {
  /** What the rules need to know of the lists as a whole, added to the agreement's context. */
  context: (ctx: CheckContext, lists: readonly PersonList[]) => CheckContext;
  entry: readonly EntryRule[];
  listing: readonly ListingRule[];
  list: readonly ListRule[];
}

/** The entry rules' findings, then each listing rule's on A's record, then on B's. */
export function checkEntry(entry: LedgerEntry, ctx: CheckContext, rules: Rules): Finding[] {
  if (entry.status === 'duplicate') return [];
  // Run on every entry of a run: plain loops, no array made for a rule that finds nothing.
  const findings: Finding[] = [];
  for (const check of rules.entry) for (const f of check(entry, ctx)) findings.push(f);
  for (const record of [entry.a, entry.b]) {
    if (record === undefined) continue;
    for (const check of rules.listing) for (const f of check(record, ctx)) findings.push(f);
  }
  return findings;
}

export const checkList = (entries: readonly LedgerEntry[], ctx: CheckContext, rules: Rules, sides: readonly Side[]): Finding[] =>
  rules.list.flatMap((check) => check(entries, ctx, sides));

/** The records of one side that are people listed: no duplicate copies, no empty or total rows. */
export function peopleOf(entries: readonly LedgerEntry[], side: Side): PersonRecord[] {
  const people: PersonRecord[] = [];
  for (const e of entries) {
    const r = e[side];
    if (e.status !== 'duplicate' && r !== undefined && r.rowKind === undefined) people.push(r);
  }
  return people;
}
