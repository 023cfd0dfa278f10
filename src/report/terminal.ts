// The coloured summary printed by `exchange reconcile` (text format).
import type { ChalkInstance } from 'chalk';
import type { RemainsSide, Summary } from './summary.js';
import { codesForKind } from './summary.js';
import { CODES, type Code } from '../findings/codes.js';
import { quotaDifference, type BodyCounts } from '../remains/counts.js';
import { count, renderTable, type StyledCell } from './table.js';

export interface TerminalExtras {
  written: string[];
  failOn: 'error' | 'warning' | 'never';
  failed: boolean;
}

export function renderReconcileText(summary: Summary, chalk: ChalkInstance, extras: TerminalExtras): string {
  const [a, b] = summary.inputs as [Summary['inputs'][number], Summary['inputs'][number]];
  const out: string[] = [];
  out.push(chalk.bold(`${summary.agreement.name}`) + chalk.dim(` — reference date ${summary.agreement.reference_date}, ${summary.kind} lists, ${summary.matcher.name} matcher`));
  out.push(`  A  ${a.label}  ${chalk.dim(count(a.rows, 'row'))}`);
  out.push(`  B  ${b.label}  ${chalk.dim(count(b.rows, 'row'))}`);
  out.push('');
  if (summary.remains) out.push(...renderRemains([{ label: 'A', ...summary.remains.a }, { label: 'B', ...summary.remains.b }], summary.remains.quota, chalk));
  else out.push(...renderCategories(summary, chalk));
  out.push('');
  out.push(chalk.bold('Ledger'));
  out.push(renderTable(Object.entries(summary.status).map(([status, n]) => [status, { text: String(n), style: n ? undefined : chalk.dim }])));
  out.push('');
  out.push(chalk.bold('Discrepancies') + `  ${chalk.red(count(summary.severity.error, 'error'))}, ${chalk.yellow(count(summary.severity.warning, 'warning'))}`);
  const rows = codesForKind(summary.kind)
    .filter((code) => (summary.codes[code] ?? 0) > 0)
    .map((code) => {
      const severity = CODES[code as Code].severity;
      const colour = severity === 'error' ? chalk.red : chalk.yellow;
      return [code, String(summary.codes[code]), { text: severity, style: colour }];
    });
  out.push(rows.length ? renderTable(rows) : chalk.green('  none'));
  if (summary.decisions.applied || summary.decisions.unused) {
    out.push('');
    out.push(`Decisions: ${summary.decisions.applied} applied` + (summary.decisions.unused ? chalk.yellow(`, ${summary.decisions.unused} name records not in the lists`) : ''));
  }
  out.push('');
  if (extras.written.length) out.push(`Wrote ${extras.written.join(', ')}`);
  const verdict = extras.failed
    ? chalk.red.bold(`FAIL`) + ` — findings at or above --fail-on ${extras.failOn}`
    : chalk.green.bold('OK') + (extras.failOn === 'never' ? ' — --fail-on never' : ` — nothing at or above --fail-on ${extras.failOn}`);
  out.push(verdict);
  return out.join('\n') + '\n';
}

function renderCategories(summary: Summary, chalk: ChalkInstance): string[] {
  return [
    chalk.bold('Categories'),
    renderTable([
      ['', 'A listed', 'A matched', 'A only', 'B listed', 'B matched', 'B only', 'both'].map((text) => ({ text, style: chalk.dim })),
      ...summary.categories.map((c) => [
        c.label,
        String(c.a.listed), String(c.a.matched), { text: String(c.a.unmatched), style: c.a.unmatched ? chalk.yellow : chalk.dim },
        String(c.b.listed), String(c.b.matched), { text: String(c.b.unmatched), style: c.b.unmatched ? chalk.yellow : chalk.dim },
        String(c.matched_both),
      ]),
    ]),
  ];
}

/** A remains column: a side of a run, or one list on its own (no matched rows then). */
export type RemainsColumn = BodyCounts & Partial<Pick<RemainsSide, 'matched' | 'unmatched'>> & { label: string };

/** Bodies per side against the quota, one column a side: the remains runs' table instead of the categories. */
export function renderRemains(columns: readonly RemainsColumn[], quota: number | null, chalk: ChalkInstance): string[] {
  const row = (name: string, cell: (c: RemainsColumn) => string | StyledCell) => [name, ...columns.map(cell)];
  const warn = (n: number | undefined) => ({ text: String(n ?? 0), style: n ? chalk.yellow : chalk.dim });
  const rows = [
    ['', ...columns.map((c) => ({ text: c.label, style: chalk.dim }))],
    row('listed', (c) => String(c.listed)),
    row('identified', (c) => String(c.identified)),
    row('unidentified', (c) => String(c.unidentified)),
    ...(columns.every((c) => c.matched !== undefined)
      ? [row('matched', (c) => String(c.matched)), row('not matched', (c) => warn(c.unmatched))]
      : []),
    row('foreign', (c) => warn(c.foreign)),
    row('counted', (c) => String(c.counted)),
    ...(quota === null ? [] : [row('against quota', (c) => {
      const difference = quotaDifference(c, quota) ?? 0;
      return { text: difference > 0 ? `+${difference}` : String(difference), style: difference ? chalk.yellow : chalk.green };
    })]),
  ];
  return [chalk.bold('Remains') + chalk.dim(quota === null ? '  no agreed quota' : `  agreed quota ${quota}`), renderTable(rows)];
}
