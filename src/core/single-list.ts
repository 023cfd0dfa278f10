// The core of `exchange summary` and `exchange validate`: one list on its own — identity,
// duplicates, how each person is listed against the agreement, and the kind's rules of a whole
// list that need no second one. The rows are settled as in a reconciliation (rows.ts).
import type { Agreement } from '../agreement/terms.js';
import { checkContext, type CheckContext } from '../checks/context.js';
import { listedCounts } from '../checks/counts.js';
import { checkEntry, checkList } from '../checks/rules.js';
import { profileOf, type KindProfile } from '../kinds/index.js';
import type { Matcher } from '../match/matcher.js';
import type { Finding, LedgerEntry, PersonList } from '../model.js';
import { identifiableOf, readFindingsByRecord, settleRows } from './rows.js';

export interface ListResult {
  /** People: records that are neither duplicates nor unidentifiable. */
  people: number;
  duplicates: number;
  invalid: number;
  /** Per category id, people listed under it. */
  listed: Map<string, number>;
  /** One entry per record, as a reconciliation with no second list would have it. */
  entries: LedgerEntry[];
  /** Every finding: each record's in list order, then the whole list's. */
  findings: Finding[];
  context: CheckContext;
}

export function examineList(list: PersonList, readFindings: Finding[], agreement: Agreement, matcher: Matcher, profile: KindProfile = profileOf(list.kind)): ListResult {
  const ctx = profile.rules.context(checkContext(agreement, profile.kind), [list]);
  const side = list.side;
  const settled = settleRows(list, identifiableOf(list), matcher);
  const read = readFindingsByRecord(readFindings)[side];
  const entries = list.records.map((record): LedgerEntry => {
    const entry = settled.entries[record.index] ?? { status: side === 'a' ? 'only_a' : 'only_b', [side]: record, findings: [] };
    entry.findings = [...(read.get(record.index) ?? []), ...entry.findings, ...checkEntry(entry, ctx, profile.rules)];
    return entry;
  });
  const duplicates = entries.filter((e) => e.status === 'duplicate').length;
  const invalid = entries.filter((e) => e.status === 'invalid').length;
  return {
    people: list.records.length - duplicates - invalid,
    duplicates,
    invalid,
    listed: listedCounts(entries.filter((e) => e.status !== 'duplicate' && e[side]!.rowKind === undefined).map((e) => e[side]!), ctx),
    entries,
    findings: [...entries.flatMap((e) => e.findings), ...checkList(entries, ctx, profile.rules, [side])],
    context: ctx,
  };
}
