// Empty and closing total rows in the ledger: every data row once, `invalid`, never matched.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultAgreement } from '../../src/agreement/terms.js';
import { reconcile } from '../../src/core/reconcile.js';
import { examineList } from '../../src/core/single-list.js';
import { readTable } from '../../src/io/read-table.js';
import { createMatcher } from '../../src/match/create.js';
import { countsBySide } from '../../src/remains/counts.js';
import { ScoredMatcher } from '../../src/match/engine/engine.js';
import { DEFAULT_THRESHOLDS } from '../../src/match/options.js';
import type { Side } from '../../src/model.js';
import { interpretTable } from '../../src/schema/records.js';
import { PROFILES } from '../../src/kinds/index.js';

const CLERK = new URL('../io/clerk-files/', import.meta.url).pathname;
const agreement = defaultAgreement();
const read = async (name: string, side: Side) =>
  interpretTable(await readTable(join(CLERK, name)), { side, schema: PROFILES.pow.schema, label: name, agreement, userMap: new Map() });

describe('non-person rows in a reconciliation', () => {
  it('every data row is in the ledger once; empty rows are empty-row, a disagreeing total is total-mismatch', async () => {
    const [a, b] = [await read('ua-1251.csv', 'a'), await read('ru.csv', 'b')];
    const matcher = new ScoredMatcher(DEFAULT_THRESHOLDS);
    const result = reconcile({ a: a.list, b: b.list, readFindings: [...a.findings, ...b.findings], agreement, matcher });
    const lines = (side: Side) => result.entries.flatMap((e) => (e[side] ? [e[side]!.line] : [])).sort((x, y) => x - y);
    expect(lines('a')).toEqual([4, 5, 6, 7, 8, 9, 10]);
    expect(lines('b')).toEqual([3, 4, 5, 6]);
    const rows = result.entries.map((e) => [e.status, e.a?.line ?? null, e.b?.line ?? null, e.findings.map((f) => f.code).join('|'), e.why ?? '']);
    expect(rows.filter(([status]) => status === 'invalid')).toEqual([
      ['invalid', 7, null, 'empty-row', 'empty row'],
      ['invalid', 8, null, 'total-mismatch', 'closing total row: 4'],
      ['invalid', 9, null, 'empty-row', 'empty row'],
      ['invalid', 10, null, 'empty-row', 'empty row'],
      ['invalid', null, 5, 'empty-row', 'empty row'],
      ['invalid', null, 6, '', 'closing total row: 2'],
    ]);
    expect(result.entries.filter((e) => e.status === 'matched')).toHaveLength(2);
    const mismatch = result.findings.find((f) => f.code === 'total-mismatch')!;
    expect(mismatch).toMatchObject({ severity: 'warning', a: { line: 8, recordId: '8' }, args: { stated: 4, counted: 3 } });
    expect(result.findings.filter((f) => f.code === 'missing-identity')).toEqual([]);
    // Non-person rows count under no category: 3 people against 2.
    expect(result.findings.filter((f) => f.code === 'count-mismatch').map((f) => f.args)).toEqual([{ category: 'all_for_all', a: 3, b: 2 }]);
  });

  it('in a remains list, empty and total rows are no bodies', () => {
    const table = (side: Side) => ({
      path: `${side}.csv`, sha256: '', encoding: 'utf-8' as const, delimiter: ',' as const, header: ['tag'],
      rows: [{ line: 2, cells: ['UA-2025-000101'] }, { line: 3, cells: [''] }, { line: 4, cells: ['Всього: 1'] }],
    });
    const read = (side: Side) => interpretTable(table(side), { side, schema: PROFILES.remains.schema, label: side, agreement, userMap: new Map() }).list;
    const result = reconcile({ a: read('a'), b: read('b'), readFindings: [], agreement, matcher: createMatcher(PROFILES.remains.matching, DEFAULT_THRESHOLDS) });
    expect(countsBySide(result.entries, result.context.fallenCitizenship).a.listed).toBe(1);
    expect(result.entries.map((e) => e.status)).toEqual(['matched', 'invalid', 'invalid', 'invalid', 'invalid']);
    expect(result.findings.map((f) => f.code).filter((c) => c === 'total-mismatch')).toEqual([]);
  });

  it('on its own (summary, validate): the same findings; people leave out the non-person rows', async () => {
    const a = await read('ua-1251.csv', 'a');
    const result = examineList(a.list, a.findings, agreement, new ScoredMatcher(DEFAULT_THRESHOLDS));
    expect(result.people).toBe(3);
    expect(result.invalid).toBe(4);
    expect(result.findings.map((f) => [f.code, f.a?.line])).toEqual([
      ['invalid-value', 6], ['empty-row', 7], ['total-mismatch', 8], ['empty-row', 9], ['empty-row', 10],
    ]);
  });

  it('a row that holds something but nothing that identifies a person is still missing-identity', () => {
    const table = { path: 'x.csv', sha256: '', encoding: 'utf-8' as const, delimiter: ',' as const, header: ['surname', 'rank'], rows: [{ line: 2, cells: ['', 'солдат'] }, { line: 3, cells: ['', ''] }] };
    const { list } = interpretTable(table, { side: 'a', schema: PROFILES.pow.schema, label: 'x', agreement, userMap: new Map() });
    const result = examineList(list, [], agreement, new ScoredMatcher(DEFAULT_THRESHOLDS));
    expect(result.findings.map((f) => [f.code, f.severity, f.a?.line])).toEqual([['missing-identity', 'error', 2], ['empty-row', 'warning', 3]]);
  });
});
