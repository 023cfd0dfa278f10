// The run summary as data: summary.json, `--format json`, and the terminal table all come from it.
import { CODE_ORDER, type Code } from '../codes.js';
import { profileOf } from '../kinds/index.js';
import {
  LEDGER_STATUSES, type CategorySummary, type Finding, type KindSections, type LedgerEntry, type PersonList, type PersonRecord, type Severity, type SideCounts,
} from '../model.js';
import type { RunReport } from './run.js';

/** Findings counted by code, every code present (0 when none), in code order. */
export const countByCode = (findings: readonly Finding[]): Record<Code, number> => {
  const counts = Object.fromEntries(CODE_ORDER.map((code) => [code, 0])) as Record<Code, number>;
  for (const f of findings) counts[f.code]++;
  return counts;
};

/** Findings counted by severity. */
export const countBySeverity = (findings: readonly Finding[]): Record<Severity, number> => ({
  error: findings.filter((f) => f.severity === 'error').length,
  warning: findings.filter((f) => f.severity === 'warning').length,
});

export interface Summary extends KindSections {
  tool: RunReport['tool'];
  kind: PersonList['kind'];
  agreement: RunReport['agreement'];
  matcher: RunReport['matcher'];
  inputs: Array<{
    side: 'a' | 'b'; path: string; label: string; rows: number; sha256: string;
    /** Physical line of the header row; rows above it skipped (title, blank); headers no field takes. */
    header_line: number;
    skipped_rows: Array<{ line: number; text: string }>;
    unused_columns: Array<{ header: string; column: number; suggestion?: string }>;
  }>;
  categories: CategorySummary[];
  status: Record<(typeof LEDGER_STATUSES)[number], number>;
  codes: Record<Code, number>;
  severity: Record<Severity, number>;
  decisions: { applied: number; unused: number };
}

export function summarise(run: RunReport): Summary {
  const { entries, findings } = run.result;
  const ctx = run.result.context;
  const people = entries.filter((e) => e.status !== 'duplicate');
  // Empty and closing total rows (rowKind) are rows of the file but no one listed under a category.
  const listedUnder = (r: PersonRecord | undefined, id: string) =>
    r !== undefined && r.rowKind === undefined && (r.categories.includes(id) || ctx.implied.includes(id));
  const sideCounts = (side: 'a' | 'b', id: string): SideCounts => {
    const listed = people.filter((e) => listedUnder(e[side], id));
    const matched = listed.filter((e) => e.status === 'matched').length;
    return { listed: listed.length, matched, unmatched: listed.length - matched };
  };
  const count = <K extends string>(keys: readonly K[], of: (key: K) => number) =>
    Object.fromEntries(keys.map((k) => [k, of(k)])) as Record<K, number>;
  const byStatus = (status: LedgerEntry['status']) => entries.filter((e) => e.status === status).length;
  return {
    tool: run.tool,
    kind: run.a.kind,
    agreement: run.agreement,
    matcher: run.matcher,
    inputs: [run.a, run.b].map((list) => ({
      side: list.side, path: list.path, label: list.label, rows: list.records.length, sha256: list.sha256,
      header_line: list.reading?.headerLine ?? 1,
      skipped_rows: list.reading?.skippedRows ?? [],
      unused_columns: list.reading?.unusedColumns ?? [],
    })),
    categories: run.agreement.categories.map((c) => ({
      id: c.id,
      label: c.label,
      a: sideCounts('a', c.id),
      b: sideCounts('b', c.id),
      matched_both: people.filter((e) => e.status === 'matched' && listedUnder(e.a, c.id) && listedUnder(e.b, c.id)).length,
    })),
    ...profileOf(run.a.kind).summarySections(entries, ctx),
    status: count(LEDGER_STATUSES, byStatus),
    codes: countByCode(findings),
    severity: countBySeverity(findings),
    decisions: {
      applied: run.result.reviewPairs.filter((p) => p.decision !== undefined).length,
      unused: run.result.unusedDecisions.length,
    },
  };
}

export const summaryJson = (summary: Summary) => `${JSON.stringify(summary, null, 2)}\n`;

