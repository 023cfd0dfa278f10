// exchange summary <file.csv>: the category summary of one list.
import type { Command } from 'commander';
import { examineList } from '../core/single-list.js';
import { CODE_ORDER, CODES } from '../findings/codes.js';
import { categoryLabel, plural, t } from '../i18n/catalogue.js';
import { writeStdout } from '../io/stdout.js';
import { createMatcher } from '../match/create.js';
import { DEFAULT_THRESHOLDS } from '../match/options.js';
import { makeChalk } from '../report/colour.js';
import { renderTable } from '../report/table.js';
import { renderRemains } from '../report/terminal.js';
import { quotaDifference } from '../remains/counts.js';
import { examineRemains } from '../remains/one-list.js';
import { addFailOnOption, addListOptions, fails, resolveListOptions, type FailOn, type ListOptions } from './options.js';
import { findingRow, renderFindingRows, writeFindings } from './finding-rows.js';
import { readList } from './read-list.js';
import { TOOL } from './version.js';

export function registerSummary(program: Command): void {
  const command = program
    .command('summary')
    .description('category summary of one list')
    .argument('<file.csv>', 'the list (- for stdin)');
  addListOptions(command);
  addFailOnOption(command);
  command.option('-o, --out <dir>', 'also write discrepancies.csv (every finding with its line) into DIR');
  command.option('--excel', 'write the CSV as Excel on a Ukrainian or Russian Windows opens it (UTF-8 with BOM, ;)');
  command.action(async (path: string, options: ListOptions & { failOn: FailOn; out?: string; excel?: boolean }) => {
    const settings = await resolveListOptions(options);
    const label = path === '-' ? 'stdin' : path;
    const { list, findings } = await readList(path, 'a', label, settings);
    const result = examineList(list, findings, settings.agreement, createMatcher(settings.kind, DEFAULT_THRESHOLDS));
    const remains = settings.kind === 'remains' ? examineRemains(list, result.findings, settings.agreement) : undefined;
    const quota = settings.agreement.remains_quota ?? null;
    const all = [...result.findings, ...(remains?.findings ?? [])];
    const codes = Object.fromEntries(CODE_ORDER.map((code) => [code, all.filter((f) => f.code === code).length]));
    const severity = {
      error: all.filter((f) => f.severity === 'error').length,
      warning: all.filter((f) => f.severity === 'warning').length,
    };
    const categories = settings.agreement.categories.map((c) => ({ id: c.id, label: c.label, listed: result.listed.get(c.id) ?? 0 }));
    if (options.format === 'json') {
      writeStdout(`${JSON.stringify({
        tool: TOOL, kind: settings.kind, agreement: settings.agreement,
        input: { path, rows: list.records.length, sha256: list.sha256 },
        people: result.people, duplicates: result.duplicates, invalid: result.invalid,
        categories,
        ...(remains ? { remains: { quota, ...remains.counts, quota_difference: quotaDifference(remains.counts, quota) } } : {}),
        codes, severity,
        findings: all.map((f) => findingRow(f, label)),
      }, null, 2)}\n`);
    } else {
      const chalk = makeChalk();
      const out = [
        chalk.bold(path) + chalk.dim(t('terminal.list.headline', { rows: plural('terminal.rows', list.records.length), kind: t(`terminal.list.kind.${settings.kind}`), agreement: settings.agreement.name })),
        '',
        renderTable([
          [{ text: remains ? '' : t('terminal.list.category'), style: chalk.dim }, { text: t('terminal.list.listed'), style: chalk.dim }],
          // Bodies are not listed by category: the remains table below says what counts for them.
          ...(remains ? [] : categories.map((c) => [categoryLabel(c.id, c.label), String(c.listed)])),
          [t('terminal.list.people'), String(result.people)],
          [t('terminal.list.duplicates'), String(result.duplicates)],
          [t('terminal.list.invalid'), String(result.invalid)],
        ]),
        ...(remains ? ['', ...renderRemains([{ label: t('terminal.list.bodies'), ...remains.counts }], quota, chalk)] : []),
        '',
        chalk.bold(t('terminal.list.findings')) + `  ${chalk.red(plural('terminal.errors', severity.error))}, ${chalk.yellow(plural('terminal.warnings', severity.warning))}`,
        renderTable(CODE_ORDER.filter((code) => codes[code]).map((code) => [code, String(codes[code]), t(`terminal.severity.${CODES[code].severity}`)])),
        ...renderFindingRows(all, label, chalk),
      ];
      writeStdout(`${out.join('\n')}\n`);
    }
    if (options.out) await writeFindings(options.out, [{ label, findings: all }], [path], { excel: options.excel === true });
    process.exitCode = fails(all.map((f) => f.severity), options.failOn) ? 1 : 0;
  });
}
