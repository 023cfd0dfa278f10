// A person's decisions that contradict each other (core/decisions.ts): never applied, every row
// accounted for (applied, unused or conflicting), and the same result whatever the rows' order.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultAgreement } from '../../src/agreement/terms.js';
import { sortDecisions, type DecisionRow } from '../../src/core/decisions.js';
import { reconcile } from '../../src/core/reconcile.js';
import { ScoredMatcher } from '../../src/match/engine/engine.js';
import { DEFAULT_THRESHOLDS } from '../../src/match/options.js';
import type { RunReport } from '../../src/report/run.js';
import { summarise } from '../../src/report/summary.js';
import { listFromCsv } from '../helpers.js';

const HEADER = 'record_id,surname,given_name,date_of_birth';
/** 37↔35 agree exactly; 38↔36 share surname and birth date, not the given name (a pair to review); 39↔34 agree. */
const A = listFromCsv([HEADER, '37,Savchuk,Roman,21.01.1991', '38,Sydorenko,Yurii,30.08.1991', '39,Bondar,Serhii,02.03.1985'].join('\n'), 'a', 'da.csv');
const B = listFromCsv([HEADER, '35,Savchuk,Roman,21.01.1991', '36,Sydorenko,Vasyl,30.08.1991', '34,Bondar,Serhii,02.03.1985'].join('\n'), 'b', 'db.csv');

const row = (aRecordId: string, bRecordId: string, decision: DecisionRow['decision'], line?: number): DecisionRow =>
  ({ aRecordId, bRecordId, decision, ...(line !== undefined ? { line } : {}) });

function run(decisions: DecisionRow[]) {
  const agreement = defaultAgreement();
  const matcher = new ScoredMatcher(DEFAULT_THRESHOLDS);
  const result = reconcile({ a: A, b: B, readFindings: [], agreement, matcher, decisions });
  const report: RunReport = { tool: { name: 'exchange', version: '0.0.0' }, agreement, matcher: { name: matcher.name }, a: A, b: B, result };
  return { result, summary: summarise(report) };
}

/** The ledger as `status a~b decision`, by record id. */
const ledger = (result: ReturnType<typeof run>['result']) =>
  result.entries.map((e) => `${e.status} ${e.a?.recordId ?? ''}~${e.b?.recordId ?? ''}${e.decision ? ` ${e.decision}` : ''}`);

const content = (r: DecisionRow) => `${r.aRecordId}~${r.bRecordId} ${r.decision}`;

describe('sortDecisions', () => {
  const conflicting = (rows: DecisionRow[]) => sortDecisions(rows).conflicts.map((c) => c.row.line);

  it('sets aside one A record decided same with two B records, and one B record with two A records', () => {
    expect(conflicting([row('38', '36', 'same', 2), row('38', '35', 'same', 3), row('39', '34', 'same', 4)])).toEqual([3, 2]);
    expect(conflicting([row('37', '35', 'same', 2), row('38', '35', 'same', 3)])).toEqual([2, 3]);
  });

  it('sets aside a pair decided both same and different', () => {
    const { agreed, conflicts } = sortDecisions([row('38', '36', 'same', 2), row('38', '36', 'different', 3)]);
    expect(agreed).toEqual([]);
    expect(conflicts).toEqual([
      { row: row('38', '36', 'different', 3), contradicts: [row('38', '36', 'same', 2)] },
      { row: row('38', '36', 'same', 2), contradicts: [row('38', '36', 'different', 3)] },
    ]);
  });

  it('takes every row of a chain: B 35 decided same with A 37 and A 38, A 38 also with B 36', () => {
    expect(conflicting([row('38', '36', 'same', 2), row('38', '35', 'same', 3), row('37', '35', 'same', 4)]).sort()).toEqual([2, 3, 4]);
  });

  it('finds nothing to contradict in a repeated row, in several `different`, or in `same` beside `different` with another record', () => {
    const rows = [
      row('38', '36', 'same', 2), row('38', '36', 'same', 3),
      row('37', '36', 'different', 4), row('37', '34', 'different', 5), row('38', '35', 'different', 6),
    ];
    expect(sortDecisions(rows)).toEqual({ agreed: rows, conflicts: [] });
  });
});

describe('reconcile with contradicting decisions', () => {
  it('applies neither of two `same` rows for one A record: 37↔35 stays matched, 38↔36 goes back to review', () => {
    const before = run([]);
    const { result, summary } = run([row('38', '36', 'same', 2), row('38', '35', 'same', 3)]);
    expect(ledger(result)).toEqual(['matched 37~35', 'review 38~36', 'matched 39~34']);
    expect(ledger(result)).toEqual(ledger(before.result));
    expect(result.reviewPairs.map((p) => [A.records[p.a]!.recordId, B.records[p.b]!.recordId, p.decision])).toEqual([['38', '36', undefined]]);
    expect(result.conflictingDecisions.map((r) => r.line)).toEqual([3, 2]);
    expect(summary.decisions).toEqual({ applied: 0, unused: 0, conflicting: 2 });
  });

  it('applies neither `same` nor `different` for one pair: the engine decides it as if undecided', () => {
    const { result, summary } = run([row('38', '36', 'same', 2), row('38', '36', 'different', 3)]);
    expect(ledger(result)).toEqual(['matched 37~35', 'review 38~36', 'matched 39~34']);
    expect(summary.decisions).toEqual({ applied: 0, unused: 0, conflicting: 2 });
    // The exact pair too: contradicted, it is matched by the engine, not kept apart.
    expect(ledger(run([row('37', '35', 'different', 2), row('37', '35', 'same', 3)]).result)[0]).toBe('matched 37~35');
  });

  it('counts each row once: conflicting before unused, and the rest applied', () => {
    const { result, summary } = run([
      row('38', '36', 'same', 2), row('38', '35', 'same', 3), row('37', '35', 'same', 4), // a chain: all three set aside
      row('38', '99', 'same', 5), // contradicts lines 2 and 3 too, though B 99 is in no list
      row('99', '34', 'different', 6), // names a record not in the lists
      row('39', '34', 'different', 7), row('39', '34', 'different', 8), // applied, once
    ]);
    expect(ledger(result)).toEqual(['matched 37~35', 'review 38~36', 'only_a 39~ different', 'only_b ~34 different']);
    expect(summary.decisions).toEqual({ applied: 1, unused: 1, conflicting: 4 });
    expect(result.unusedDecisions).toEqual([{ ...row('99', '34', 'different', 6), why: 'no record 99 in list A' }]);
  });

  it('counts as unused a `same` that names a record the matcher never links (a duplicate\'s copy), rather than losing it', () => {
    const twice = listFromCsv([HEADER, '37,Savchuk,Roman,21.01.1991', '38,Sydorenko,Yurii,30.08.1991', '40,Sydorenko,Yurii,30.08.1991'].join('\n'), 'a', 'da.csv');
    const agreement = defaultAgreement();
    const matcher = new ScoredMatcher(DEFAULT_THRESHOLDS);
    const decisions = [row('38', '36', 'different', 2), row('40', '36', 'same', 3)];
    const result = reconcile({ a: twice, b: B, readFindings: [], agreement, matcher, decisions });
    const report: RunReport = { tool: { name: 'exchange', version: '0.0.0' }, agreement, matcher: { name: matcher.name }, a: twice, b: B, result };
    // 40 is 38's copy in list A: its entry is a duplicate, never linked, so the `same` cannot apply.
    expect(result.entries.find((e) => e.a?.recordId === '40')?.status).toBe('duplicate');
    expect(result.unusedDecisions).toEqual([{ ...row('40', '36', 'same', 3), why: "record 40 of list A is never matched (a duplicate's second copy, or a row that is not a person)" }]);
    expect(summarise(report).decisions).toEqual({ applied: 1, unused: 1, conflicting: 0 });
  });

  it('counts a row with an empty id as naming no pair: unused, and no contradiction of a real decision', () => {
    const { result, summary } = run([row('38', '36', 'same', 2), row('38', '', 'same', 3), row('', '', 'same', 4)]);
    expect(ledger(result)).toEqual(['matched 37~35', 'matched 38~36 same', 'matched 39~34']);
    expect(summary.decisions).toEqual({ applied: 1, unused: 2, conflicting: 0 });
    expect(result.unusedDecisions.map((r) => [r.line, r.why])).toEqual([[3, 'names no pair (no B record id)'], [4, 'names no pair (no A record id)']]);
  });

  it('applies no decision that names a record id two rows of a list hold: which was meant cannot be known', () => {
    // Two people under id 7 in list A (the second is Шевчук, whom B's 36 is not).
    const twice = listFromCsv([HEADER, '7,Savchuk,Roman,21.01.1991', '7,Sydorenko,Yurii,30.08.1991'].join('\n'), 'a', 'da.csv');
    const agreement = defaultAgreement();
    const matcher = new ScoredMatcher(DEFAULT_THRESHOLDS);
    const result = reconcile({ a: twice, b: B, readFindings: [], agreement, matcher, decisions: [row('7', '36', 'same', 2)] });
    expect(result.unusedDecisions.map((r) => r.why)).toEqual(['record id 7 is on more than one row of list A']);
    expect(result.entries.some((e) => e.decision === 'same')).toBe(false);
    // Savchuk still meets his counterpart by the engine.
    expect(result.entries.find((e) => e.a?.surname === 'Savchuk')?.b?.recordId).toBe('35');
  });

  it('applies a row repeated word for word once, with nothing set aside', () => {
    const { result, summary } = run([row('38', '36', 'same', 2), row('38', '36', 'same', 3)]);
    expect(ledger(result)).toEqual(['matched 37~35', 'matched 38~36 same', 'matched 39~34']);
    expect(summary.decisions).toEqual({ applied: 1, unused: 0, conflicting: 0 });
  });

  it('gives the same result whatever the order of the rows', () => {
    const ids = { a: ['37', '38', '39', '99'], b: ['34', '35', '36', '98'] };
    const decision = fc.record({
      aRecordId: fc.constantFrom(...ids.a),
      bRecordId: fc.constantFrom(...ids.b),
      decision: fc.constantFrom<DecisionRow['decision']>('same', 'different'),
    });
    // Rows with repeats, and the same rows in another order; each file's lines are its own.
    const files = fc.array(decision, { maxLength: 8 }).chain((rows) =>
      fc.tuple(fc.constant(rows), fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length })));
    const numbered = (rows: DecisionRow[]) => rows.map((r, i) => ({ ...r, line: i + 2 }));
    const outcome = (rows: DecisionRow[]) => {
      const { result, summary } = run(numbered(rows));
      return {
        ledger: ledger(result),
        review: result.reviewPairs,
        decisions: summary.decisions,
        conflicting: result.conflictingDecisions.map(content),
        unused: result.unusedDecisions.map(content).sort(),
      };
    };
    fc.assert(
      fc.property(files, ([rows, shuffled]) => {
        const first = outcome(rows);
        expect(outcome(shuffled)).toEqual(first);
        // Every row accounted for, and none of the set-aside rows applied.
        const applied = rows.length - first.conflicting.length - first.unused.length;
        expect(applied).toBeGreaterThanOrEqual(first.decisions.applied);
        const decided = first.review.filter((p) => p.decision !== undefined).map((p) => `${A.records[p.a]!.recordId}~${B.records[p.b]!.recordId} ${p.decision}`);
        for (const pair of decided) expect(first.conflicting).not.toContain(pair);
        // No record decided `same` twice, no pair decided both ways.
        const same = decided.filter((d) => d.endsWith(' same')).map((d) => d.split(/[~ ]/));
        expect(new Set(same.map(([x]) => x)).size).toBe(same.length);
        expect(new Set(same.map(([, y]) => y)).size).toBe(same.length);
        expect(new Set(decided.map((d) => d.split(' ')[0])).size).toBe(decided.length);
      }),
      { numRuns: 60 },
    );
  });
});
