// A generated pair of registers of 2,000 bodies, reconciled by the core as the command does:
// linkage quality against the generator's truth, and every remains rule at work.
import { describe, expect, it } from 'vitest';
import { defaultAgreement } from '../../src/agreement/terms.js';
import { measure } from '../../src/bench/measure.js';
import { generateDetailed } from '../../src/generate/index.js';
import { summarise } from '../../src/report/summary.js';
import { ledgerCsv } from '../../src/report/ledger-csv.js';
import { listFromCsv } from '../helpers.js';
import { reconcileRemains } from './lists.js';

const detail = generateDetailed({ size: 2000, seed: 'remains-e2e', kind: 'remains' });
const a = listFromCsv(detail.a, 'a', 'a.csv', 'remains');
const b = listFromCsv(detail.b, 'b', 'b.csv', 'remains');
const result = reconcileRemains(a, b);
const truth = new Set(detail.truth.trim().split('\n').slice(1).map((line) => line.replace(',', '\t')));

describe('generated remains, 2,000 bodies', () => {
  it('matches with precision ≥ 0.99 and recall ≥ 0.98', () => {
    const q = measure(result, a, b, truth);
    expect(q.precision).toBeGreaterThanOrEqual(0.99);
    expect(q.recall).toBeGreaterThanOrEqual(0.98);
  });

  it("reads B's year register (`2024/37`) by its convention: tag-conflict only where B wrote another body's tag", () => {
    const conflicts = result.findings.filter((f) => f.code === 'tag-conflict').length;
    const matched = result.entries.filter((e) => e.status === 'matched').length;
    expect(detail.b).toMatch(/,\d{4}\/\d{1,2},/);
    // B writes another body's tag for 1% of bodies (tagConflict); the rest agree.
    expect(conflicts / matched).toBeLessThan(0.02);
  });

  it('keeps every row in the ledger exactly once', () => {
    const seen = result.entries.flatMap((e) => [e.a && `a${e.a.index}`, e.b && `b${e.b.index}`]).filter(Boolean);
    expect(new Set(seen).size).toBe(a.records.length + b.records.length);
    expect(seen).toHaveLength(a.records.length + b.records.length);
  });

  it('flags the foreign bodies the generator mixed in', () => {
    const otherSide = new Set(detail.aRecords.filter((r) => detail.people[r.personId]!.otherSide).map((r) => r.recordId));
    const flagged = new Set(result.findings.filter((f) => f.code === 'foreign-remains' && f.a).map((f) => f.a!.recordId));
    expect(otherSide.size).toBeGreaterThan(0);
    for (const id of otherSide) expect(flagged.has(id) || result.entries.some((e) => e.status === 'duplicate' && e.a?.recordId === id), id).toBe(true);
  });

  it('raises every remains code', () => {
    const codes = new Set<string>(result.findings.map((f) => f.code));
    for (const code of ['tag-conflict', 'dna-conflict', 'identification-mismatch', 'foreign-remains', 'remains-quota', 'duplicate-record']) {
      expect(codes.has(code), code).toBe(true);
    }
    for (const code of ['category-mismatch', 'count-mismatch', 'eligible-not-listed', 'age-out-of-range']) expect(codes.has(code), code).toBe(false);
  });

  it('reports the remains per side in the summary and the ledger', () => {
    const run = { tool: { name: 'exchange', version: 'test' }, agreement: defaultAgreement(), matcher: { name: 'scored' }, a, b, result };
    const summary = summarise(run);
    expect(summary.remains?.quota).toBe(6000);
    for (const side of ['a', 'b'] as const) {
      const s = summary.remains![side];
      expect(s.identified + s.unidentified).toBe(s.listed);
      expect(s.matched + s.unmatched).toBe(s.listed);
      expect(s.counted).toBe(s.listed - s.foreign);
      expect(s.quota_difference).toBe(s.counted - 6000);
      expect(s.matched).toBe(summary.status.matched);
    }
    const header = ledgerCsv(run).split('\n', 1)[0]!;
    expect(header).toContain(',codes,a_tag,b_tag,a_dna_sample_id,b_dna_sample_id,why,explanation,decision');
  });
});

