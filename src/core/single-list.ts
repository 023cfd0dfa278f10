// The core of `exchange summary` and `exchange validate`: one list on its own — identity,
// duplicates, and how each person is listed against the agreement.
import type { Agreement } from '../agreement/terms.js';
import { checkContext, checkEntry, listedRows, nonPersonFindings } from '../checks/index.js';
import { listedCounts } from '../checks/counts.js';
import { finding } from '../findings/make.js';
import type { Matcher } from '../match/matcher.js';
import type { Finding, PersonList } from '../model.js';
import type { LedgerEntry } from './ledger.js';

export interface ListResult {
  /** People: records that are neither duplicates nor unidentifiable. */
  people: number;
  duplicates: number;
  invalid: number;
  /** Per category id, people listed under it. */
  listed: Map<string, number>;
  findings: Finding[];
}

export function examineList(list: PersonList, readFindings: Finding[], agreement: Agreement, matcher: Matcher): ListResult {
  const ctx = checkContext(agreement, list.kind);
  const side = list.side;
  const byRecord = new Map<number, Finding[]>();
  const add = (index: number, f: Finding) => byRecord.set(index, [...(byRecord.get(index) ?? []), f]);
  for (const f of readFindings) add(f[side]!.index, f);

  const invalid = list.records.filter((r) => r.missingIdentity);
  const counted = listedRows(list);
  for (const r of invalid) {
    // Empty and total rows (checks/total-row.ts) are invalid too, with their own findings.
    if (r.rowKind !== undefined) for (const f of nonPersonFindings(r, counted)) add(r.index, f);
    else add(r.index, finding('missing-identity', { [side]: r }, { args: { kind: list.kind } }));
  }
  const copies = new Set<number>();
  for (const group of matcher.dedupe(list.records.filter((r) => !r.missingIdentity))) {
    const keep = list.records[group.keep]!;
    for (const index of group.copies) {
      copies.add(index);
      add(index, finding('duplicate-record', { [side]: list.records[index] }, { args: { duplicateOf: keep.recordId, duplicateOfLine: keep.line } }));
    }
  }
  for (const record of list.records) {
    if (copies.has(record.index)) continue;
    const entry: LedgerEntry = { status: record.missingIdentity ? 'invalid' : side === 'a' ? 'only_a' : 'only_b', [side]: record, findings: [] };
    for (const f of checkEntry(entry, ctx)) add(record.index, f);
  }
  const kept = list.records.filter((r) => !copies.has(r.index));
  return {
    people: kept.length - invalid.length,
    duplicates: copies.size,
    invalid: invalid.length,
    listed: listedCounts(kept.filter((r) => r.rowKind === undefined), ctx),
    findings: list.records.flatMap((r) => byRecord.get(r.index) ?? []),
  };
}
