// `exchange validate`: each file's schema findings, as data (`--format json`) and as the terminal text.
import type { ChalkInstance } from 'chalk';
import { renderMessage } from '../findings/messages.js';
import { plural, t } from '../i18n/catalogue.js';
import type { Finding, ListKind, Tool } from '../model.js';
import { findingRow } from './finding-rows.js';
import type { RedactionNote } from './redact.js';

export interface ValidatedFile {
  path: string;
  rows: number;
  findings: Finding[];
}

export interface Validation {
  tool: Tool;
  /** --redact: how the findings were redacted, as in summary.json of a reconciliation; absent otherwise. */
  redaction?: RedactionNote;
  kind: ListKind;
  files: ValidatedFile[];
}

export const validationJson = (v: Validation) =>
  `${JSON.stringify({ tool: v.tool, ...(v.redaction ? { redaction: v.redaction } : {}), kind: v.kind, files: v.files.map((f) => ({ path: f.path, rows: f.rows, findings: f.findings.map((x) => findingRow(x, f.path)) })) }, null, 2)}\n`;

export function renderValidationText(v: Validation, chalk: ChalkInstance): string {
  const lines: string[] = [];
  for (const file of v.files) {
    for (const f of file.findings) {
      const text = renderMessage(f, { labels: { a: file.path, b: '' } });
      const colour = f.severity === 'error' ? chalk.red : chalk.yellow;
      lines.push(`${text} ${colour(`[${f.code}]`)}`);
    }
    const problems = file.findings.length;
    const verdict = problems ? chalk.yellow(plural('terminal.validate.problems', problems)) : chalk.green(t('terminal.validate.ok'));
    lines.push(`${chalk.bold(file.path)}: ${plural('terminal.rows', file.rows)}, ${verdict}`);
  }
  return `${lines.join('\n')}\n`;
}
