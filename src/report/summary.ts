// The run summary as data: summary.json, `--format json`, and the terminal table all come from it.
import { createHash } from 'node:crypto';
import { CODE_ORDER, type Code } from '../codes.js';
import { profileOf } from '../kinds/index.js';
import {
  LEDGER_STATUSES, type CategorySummary, type Finding, type KindSections, type LedgerEntry, type PersonList, type PersonRecord, type Severity, type SideCounts,
} from '../model.js';
import type { RedactionNote } from './redact.js';
import type { RunReport } from './run.js';

/** Findings counted by code, every code present (0 when none), in code order. */
export const countByCode = (findings: readonly Finding[]): Record<Code, number> => {
  const counts = Object.fromEntries(CODE_ORDER.map((code) => [code, 0])) as Record<Code, number>;
  for (const f of findings) counts[f.code]++;
  return counts;
};

/** Findings counted by severity. */
export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts = { error: 0, warning: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

/**
 * The SHA-256 of the agreement used, so a report is tied to exactly the terms it checked: of the
 * file's bytes with `--agreement FILE` (`of: "file"`), else of the embedded terms as loaded, in
 * canonical JSON (`of: "canonical-json"`: keys sorted, no spaces; see canonicalJson).
 */
export interface AgreementDigest {
  of: 'file' | 'canonical-json';
  sha256: string;
}

/** What the shell knows of a run beyond the run itself: the files' fingerprints, the redaction. */
export interface SummarySources {
  /** Default: the canonical JSON of `run.agreement`. */
  agreement?: AgreementDigest;
  /** --decisions: the file and the SHA-256 of its bytes. */
  decisions?: { path: string; sha256: string };
  /** --redact: how the run was redacted. */
  redaction?: RedactionNote;
}

export interface Summary extends KindSections {
  tool: RunReport['tool'];
  /** Present only when the reports were redacted (--redact). */
  redaction?: RedactionNote;
  kind: PersonList['kind'];
  agreement: RunReport['agreement'];
  agreement_sha256: AgreementDigest;
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
  /**
   * `applied`: the pairs decided (a row repeated counts once); `unused`: the rows that name a
   * record not in the lists; `conflicting`: the rows left out because they contradict others.
   * `path` and `sha256` only with --decisions, so a run without one keeps its summary.json.
   */
  decisions: { applied: number; unused: number; conflicting: number; path?: string; sha256?: string };
}

/** JSON with every object's keys sorted and no spaces: the same terms give the same text, whatever order a file wrote them in. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export const sha256Hex = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

export function summarise(run: RunReport, sources: SummarySources = {}): Summary {
  const { entries, findings } = run.result;
  const ctx = run.result.context;
  // One pass over the entries counts every category of both sides (a run holds a million entries).
  const categoryIds = [...new Set(run.agreement.categories.map((c) => c.id))];
  const zero = (): SideCounts => ({ listed: 0, matched: 0, unmatched: 0 });
  const tallies = new Map(categoryIds.map((id) => [id, { a: zero(), b: zero(), matched_both: 0 }]));
  // Empty and closing total rows (rowKind) are rows of the file but no one listed under a category.
  const listedUnder = (r: PersonRecord | undefined, id: string) =>
    r !== undefined && r.rowKind === undefined && (r.categories.includes(id) || ctx.implied.includes(id));
  const statuses = new Map<LedgerEntry['status'], number>();
  for (const e of entries) {
    statuses.set(e.status, (statuses.get(e.status) ?? 0) + 1);
    if (e.status === 'duplicate') continue;
    const matched = e.status === 'matched';
    for (const id of categoryIds) {
      const tally = tallies.get(id)!;
      const [inA, inB] = [listedUnder(e.a, id), listedUnder(e.b, id)];
      if (inA) { tally.a.listed++; if (matched) tally.a.matched++; }
      if (inB) { tally.b.listed++; if (matched) tally.b.matched++; }
      if (matched && inA && inB) tally.matched_both++;
    }
  }
  const sideCounts = ({ listed, matched }: SideCounts): SideCounts => ({ listed, matched, unmatched: listed - matched });
  const count = <K extends string>(keys: readonly K[], of: (key: K) => number) =>
    Object.fromEntries(keys.map((k) => [k, of(k)])) as Record<K, number>;
  const byStatus = (status: LedgerEntry['status']) => statuses.get(status) ?? 0;
  return {
    tool: run.tool,
    ...(sources.redaction ? { redaction: sources.redaction } : {}),
    kind: run.a.kind,
    agreement: run.agreement,
    agreement_sha256: sources.agreement ?? { of: 'canonical-json', sha256: sha256Hex(canonicalJson(run.agreement)) },
    matcher: run.matcher,
    inputs: [run.a, run.b].map((list) => ({
      side: list.side, path: list.path, label: list.label, rows: list.records.length, sha256: list.sha256,
      header_line: list.reading?.headerLine ?? 1,
      skipped_rows: list.reading?.skippedRows ?? [],
      unused_columns: list.reading?.unusedColumns ?? [],
    })),
    categories: run.agreement.categories.map((c) => {
      const tally = tallies.get(c.id)!;
      return { id: c.id, label: c.label, a: sideCounts(tally.a), b: sideCounts(tally.b), matched_both: tally.matched_both };
    }),
    ...profileOf(run.a.kind).summarySections(entries, ctx),
    status: count(LEDGER_STATUSES, byStatus),
    codes: countByCode(findings),
    severity: countBySeverity(findings),
    decisions: {
      applied: run.result.reviewPairs.filter((p) => p.decision !== undefined).length,
      unused: run.result.unusedDecisions.length,
      conflicting: run.result.conflictingDecisions.length,
      ...sources.decisions,
    },
  };
}

export const summaryJson = (summary: Summary) => `${JSON.stringify(summary, null, 2)}\n`;

