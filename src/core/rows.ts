// What becomes of a list's rows before any linking, the same for a reconciliation and for one
// list on its own: rows that hold no person, records that identify no one, and the copies of a
// person the list repeats each get their entry; the rest are the people to link.
import { finding } from '../findings/make.js';
import type { Matcher } from '../match/matcher.js';
import { representative } from '../match/record-order.js';
import type { Finding, LedgerEntry, PersonList, PersonRecord, Side } from '../model.js';
import { listedRows, nonPersonFindings, nonPersonNote } from '../checks/total-row.js';

export interface SettledRows {
  /** Entries of the rows settled here, at their record's index (an array, not a map: a list of a million asks a million times): invalid rows and duplicate copies. */
  entries: Array<LedgerEntry | undefined>;
  /** Records left to link: identifiable, and not a copy of an earlier one. */
  people: PersonRecord[];
}

/** `identifiable`: the list's records with something to identify them (the matcher has been fitted on them). */
export function settleRows(list: PersonList, identifiable: readonly PersonRecord[], matcher: Matcher): SettledRows {
  const side = list.side;
  const entries = new Array<LedgerEntry | undefined>(list.records.length);
  const counted = listedRows(list);
  for (const r of list.records) {
    if (r.rowKind !== undefined) {
      // Empty and total rows: in the ledger, with a note, never matched (checks/total-row.ts).
      entries[r.index] = { status: 'invalid', [side]: r, why: nonPersonNote(r), findings: nonPersonFindings(r, counted) };
    } else if (r.missingIdentity) {
      entries[r.index] = { status: 'invalid', [side]: r, findings: [finding('missing-identity', { [side]: r }, { args: { kind: list.kind } })] };
    }
  }
  const copies = new Set<number>();
  for (const group of matcher.dedupe(identifiable)) {
    // The copy linked is the one that identifies the person best, whatever its place in the file.
    const members = [group.keep, ...group.copies].map((index) => list.records[index]!);
    const keep = representative(members);
    for (const copy of members) {
      if (copy === keep) continue;
      const index = copy.index;
      copies.add(index);
      entries[index] = {
        status: 'duplicate', [side]: copy, duplicateOf: keep,
        findings: [finding('duplicate-record', { [side]: copy }, { args: { duplicateOf: keep.recordId, duplicateOfLine: keep.line } })],
      };
    }
  }
  return { entries, people: identifiable.filter((r) => !copies.has(r.index)) };
}

export const identifiableOf = (list: PersonList) => list.records.filter((r) => !r.missingIdentity);

/** Findings made while reading (invalid-value), by side and record index. */
export function readFindingsByRecord(findings: readonly Finding[]): Record<Side, Map<number, Finding[]>> {
  const bySide = { a: new Map<number, Finding[]>(), b: new Map<number, Finding[]>() };
  for (const f of findings) {
    const side = f.a ? 'a' : 'b';
    const index = f[side]!.index;
    bySide[side].set(index, [...(bySide[side].get(index) ?? []), f]);
  }
  return bySide;
}
