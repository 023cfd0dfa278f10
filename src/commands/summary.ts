// exchange summary <file.csv>: the category summary of one list.
import type { Command } from 'commander';
import { examineList } from '../core/single-list.js';
import { createMatcher } from '../match/create.js';
import { DEFAULT_THRESHOLDS } from '../match/options.js';
import { summariseList } from '../report/list-summary.js';
import { REDACTION_NOTE, redactor } from '../report/redact.js';
import { REPORTS } from '../report/registry.js';
import type { FailOn } from '../report/verdict.js';
import { deliver } from './deliver.js';
import { addFailOnOption, addListOptions, resolveListOptions, type ListOptions } from './options.js';
import { readList } from './read-list.js';
import { noticeUnusedOptions } from './reading-notes.js';
import { addRedactOptions, redactKeyOf, type RedactOptions } from './redact-options.js';
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
  addRedactOptions(command);
  command.action(async (path: string, options: ListOptions & RedactOptions & { failOn: FailOn; out?: string; excel?: boolean }) => {
    const key = redactKeyOf(options);
    const settings = await resolveListOptions(options);
    const label = path === '-' ? 'stdin' : path;
    const read = await readList(path, 'a', label, settings, key !== undefined);
    noticeUnusedOptions(settings, [read.list]);
    const examined = examineList(read.list, read.findings, settings.agreement, createMatcher(settings.profile.matching, DEFAULT_THRESHOLDS), settings.profile);
    // --redact: the list and its findings redacted once, before the summary is drawn from them.
    const redact = key === undefined ? undefined : redactor(key);
    const list = redact ? redact.list(read.list) : read.list;
    const result = redact ? { ...examined, findings: examined.findings.map(redact.finding) } : examined;
    await deliver({
      reports: REPORTS.summary,
      outcome: { summary: summariseList(TOOL, path, label, list, result, redact ? REDACTION_NOTE : undefined), label, findings: result.findings },
      format: options.format,
      failOn: options.failOn,
      out: options.out,
      inputs: [path],
      csv: { excel: options.excel === true },
    });
  });
}
