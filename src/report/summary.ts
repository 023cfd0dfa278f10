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
export const countBySeverity = (findings: readonly Finding[]): Record<Severity, number> => ({
  error: findings.filter((f) => f.severity === 'error').length,
  warning: findings.filter((f) => f.severity === 'warning').length,
});

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
  /** `path` and `sha256` only with --decisions, so a run without one keeps its summary.json. */
  decisions: { applied: number; unused: number; path?: string; sha256?: string };
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
      ...sources.decisions,
    },
  };
}

export const summaryJson = (summary: Summary) => `${JSON.stringify(summary, null, 2)}\n`;

