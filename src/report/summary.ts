// The run summary as data: summary.json, `--format json`, and the terminal table all come from it.
import { checkContext } from '../checks/context.js';
import { STATUSES, type LedgerEntry } from '../core/ledger.js';
import { CODE_ORDER } from '../findings/codes.js';
import type { PersonList, PersonRecord, Severity } from '../model.js';
import { countsBySide, quotaDifference, type BodyCounts } from '../remains/counts.js';
import type { RunReport } from './run.js';

export interface SideCounts {
  listed: number;
  matched: number;
  unmatched: number;
}

export interface CategorySummary {
  id: string;
  label: string;
  a: SideCounts;
  b: SideCounts;
  /** Matched pairs that both sides list under the category. */
  matched_both: number;
}

/** One side of a remains run: its bodies, how many matched, and how the count stands against the quota. */
export interface RemainsSide extends BodyCounts {
  matched: number;
  unmatched: number;
  /** counted − quota: negative when the side is short; null without a quota. */
  quota_difference: number | null;
}

export interface RemainsSummary {
  quota: number | null;
  a: RemainsSide;
  b: RemainsSide;
}

export interface Summary {
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
  /** Remains runs only. */
  remains?: RemainsSummary;
  status: Record<(typeof STATUSES)[number], number>;
  codes: Record<string, number>;
  severity: Record<Severity, number>;
  decisions: { applied: number; unused: number };
}

export function summarise(run: RunReport): Summary {
  const { entries, findings } = run.result;
  const ctx = checkContext(run.agreement, run.a.kind);
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
    ...(run.a.kind === 'remains' ? { remains: remainsSummary(run) } : {}),
    status: count(STATUSES, byStatus),
    codes: count(CODE_ORDER, (code) => findings.filter((f) => f.code === code).length),
    severity: count(['error', 'warning'] as const, (s) => findings.filter((f) => f.severity === s).length),
    decisions: {
      applied: run.result.reviewPairs.filter((p) => p.decision !== undefined).length,
      unused: run.result.unusedDecisions.length,
    },
  };
}

function remainsSummary(run: RunReport): RemainsSummary {
  const quota = run.agreement.remains_quota ?? null;
  const counts = countsBySide(run.result.entries);
  const side = (s: 'a' | 'b'): RemainsSide => {
    const matched = run.result.entries.filter((e) => e.status === 'matched' && e[s]).length;
    return { ...counts[s], matched, unmatched: counts[s].listed - matched, quota_difference: quotaDifference(counts[s], quota) };
  };
  return { quota, a: side('a'), b: side('b') };
}

export const summaryJson = (summary: Summary) => `${JSON.stringify(summary, null, 2)}\n`;

/** Codes that exist for a kind of list (remains codes are not shown for POW lists). */
export function codesForKind(kind: PersonList['kind']): string[] {
  const remainsOnly = new Set(['remains-quota', 'tag-conflict', 'dna-conflict', 'identification-mismatch', 'foreign-remains']);
  return CODE_ORDER.filter((code) => kind === 'remains' || !remainsOnly.has(code));
}
