// The coloured summary printed by `exchange reconcile` (text format).
import type { ChalkInstance } from 'chalk';
import type { RemainsSide, Summary } from './summary.js';
import { codesForKind } from './summary.js';
import { CODES, type Code } from '../findings/codes.js';
import { quotaDifference, type BodyCounts } from '../remains/counts.js';
import { renderTable, type StyledCell } from './table.js';
import { categoryLabel, plural, t } from '../i18n/catalogue.js';

export interface TerminalExtras {
  written: string[];
  failOn: 'error' | 'warning' | 'never';
  failed: boolean;
}

export function renderReconcileText(summary: Summary, chalk: ChalkInstance, extras: TerminalExtras): string {
  const [a, b] = summary.inputs as [Summary['inputs'][number], Summary['inputs'][number]];
  const out: string[] = [];
  const kind = t(`terminal.kind.${summary.kind}`);
  const matcher = t(`terminal.matcher.${summary.matcher.name}`);
  out.push(chalk.bold(`${summary.agreement.name}`) + chalk.dim(t('terminal.headline', { date: summary.agreement.reference_date, kind, matcher })));
  out.push(`  A  ${a.label}  ${chalk.dim(plural('terminal.rows', a.rows))}`);
  out.push(`  B  ${b.label}  ${chalk.dim(plural('terminal.rows', b.rows))}`);
  out.push('');
  if (summary.remains) out.push(...renderRemains([{ label: 'A', ...summary.remains.a }, { label: 'B', ...summary.remains.b }], summary.remains.quota, chalk));
  else out.push(...renderCategories(summary, chalk));
  out.push('');
  out.push(chalk.bold(t('terminal.ledger')));
  out.push(renderTable(Object.entries(summary.status).map(([status, n]) => [t(`terminal.status.${status}`), { text: String(n), style: n ? undefined : chalk.dim }])));
  out.push('');
  out.push(chalk.bold(t('terminal.discrepancies')) + `  ${chalk.red(plural('terminal.errors', summary.severity.error))}, ${chalk.yellow(plural('terminal.warnings', summary.severity.warning))}`);
  const rows = codesForKind(summary.kind)
    .filter((code) => (summary.codes[code] ?? 0) > 0)
    .map((code) => {
      const severity = CODES[code as Code].severity;
      const colour = severity === 'error' ? chalk.red : chalk.yellow;
      return [code, String(summary.codes[code]), { text: t(`terminal.severity.${severity}`), style: colour }];
    });
  out.push(rows.length ? renderTable(rows) : chalk.green(`  ${t('terminal.none')}`));
  if (summary.decisions.applied || summary.decisions.unused) {
    out.push('');
    out.push(t('terminal.decisions', { applied: summary.decisions.applied }) + (summary.decisions.unused ? chalk.yellow(t('terminal.decisions.unused', { unused: summary.decisions.unused })) : ''));
  }
  out.push('');
  if (extras.written.length) out.push(t('terminal.wrote', { files: extras.written.join(', ') }));
  const verdict = extras.failed
    ? chalk.red.bold(t('terminal.fail')) + t('terminal.fail.detail', { failOn: extras.failOn })
    : chalk.green.bold(t('terminal.ok')) + (extras.failOn === 'never' ? t('terminal.ok.never') : t('terminal.ok.detail', { failOn: extras.failOn }));
  out.push(verdict);
  return out.join('\n') + '\n';
}

const CATEGORY_COLUMNS = ['a_listed', 'a_matched', 'a_only', 'b_listed', 'b_matched', 'b_only', 'both'];

function renderCategories(summary: Summary, chalk: ChalkInstance): string[] {
  return [
    chalk.bold(t('terminal.categories')),
    renderTable([
      ['', ...CATEGORY_COLUMNS.map((column) => t(`terminal.column.${column}`))].map((text) => ({ text, style: chalk.dim })),
      ...summary.categories.map((c) => [
        categoryLabel(c.id, c.label),
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
    row(t('terminal.remains.listed'), (c) => String(c.listed)),
    row(t('terminal.remains.identified'), (c) => String(c.identified)),
    row(t('terminal.remains.unidentified'), (c) => String(c.unidentified)),
    ...(columns.every((c) => c.matched !== undefined)
      ? [row(t('terminal.remains.matched'), (c) => String(c.matched)), row(t('terminal.remains.notMatched'), (c) => warn(c.unmatched))]
      : []),
    row(t('terminal.remains.foreign'), (c) => warn(c.foreign)),
    row(t('terminal.remains.counted'), (c) => String(c.counted)),
    ...(quota === null ? [] : [row(t('terminal.remains.againstQuota'), (c) => {
      const difference = quotaDifference(c, quota) ?? 0;
      return { text: difference > 0 ? `+${difference}` : String(difference), style: difference ? chalk.yellow : chalk.green };
    })]),
  ];
  return [chalk.bold(t('terminal.remains')) + chalk.dim(quota === null ? t('terminal.remains.noQuota') : t('terminal.remains.quota', { quota })), renderTable(rows)];
}
