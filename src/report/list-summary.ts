// `exchange summary`: one list on its own, as data (`--format json`) and as the terminal text.
import type { ChalkInstance } from 'chalk';
import type { Agreement } from '../agreement/terms.js';
import { CODES, codesForKind, type Code } from '../codes.js';
import type { ListResult } from '../core/single-list.js';
import { plural, t } from '../i18n/catalogue.js';
import { profileOf } from '../kinds/index.js';
import type { ListSections } from '../kinds/profile.js';
import type { ListKind, PersonList, Severity, Tool } from '../model.js';
import { findingRow, renderFindingRows, type FindingRow } from './finding-rows.js';
import type { RedactionNote } from './redact.js';
import { countByCode, countBySeverity } from './summary.js';
import { renderTable } from '../render/table.js';

export interface ListSummary extends ListSections {
  tool: Tool;
  /** --redact: how the list was redacted, as in summary.json of a reconciliation; absent otherwise. */
  redaction?: RedactionNote;
  kind: ListKind;
  agreement: Agreement;
  input: { path: string; rows: number; sha256: string };
  people: number;
  duplicates: number;
  invalid: number;
  categories: Array<{ id: string; label: string; listed: number }>;
  codes: Record<Code, number>;
  severity: Record<Severity, number>;
  findings: FindingRow[];
}

export function summariseList(tool: Tool, path: string, label: string, list: PersonList, result: ListResult, redaction?: RedactionNote): ListSummary {
  const agreement = result.context.agreement;
  const profile = profileOf(list.kind);
  return {
    tool, ...(redaction ? { redaction } : {}), kind: list.kind, agreement,
    input: { path, rows: list.records.length, sha256: list.sha256 },
    people: result.people, duplicates: result.duplicates, invalid: result.invalid,
    categories: agreement.categories.map((c) => ({ id: c.id, label: c.label, listed: result.listed.get(c.id) ?? 0 })),
    ...profile.listSections(result.entries, result.context, list.side),
    codes: countByCode(result.findings),
    severity: countBySeverity(result.findings),
    findings: result.findings.map((f) => findingRow(f, label)),
  };
}

export const listSummaryJson = (summary: ListSummary) => `${JSON.stringify(summary, null, 2)}\n`;

/** The codes raised, with their counts; `none` when nothing was, as the reconcile text says it. */
function codeTable(summary: ListSummary, chalk: ChalkInstance): string {
  const rows = codesForKind(summary.kind)
    .filter((code) => summary.codes[code] > 0)
    .map((code) => [code, String(summary.codes[code]), t(`terminal.severity.${CODES[code].severity}`)]);
  return rows.length ? renderTable(rows) : chalk.green(`  ${t('terminal.none')}`);
}

export function renderListText(summary: ListSummary, chalk: ChalkInstance): string {
  const { remains, ...rest } = summary;
  const view = { ...rest, sections: remains ? { remains } : {} };
  const out = [
    chalk.bold(summary.input.path) + chalk.dim(t('terminal.list.headline', {
      rows: plural('terminal.rows', summary.input.rows), kind: t(`terminal.list.kind.${summary.kind}`), agreement: summary.agreement.name,
    })),
    '',
    ...profileOf(summary.kind).listTable(view, chalk),
    '',
    chalk.bold(t('terminal.list.findings')) + `  ${chalk.red(plural('terminal.errors', summary.severity.error))}, ${chalk.yellow(plural('terminal.warnings', summary.severity.warning))}`,
    codeTable(summary, chalk),
    ...renderFindingRows(summary.findings, chalk),
  ];
  return `${out.join('\n')}\n`;
}
