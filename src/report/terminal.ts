// The coloured summary printed by `exchange reconcile` (text format).
import type { ChalkInstance } from 'chalk';
import { CODES, codesForKind } from '../codes.js';
import { plural, t } from '../i18n/catalogue.js';
import { profileOf } from '../kinds/index.js';
import type { Summary } from './summary.js';
import { renderTable } from '../render/table.js';
import type { Verdict } from './verdict.js';


export function renderReconcileText(summary: Summary, chalk: ChalkInstance, extras: Verdict): string {
  const [a, b] = summary.inputs as [Summary['inputs'][number], Summary['inputs'][number]];
  const out: string[] = [];
  const kind = t(`terminal.kind.${summary.kind}`);
  const matcher = t(`terminal.matcher.${summary.matcher.name}`);
  out.push(chalk.bold(`${summary.agreement.name}`) + chalk.dim(t('terminal.headline', { date: summary.agreement.reference_date, kind, matcher })));
  out.push(`  A  ${a.label}  ${chalk.dim(plural('terminal.rows', a.rows))}`);
  out.push(`  B  ${b.label}  ${chalk.dim(plural('terminal.rows', b.rows))}`);
  out.push('');
  out.push(...profileOf(summary.kind).runTable(summary, chalk));
  out.push('');
  out.push(chalk.bold(t('terminal.ledger')));
  out.push(renderTable(Object.entries(summary.status).map(([status, n]) => [t(`terminal.status.${status}`), { text: String(n), style: n ? undefined : chalk.dim }])));
  out.push('');
  out.push(chalk.bold(t('terminal.discrepancies')) + `  ${chalk.red(plural('terminal.errors', summary.severity.error))}, ${chalk.yellow(plural('terminal.warnings', summary.severity.warning))}`);
  const rows = codesForKind(summary.kind)
    .filter((code) => summary.codes[code] > 0)
    .map((code) => {
      const severity = CODES[code].severity;
      const colour = severity === 'error' ? chalk.red : chalk.yellow;
      return [code, String(summary.codes[code]), { text: t(`terminal.severity.${severity}`), style: colour }];
    });
  out.push(rows.length ? renderTable(rows) : chalk.green(`  ${t('terminal.none')}`));
  const { applied, unused, conflicting } = summary.decisions;
  if (applied || unused || conflicting) {
    out.push('');
    out.push(t('terminal.decisions', { applied })
      + (unused ? chalk.yellow(t('terminal.decisions.unused', { unused })) : '')
      + (conflicting ? chalk.yellow(t('terminal.decisions.conflicting', { conflicting })) : ''));
  }
  out.push('');
  if (extras.written.length) out.push(t('terminal.wrote', { files: extras.written.join(', ') }));
  const verdict = extras.failed
    ? chalk.red.bold(t('terminal.fail')) + t('terminal.fail.detail', { failOn: extras.failOn })
    : chalk.green.bold(t('terminal.ok')) + (extras.failOn === 'never' ? t('terminal.ok.never') : t('terminal.ok.detail', { failOn: extras.failOn }));
  out.push(verdict);
  return out.join('\n') + '\n';
}
