// The pure core of `exchange reconcile`: two interpreted lists in, a ledger and findings out.
// No I/O, no clock: the same input gives the same result.
import type { Agreement } from '../agreement/terms.js';
import { checkCounts, checkEntry, entryContext, listedRows, nonPersonFindings, nonPersonNote } from '../checks/index.js';
import { finding } from '../findings/make.js';
import { decisionsOf, type Decisions, type Matcher } from '../match/matcher.js';
import type { Finding, PersonList, PersonRecord } from '../model.js';
import type { LedgerEntry } from './ledger.js';

export interface DecisionRow {
  aRecordId: string;
  bRecordId: string;
  decision: 'same' | 'different';
}

export interface ReconcileInput {
  a: PersonList;
  b: PersonList;
  /** Findings made while reading (invalid-value), attached to their records' entries. */
  readFindings: Finding[];
  agreement: Agreement;
  matcher: Matcher;
  decisions?: DecisionRow[];
  /** Extra list-level rules of a kind of list (the remains quota), run after the counts on the checked entries. */
  listChecks?: Array<(entries: readonly LedgerEntry[], agreement: Agreement) => Finding[]>;
}

export interface ReconcileResult {
  entries: LedgerEntry[];
  /** Every finding, in ledger order, list-level findings last. */
  findings: Finding[];
  /** Pairs for review.csv: those awaiting a decision, then those a person decided. */
  reviewPairs: ReviewPair[];
  /** Decisions that named records not found in the lists. */
  unusedDecisions: DecisionRow[];
}

export interface ReviewPair {
  a: number;
  b: number;
  score?: number;
  why?: string;
  decision?: 'same' | 'different';
}

function resolveDecisions(a: PersonList, b: PersonList, rows: DecisionRow[]): { decisions: Decisions; unused: DecisionRow[] } {
  const firstById = (list: PersonList) => {
    const byId = new Map<string, number>();
    for (const r of list.records) if (!byId.has(r.recordId)) byId.set(r.recordId, r.index);
    return byId;
  };
  const [idsA, idsB] = [firstById(a), firstById(b)];
  const decisions: Decisions = decisionsOf();
  const unused: DecisionRow[] = [];
  for (const row of rows) {
    const [x, y] = [idsA.get(row.aRecordId), idsB.get(row.bRecordId)];
    if (x === undefined || y === undefined) unused.push(row);
    else decisions[row.decision].add(x, y);
  }
  return { decisions, unused };
}

export function reconcile(input: ReconcileInput): ReconcileResult {
  const { a, b, agreement, matcher } = input;
  const ctx = entryContext(agreement, [a, b]);
  const { decisions, unused } = resolveDecisions(a, b, input.decisions ?? []);

  // One entry per record; a pair's entry is reached from its A record, so B records of pairs are skipped below.
  const entryOfA = new Map<number, LedgerEntry>();
  const entryOfB = new Map<number, LedgerEntry>();
  const usable = { a: [] as PersonRecord[], b: [] as PersonRecord[] };

  const identifiable = { a: a.records.filter((r) => !r.missingIdentity), b: b.records.filter((r) => !r.missingIdentity) };
  matcher.fit?.(identifiable.a, identifiable.b);
  for (const list of [a, b]) {
    const entries = list.side === 'a' ? entryOfA : entryOfB;
    const counted = listedRows(list);
    for (const r of list.records) {
      if (r.rowKind !== undefined) {
        // Empty and total rows: in the ledger, with a note, never matched (checks/total-row.ts).
        entries.set(r.index, { status: 'invalid', [list.side]: r, why: nonPersonNote(r), findings: nonPersonFindings(r, counted) });
      } else if (r.missingIdentity) {
        entries.set(r.index, { status: 'invalid', [list.side]: r, findings: [finding('missing-identity', { [list.side]: r }, { args: { kind: list.kind } })] });
      }
    }
    const copies = new Set<number>();
    for (const group of matcher.dedupe(identifiable[list.side])) {
      const keep = list.records[group.keep]!;
      for (const index of group.copies) {
        const copy = list.records[index]!;
        copies.add(index);
        entries.set(index, {
          status: 'duplicate', [list.side]: copy, duplicateOf: keep,
          findings: [finding('duplicate-record', { [list.side]: copy }, { args: { duplicateOf: keep.recordId, duplicateOfLine: keep.line } })],
        });
      }
    }
    usable[list.side] = identifiable[list.side].filter((r) => !copies.has(r.index));
  }

  const pairedB = new Set<number>();
  for (const pair of matcher.link(usable.a, usable.b, decisions)) {
    const [ra, rb] = [a.records[pair.a]!, b.records[pair.b]!];
    const entry: LedgerEntry = {
      status: pair.status, a: ra, b: rb, score: pair.score, why: pair.why,
      ...(pair.namesSwapped ? { namesSwapped: true } : {}),
      ...(pair.decided ? { decision: pair.decided } : {}),
      findings: pair.status === 'review' ? [finding('possible-match', { a: ra, b: rb }, { args: { score: pair.score.toFixed(2) } })] : [],
    };
    entryOfA.set(pair.a, entry);
    pairedB.add(pair.b);
  }
  const decidedDifferent = { a: decisions.different.aSide(), b: decisions.different.bSide() };
  for (const [side, entries] of [['a', entryOfA], ['b', entryOfB]] as const) {
    for (const r of usable[side]) {
      if (entries.has(r.index) || (side === 'b' && pairedB.has(r.index))) continue;
      entries.set(r.index, {
        status: side === 'a' ? 'only_a' : 'only_b', [side]: r,
        ...(decidedDifferent[side].has(r.index) ? { decision: 'different' as const } : {}),
        findings: [finding(side === 'a' ? 'only-in-a' : 'only-in-b', { [side]: r })],
      });
    }
  }

  const entries: LedgerEntry[] = [
    ...a.records.map((r) => entryOfA.get(r.index)!),
    ...b.records.filter((r) => !pairedB.has(r.index)).map((r) => entryOfB.get(r.index)!),
  ];

  const readFindings = groupReadFindings(input.readFindings);
  for (const entry of entries) {
    const read = [...(entry.a ? readFindings.a.get(entry.a.index) ?? [] : []), ...(entry.b ? readFindings.b.get(entry.b.index) ?? [] : [])];
    entry.findings = [...read, ...entry.findings, ...checkEntry(entry, ctx)];
  }

  // Empty and total rows are rows of the file, not people: they count under no category.
  const people = (side: 'a' | 'b') =>
    entries.filter((e) => e.status !== 'duplicate').map((e) => e[side]).filter((r): r is PersonRecord => r !== undefined && r.rowKind === undefined);
  const listFindings = [
    ...checkCounts(people('a'), people('b'), ctx),
    ...(input.listChecks ?? []).flatMap((check) => check(entries, agreement)),
  ];
  const reviewPairs: ReviewPair[] = [
    ...entries
      .filter((e) => e.status === 'review' || e.decision === 'same')
      .map((e) => ({ a: e.a!.index, b: e.b!.index, score: e.score, why: e.why, decision: e.decision })),
    ...[...decisions.different].map(([x, y]) => ({ a: x, b: y, decision: 'different' as const })),
  ].sort((p, q) => p.a - q.a || p.b - q.b);
  return { entries, findings: [...entries.flatMap((e) => e.findings), ...listFindings], reviewPairs, unusedDecisions: unused };
}

function groupReadFindings(findings: Finding[]) {
  const bySide = { a: new Map<number, Finding[]>(), b: new Map<number, Finding[]>() };
  for (const f of findings) {
    const side = f.a ? 'a' : 'b';
    const index = f[side]!.index;
    bySide[side].set(index, [...(bySide[side].get(index) ?? []), f]);
  }
  return bySide;
}
