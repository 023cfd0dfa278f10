// exchange validate <file.csv>...: check files against the schema and report every bad cell.
import type { Command } from 'commander';
import type { Code } from '../codes.js';
import type { PersonList } from '../model.js';
import { examineList } from '../core/single-list.js';
import { createMatcher } from '../match/create.js';
import { DEFAULT_THRESHOLDS } from '../match/options.js';
import { REDACTION_NOTE, redactor } from '../report/redact.js';
import { REPORTS } from '../report/registry.js';
import type { ValidatedFile } from '../report/validation.js';
import type { FailOn } from '../report/verdict.js';
import { deliver } from './deliver.js';
import { addFailOnOption, addListOptions, checkStdinOnce, resolveListOptions, type ListOptions } from './options.js';
import { readList } from './read-list.js';
import { noticeUnusedOptions } from './reading-notes.js';
import { addRedactOptions, redactKeyOf, type RedactOptions } from './redact-options.js';
import { TOOL } from './version.js';

/** The codes of the schema: what `validate` reports of a file (the rules of the agreement are `summary`'s). */
const SCHEMA_CODES: ReadonlySet<Code> = new Set(['invalid-value', 'invisible-characters', 'missing-identity', 'duplicate-record', 'empty-row', 'total-mismatch']);

export function registerValidate(program: Command): void {
  const command = program
    .command('validate')
    .description('check files against the schema; report every bad cell')
    .argument('<file.csv...>', 'lists to check (- for stdin)');
  addListOptions(command);
  addFailOnOption(command);
  command.option('-o, --out <dir>', 'also write discrepancies.csv (every finding with its line) into DIR');
  command.option('--excel', 'write the CSV as Excel on a Ukrainian or Russian Windows opens it (UTF-8 with BOM, ;)');
  addRedactOptions(command);
  command.action(async (paths: string[], options: ListOptions & RedactOptions & { failOn: FailOn; out?: string; excel?: boolean }) => {
    const key = redactKeyOf(options);
    // --redact: the findings redacted as they are gathered, before any report is drawn from them.
    const redact = key === undefined ? undefined : redactor(key);
    checkStdinOnce(paths);
    const settings = await resolveListOptions(options);
    const matcher = createMatcher(settings.profile.matching, DEFAULT_THRESHOLDS);
    const files: ValidatedFile[] = [];
    const lists: PersonList[] = [];
    for (const path of paths) {
      const { list, findings } = await readList(path, 'a', path, settings, redact !== undefined);
      lists.push(list);
      const result = examineList(list, findings, settings.agreement, matcher, settings.profile);
      const schemaFindings = result.findings.filter((f) => SCHEMA_CODES.has(f.code));
      files.push({ path, rows: list.records.length, findings: redact ? schemaFindings.map(redact.finding) : schemaFindings });
    }
    noticeUnusedOptions(settings, lists);
    await deliver({
      reports: REPORTS.validate,
      outcome: { tool: TOOL, kind: settings.profile.kind, files, ...(redact ? { redaction: REDACTION_NOTE } : {}) },
      format: options.format,
      failOn: options.failOn,
      out: options.out,
      inputs: paths,
      csv: { excel: options.excel === true },
    });
  });
}
