// The registry of reports (src/report/registry.ts): the shape every command relies on — unique
// names, one `text` and one `json` report for stdout, and the files `--out DIR` holds.
import { describe, expect, it } from 'vitest';
import { outFiles, REPORTS, type ReportSet } from '../../src/report/registry.js';

const SETS = Object.entries(REPORTS) as Array<[keyof typeof REPORTS, (typeof REPORTS)[keyof typeof REPORTS]]>;
const names = (reports: ReadonlyArray<{ name: string }>) => reports.map((r) => r.name);

describe('report registry', () => {
  it('has a set for each command that reports', () => {
    expect(SETS.map(([command]) => command).sort()).toEqual(['reconcile', 'summary', 'validate']);
  });

  it.each(SETS)('%s: every report name is unique within its set', (_, set) => {
    const all = names(set.reports);
    expect(all.length).toBeGreaterThan(0);
    expect(new Set(all).size).toBe(all.length);
  });

  it.each(SETS)('%s: exactly one `text` and one `json` report, both to stdout, and nothing else to stdout', (_, set) => {
    const stdout = set.reports.filter((r) => r.to === 'stdout');
    expect(names(stdout).sort()).toEqual(['json', 'text']);
    // A file is named by its file name; stdout reports by the --format they answer.
    for (const r of set.reports.filter((x) => x.to === 'file')) expect(r.name).toMatch(/^[a-z]+\.[a-z]+$/);
  });

  it('reconcile: --out DIR holds ledger.csv, discrepancies.csv, review.csv, summary.json and report.html, in that order', () => {
    expect(names(outFiles(REPORTS.reconcile))).toEqual(['ledger.csv', 'discrepancies.csv', 'review.csv', 'summary.json', 'report.html']);
    expect(names(outFiles(REPORTS.reconcile, []))).toEqual(['ledger.csv', 'discrepancies.csv', 'review.csv', 'summary.json', 'report.html']);
  });

  it('reconcile: report.xlsx only when asked for, after the others', () => {
    expect(names(outFiles(REPORTS.reconcile, ['report.xlsx']))).toEqual(['ledger.csv', 'discrepancies.csv', 'review.csv', 'summary.json', 'report.html', 'report.xlsx']);
    expect(names(outFiles(REPORTS.reconcile, ['report.html']))).not.toContain('report.xlsx');
    expect(REPORTS.reconcile.reports.find((r) => r.name === 'report.xlsx')).toMatchObject({ to: 'file', optional: true });
  });

  it('outFiles never gives a stdout report, even when asked for by name', () => {
    const onlyFiles = <O>(set: ReportSet<O>) => outFiles(set, names(set.reports)).every((r) => r.to === 'file');
    expect([onlyFiles(REPORTS.reconcile), onlyFiles(REPORTS.summary), onlyFiles(REPORTS.validate)]).toEqual([true, true, true]);
  });

  it('summary and validate: --out DIR holds discrepancies.csv', () => {
    expect(names(outFiles(REPORTS.summary))).toEqual(['discrepancies.csv']);
    expect(names(outFiles(REPORTS.validate))).toEqual(['discrepancies.csv']);
  });
});
