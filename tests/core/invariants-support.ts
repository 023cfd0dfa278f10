// What the invariant properties share: lists read from CSV text as the command reads them (with
// their invalid-value findings), a run through the core with a fresh matcher, and the files the
// registry renders for `--out`, so a property sees exactly what a user would.
import { parse } from 'csv-parse/sync';
import { defaultAgreement, type Agreement } from '../../src/agreement/terms.js';
import { TOOL } from '../../src/commands/version.js';
import { reconcile, type ReconcileResult } from '../../src/core/reconcile.js';
import { generatePair, type RateOverrides } from '../../src/generate/index.js';
import { parseCsv } from '../../src/io/csv.js';
import { PROFILES } from '../../src/kinds/index.js';
import { createMatcher } from '../../src/match/create.js';
import { DEFAULT_THRESHOLDS } from '../../src/match/options.js';
import type { CsvTable, Finding, ListKind, PersonList, Side } from '../../src/model.js';
import { makeChalk } from '../../src/render/colour.js';
import type { Cell, ReportTable } from '../../src/render/csv-safe.js';
import { REPORTS, type RenderOptions } from '../../src/report/registry.js';
import type { RunReport } from '../../src/report/run.js';
import { summarise } from '../../src/report/summary.js';
import { interpretTable } from '../../src/schema/records.js';

export interface ReadList {
  list: PersonList;
  /** The invalid-value cells, which the command hands to the core with the lists. */
  findings: Finding[];
}

/** The default agreement, read once: the core never changes it. */
export const AGREEMENT: Agreement = defaultAgreement();

/** CSV text read the way the command reads a file once it is text: csv-parse, header, aliases, cells. */
export function readCsvText(text: string, side: Side, kind: ListKind, path = `${side}.csv`): ReadList {
  const parsed = parseCsv(text.replace(/^\uFEFF/, ''), path);
  const table: CsvTable = { path, sha256: '', encoding: 'utf-8', ...parsed };
  return interpretTable(table, { side, schema: PROFILES[kind].schema, label: path, agreement: AGREEMENT, userMap: new Map() });
}

/** One run of the core as `exchange reconcile` makes it: a new matcher of the kind, the read findings. */
export function runLists(a: ReadList, b: ReadList): RunReport {
  const profile = PROFILES[a.list.kind];
  const matcher = createMatcher(profile.matching, DEFAULT_THRESHOLDS);
  const result: ReconcileResult = reconcile({
    a: a.list, b: b.list, readFindings: [...a.findings, ...b.findings], agreement: AGREEMENT, matcher, profile,
  });
  return { tool: TOOL, agreement: AGREEMENT, matcher: { name: matcher.name, thresholds: DEFAULT_THRESHOLDS }, a: a.list, b: b.list, result };
}

/** Both texts read (A as side a, B as side b) and reconciled. */
export const runTexts = (a: string, b: string, kind: ListKind): RunReport => runLists(readCsvText(a, 'a', kind), readCsvText(b, 'b', kind));

export interface Generated {
  a: string;
  b: string;
}

export const generated = (size: number, seed: number, kind: ListKind, rates?: RateOverrides): Generated => {
  const pair = generatePair({ size, seed, kind, ...(rates ? { rates } : {}) });
  return { a: pair.a, b: pair.b };
};

/** The files `--out` holds that the properties compare, rendered through the registry as deliver does. */
export const COMPARED_FILES = ['ledger.csv', 'discrepancies.csv', 'review.csv', 'summary.json'] as const;

const RENDER: RenderOptions = { chalk: makeChalk(undefined, { NO_COLOR: '1' }), csv: {}, verdict: { failOn: 'error', failed: false, written: [] } };

export async function renderFiles(run: RunReport): Promise<Record<(typeof COMPARED_FILES)[number], string>> {
  const outcome = { run, summary: summarise(run) };
  const files = {} as Record<(typeof COMPARED_FILES)[number], string>;
  for (const name of COMPARED_FILES) {
    const report = REPORTS.reconcile.reports.find((r) => r.name === name)!;
    const content = await report.render(outcome, RENDER);
    files[name] = typeof content === 'string' ? content : Buffer.from(content).toString('utf8');
  }
  return files;
}

/** CSV text back to rows of cells, nothing trimmed or cast. */
export const csvRows = (text: string): string[][] => parse(text, { relax_column_count: false, skip_empty_lines: false }) as string[][];

/**
 * The text a report cell must have in the written file, stated here on its own rather than taken
 * from src/render: a number as written, a fixed-decimal number with its digits, nothing as empty,
 * and text that a spreadsheet would read as a formula (= + - @ tab CR first) behind a leading '.
 */
export function expectedCell(cell: Cell): string {
  if (cell === undefined) return '';
  if (typeof cell === 'number') return String(cell);
  if (typeof cell === 'object') return cell.value.toFixed(cell.digits);
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

export const expectedRows = (table: ReportTable): string[][] => [table.header.map(expectedCell), ...table.rows.map((row) => row.map(expectedCell))];

/** Data lines of a generated CSV text in another order (the header first still); one record per line. */
export function permuteLines(text: string, order: readonly number[]): string {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = text.split(eol);
  const trailing = lines.at(-1) === '' ? lines.pop() : undefined;
  const [header, ...data] = lines;
  const permuted = order.map((i) => data[i]!);
  return [header, ...permuted, ...(trailing === undefined ? [] : [trailing])].join(eol);
}

/** How many data lines a generated CSV text holds. */
export const dataLineCount = (text: string): number => text.split(/\r?\n/).filter((l) => l !== '').length - 1;
