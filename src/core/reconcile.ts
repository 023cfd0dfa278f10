// The pure core of `exchange reconcile`: two interpreted lists in, a ledger and findings out.
// No I/O, no clock: the same input gives the same result.
import type { Agreement } from '../agreement/terms.js';
import { checkContext, type CheckContext } from '../checks/context.js';
import { checkEntry, checkList } from '../checks/rules.js';
import { finding } from '../findings/make.js';
import { profileOf, type KindProfile } from '../kinds/index.js';
import { decisionsOf, type Decisions, type Matcher } from '../match/matcher.js';
import type { Finding, LedgerEntry, PersonList, PersonRecord } from '../model.js';
import { identifiableOf, readFindingsByRecord, settleRows } from './rows.js';
import { partOf, progress, ticker } from '../progress.js';
import { collectBetweenPhases, MIN_RECORDS_TO_COLLECT_BEFORE_LINKING } from '../memory.js';
import { SHOWN_FIELDS, sortDecisions, type DecisionRow, type ShownField } from './decisions.js';
import { valueKey } from '../schema/values.js';

export type { DecisionRow } from './decisions.js';

/** A decision not applied, and why, in words for the note on stderr. */
export type UnusedDecision = DecisionRow & { why: string };

export interface ReconcileInput {
  a: PersonList;
  b: PersonList;
  /** Findings made while reading (invalid-value), attached to their records' entries. */
  readFindings: Finding[];
  agreement: Agreement;
  matcher: Matcher;
  /** The kind of list, whose rules run (src/kinds/); by default the profile of the lists' kind. */
  profile?: KindProfile;
  decisions?: DecisionRow[];
}

export interface ReconcileResult {
  entries: LedgerEntry[];
  /** Every finding, in ledger order, list-level findings last. */
  findings: Finding[];
  /** Pairs for review.csv: those awaiting a decision, then those a person decided. */
  reviewPairs: ReviewPair[];
  /** Decisions not applied, each with why: no pair named, a record not in the lists or held by two, or (`same`) records the matcher never links. */
  unusedDecisions: UnusedDecision[];
  /** Decisions left out because they contradict others of the file (core/decisions.ts), in the order of their content. */
  conflictingDecisions: DecisionRow[];
  /** What the rules knew of the agreement and the lists; the reports count by it too. */
  context: CheckContext;
}

export interface ReviewPair {
  a: number;
  b: number;
  score?: number;
  why?: string;
  decision?: 'same' | 'different';
}

/**
 * Each row is accounted for once: unused if it names no pair (an id left empty); else conflicting
 * if it contradicts another row of the file (core/decisions.ts), whether or not its records are
 * in the lists; else unused if an id is no record's, or more than one record's, in its list (or,
 * found after the linking, a `same` whose records are not both linked: a duplicate's copy, a row
 * that is not a person); else applied. Each unused row says why. `same`: the `same` rows handed
 * to the matcher, by their records' indexes.
 */
function resolveDecisions(a: PersonList, b: PersonList, rows: DecisionRow[]): {
  decisions: Decisions; unused: UnusedDecision[]; conflicting: DecisionRow[]; same: Array<{ x: number; y: number; row: DecisionRow }>;
} {
  /** Each record id's index in its list, or -1 for an id more than one record holds. */
  const indexById = (list: PersonList) => {
    const byId = new Map<string, number>();
    for (const r of list.records) byId.set(r.recordId, byId.has(r.recordId) ? -1 : r.index);
    return byId;
  };
  const decisions: Decisions = decisionsOf();
  const unused: UnusedDecision[] = [];
  const same: Array<{ x: number; y: number; row: DecisionRow }> = [];
  if (rows.length === 0) return { decisions, unused, conflicting: [], same };
  const naming = rows.filter((row) => {
    if (row.aRecordId !== '' && row.bRecordId !== '') return true;
    unused.push({ ...row, why: `names no pair (no ${row.aRecordId === '' ? 'A' : 'B'} record id)` });
    return false;
  });
  const { agreed, conflicts } = sortDecisions(naming);
  const [idsA, idsB] = [indexById(a), indexById(b)];
  for (const row of agreed) {
    const [x, y] = [idsA.get(row.aRecordId), idsB.get(row.bRecordId)];
    const missing = x === undefined ? ['A', row.aRecordId] : y === undefined ? ['B', row.bRecordId] : undefined;
    const twice = x === -1 ? ['A', row.aRecordId] : y === -1 ? ['B', row.bRecordId] : undefined;
    const mismatch = missing || twice ? undefined : shownMismatch(row, a.records[x!]!, b.records[y!]!);
    if (missing) unused.push({ ...row, why: `no record ${missing[1]} in list ${missing[0]}` });
    // Which of the records holding the id was meant cannot be known: a wrong `same` hides a missing person.
    else if (twice) unused.push({ ...row, why: `record id ${twice[1]} is on more than one row of list ${twice[0]}` });
    else if (mismatch) unused.push({ ...row, why: mismatch });
    else {
      decisions[row.decision].add(x!, y!);
      if (row.decision === 'same') same.push({ x: x!, y: y!, row });
    }
  }
  return { decisions, unused, conflicting: conflicts.map((c) => c.row), same };
}

const RECORD_VALUE: Record<ShownField, (r: PersonRecord) => string | undefined> = { surname: (r) => r.surname, tag: (r) => r.tag };

/**
 * Why a row is not about the records its ids name, or undefined when it is: a value it shows
 * (a surname, a tag) that is not its record's. Ids alone fit a file written for other lists, or
 * one from the run with A and B swapped, where `1,2` names two other people: applied, its `same`
 * would make a false match. A value left empty proves nothing and is not compared.
 */
function shownMismatch(row: DecisionRow, ra: PersonRecord, rb: PersonRecord): string | undefined {
  for (const [side, record] of [['a', ra], ['b', rb]] as const) {
    for (const field of SHOWN_FIELDS) {
      const shown = row.shown?.[side]?.[field];
      if (shown === undefined || shown === '') continue;
      const actual = RECORD_VALUE[field](record) ?? '';
      // Neither value is quoted: the note goes to stderr, which --redact keeps free of names.
      if (valueKey(shown) !== valueKey(actual)) {
        return `its ${side}_${field} is not that of record ${record.recordId} of list ${side.toUpperCase()}: ` +
          `the row was written for other lists, or with A and B swapped (delete the ${side}_${field} column to apply it anyway)`;
      }
    }
  }
  return undefined;
}

export function reconcile(input: ReconcileInput): ReconcileResult {
  const { a, b, agreement, matcher } = input;
  const profile = input.profile ?? profileOf(a.kind);
  const ctx = profile.rules.context(checkContext(agreement, profile.kind), [a, b]);
  const { decisions, unused, conflicting, same } = resolveDecisions(a, b, input.decisions ?? []);

  // One entry per record; a pair's entry is reached from its A record, so B records of pairs are skipped below.
  const identifiable = { a: identifiableOf(a), b: identifiableOf(b) };
  matcher.fit?.(identifiable.a, identifiable.b);
  const settled = { a: settleRows(a, identifiable.a, matcher), b: settleRows(b, identifiable.b, matcher) };
  const [entryOfA, entryOfB] = [settled.a.entries, settled.b.entries];

  /** B records linked to an A record (their entry is the A record's), by index. */
  const pairedB = new Uint8Array(b.records.length);
  // The estimating and the duplicates leave their pairs and scores behind: collected before the
  // linking makes its own, in a large run (memory.ts).
  collectBetweenPhases(a.records.length + b.records.length, MIN_RECORDS_TO_COLLECT_BEFORE_LINKING);
  const pairs = matcher.link(settled.a.people, settled.b.people, decisions);
  // A `same` the matcher could not apply names a record it never links (a duplicate's copy, a
  // row that is not a person): the row is unused, not lost.
  if (same.length > 0) {
    const applied = new Set(pairs.filter((p) => p.decided === 'same').map((p) => p.a * b.records.length + p.b));
    const linked = { a: new Set(settled.a.people.map((r) => r.index)), b: new Set(settled.b.people.map((r) => r.index)) };
    for (const { x, y, row } of same) {
      if (applied.has(x * b.records.length + y)) continue;
      const [side, id] = !linked.a.has(x) ? ['A', row.aRecordId] : ['B', row.bRecordId];
      unused.push({ ...row, why: `record ${id} of list ${side} is never matched (a duplicate's second copy, or a row that is not a person)` });
    }
  }
  // The checking starts here: making the entries and collecting the linking's garbage take
  // seconds at a million a side, and a step named on the screen says the run goes on. It counts
  // the pairs made entries, then every entry checked: an entry is each A record's, and each B
  // record's not paired, so the two come to one a record.
  const checking = progress().start('checking', a.records.length + b.records.length);
  const madeEntries = ticker(checking);
  for (let p = 0; p < pairs.length; p++) {
    madeEntries(p);
    const pair = pairs[p]!;
    const [ra, rb] = [a.records[pair.a]!, b.records[pair.b]!];
    // Built key by key, in the order the spread literal had: one object, no temporaries, per pair.
    const entry = { status: pair.status, a: ra, b: rb, score: pair.score, why: pair.why } as LedgerEntry;
    if (pair.namesSwapped) entry.namesSwapped = true;
    if (pair.decided) entry.decision = pair.decided;
    if (pair.runnerUp) entry.runnerUp = pair.runnerUp;
    entry.findings = pair.status === 'review' ? [finding('possible-match', { a: ra, b: rb }, { args: { score: pair.score.toFixed(2) } })] : [];
    entryOfA[pair.a] = entry;
    pairedB[pair.b] = 1;
  }
  // The linking lets go of its features and candidates (at a million a side, more than a
  // gigabyte): collected now, or the rules and the reports would grow the heap on top of them.
  collectBetweenPhases(a.records.length + b.records.length);
  checking.tick(pairs.length);
  const decidedDifferent = { a: decisions.different.aSide(), b: decisions.different.bSide() };
  for (const [side, entries] of [['a', entryOfA], ['b', entryOfB]] as const) {
    for (const r of settled[side].people) {
      if (entries[r.index] !== undefined || (side === 'b' && pairedB[r.index] === 1)) continue;
      entries[r.index] = {
        status: side === 'a' ? 'only_a' : 'only_b', [side]: r,
        ...(decidedDifferent[side].has(r.index) ? { decision: 'different' as const } : {}),
        findings: [finding(side === 'a' ? 'only-in-a' : 'only-in-b', { [side]: r })],
      };
    }
  }

  const entries: LedgerEntry[] = [];
  for (const r of a.records) entries.push(entryOfA[r.index]!);
  for (const r of b.records) if (pairedB[r.index] !== 1) entries.push(entryOfB[r.index]!);

  const readFindings = readFindingsByRecord(input.readFindings);
  const anyRead = input.readFindings.length > 0;
  const findings: Finding[] = [];
  const reviewPairs: ReviewPair[] = [];
  const entriesDone = ticker(partOf(checking, pairs.length));
  for (let done = 0; done < entries.length; done++) {
    entriesDone(done);
    const entry = entries[done]!;
    // Read findings first, then those the entry was made with, then the rules'.
    const readA = anyRead && entry.a ? readFindings.a.get(entry.a.index) : undefined;
    const readB = anyRead && entry.b ? readFindings.b.get(entry.b.index) : undefined;
    const checked = checkEntry(entry, ctx, profile.rules);
    if (readA || readB) entry.findings = [...(readA ?? []), ...(readB ?? []), ...entry.findings, ...checked];
    else if (checked.length > 0) entry.findings = entry.findings.length === 0 ? checked : entry.findings.concat(checked);
    for (const f of entry.findings) findings.push(f);
    if (entry.status === 'review' || entry.decision === 'same') {
      reviewPairs.push({ a: entry.a!.index, b: entry.b!.index, score: entry.score, why: entry.why, decision: entry.decision });
    }
  }

  const listFindings = checkList(entries, ctx, profile.rules, ['a', 'b']);
  for (const f of listFindings) findings.push(f);
  checking.end();
  for (const [x, y] of decisions.different) reviewPairs.push({ a: x, b: y, decision: 'different' as const });
  reviewPairs.sort((p, q) => p.a - q.a || p.b - q.b);
  return { entries, findings, reviewPairs, unusedDecisions: unused, conflictingDecisions: conflicting, context: ctx };
}
