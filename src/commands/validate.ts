// exchange validate <file.csv>...: check files against the schema and report every bad cell.
import type { Command } from 'commander';
import { examineList } from '../core/single-list.js';
import { renderMessage } from '../findings/messages.js';
import { plural, t } from '../i18n/catalogue.js';
import { writeStdout } from '../io/stdout.js';
import { createMatcher } from '../match/create.js';
import { DEFAULT_THRESHOLDS } from '../match/options.js';
import { makeChalk } from '../report/colour.js';
import { addFailOnOption, addListOptions, checkStdinOnce, fails, resolveListOptions, type FailOn, type ListOptions } from './options.js';
import { findingRow, writeFindings } from './finding-rows.js';
import { readList } from './read-list.js';
import { TOOL } from './version.js';

const SCHEMA_CODES = new Set(['invalid-value', 'missing-identity', 'duplicate-record', 'empty-row', 'total-mismatch']);

export function registerValidate(program: Command): void {
  const command = program
    .command('validate')
    .description('check files against the schema; report every bad cell')
    .argument('<file.csv...>', 'lists to check (- for stdin)');
  addListOptions(command);
  addFailOnOption(command);
  command.option('-o, --out <dir>', 'also write discrepancies.csv (every finding with its line) into DIR');
  command.option('--excel', 'write the CSV as Excel on a Ukrainian or Russian Windows opens it (UTF-8 with BOM, ;)');
  command.action(async (paths: string[], options: ListOptions & { failOn: FailOn; out?: string; excel?: boolean }) => {
    checkStdinOnce(paths);
    const settings = await resolveListOptions(options);
    const matcher = createMatcher(settings.kind, DEFAULT_THRESHOLDS);
    const files = [];
    for (const path of paths) {
      const { list, findings } = await readList(path, 'a', path, settings);
      const result = examineList(list, findings, settings.agreement, matcher);
      files.push({ path, rows: list.records.length, findings: result.findings.filter((f) => SCHEMA_CODES.has(f.code)) });
    }
    const all = files.flatMap((f) => f.findings);
    if (options.format === 'json') {
      writeStdout(`${JSON.stringify({ tool: TOOL, kind: settings.kind, files: files.map((f) => ({
        path: f.path, rows: f.rows,
        findings: f.findings.map((x) => findingRow(x, f.path)),
      })) }, null, 2)}\n`);
    } else {
      const chalk = makeChalk();
      const lines: string[] = [];
      for (const file of files) {
        for (const f of file.findings) {
          const text = renderMessage(f, { labels: { a: file.path, b: '' } });
          const colour = f.severity === 'error' ? chalk.red : chalk.yellow;
          lines.push(`${text} ${colour(`[${f.code}]`)}`);
        }
        const problems = file.findings.length;
        const verdict = problems ? chalk.yellow(plural('terminal.validate.problems', problems)) : chalk.green(t('terminal.validate.ok'));
        lines.push(`${chalk.bold(file.path)}: ${plural('terminal.rows', file.rows)}, ${verdict}`);
      }
      writeStdout(`${lines.join('\n')}\n`);
    }
    if (options.out) await writeFindings(options.out, files.map((f) => ({ label: f.path, findings: f.findings })), paths, { excel: options.excel === true });
    process.exitCode = fails(all.map((f) => f.severity), options.failOn) ? 1 : 0;
  });
}
