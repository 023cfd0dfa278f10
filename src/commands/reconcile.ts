// exchange reconcile <a.csv> <b.csv>: read both lists, run the core, write the reports.
import { Option, type Command } from 'commander';
import { checkReconciledQuota } from '../checks/remains-quota.js';
import { reconcile } from '../core/reconcile.js';
import { writeFilesAtomically } from '../io/write-atomic.js';
import { writeStdout } from '../io/stdout.js';
import { createMatcher, MATCHERS, type MatcherName } from '../match/create.js';
import type { Matcher } from '../match/matcher.js';
import { RunError } from '../errors.js';
import { tableCsv, type CsvStyle } from '../report/csv-safe.js';
import { discrepanciesTable } from '../report/discrepancies-csv.js';
import { ledgerTable } from '../report/ledger-csv.js';
import { makeChalk } from '../report/colour.js';
import { reviewTable } from '../report/review-csv.js';
import { reportXlsx, workbookTime } from '../report/xlsx.js';
import type { OutputFile } from '../io/write-atomic.js';
import type { RunReport } from '../report/run.js';
import { summarise, summaryJson, type Summary } from '../report/summary.js';
import { renderReconcileText } from '../report/terminal.js';
import { readDecisions } from './decisions.js';
import { addFailOnOption, addListOptions, checkStdinOnce, defaultLabels, fails, resolveListOptions, type FailOn, type ListOptions } from './options.js';
import { readPair } from './read-list.js';
import { TOOL } from './version.js';
import { addThresholdOptions, matcherThresholds, type ThresholdOptions } from '../match/options.js';

export interface ReconcileOptions extends ListOptions, ThresholdOptions {
  matcher?: MatcherName;
  out?: string;
  aLabel?: string;
  bLabel?: string;
  failOn: FailOn;
  decisions?: string;
  /** --excel: CSV files as Excel on a Ukrainian or Russian Windows opens them (BOM, `;`). */
  excel?: boolean;
  /** --xlsx: also report.xlsx (needs --out). */
  xlsx?: boolean;
}

export function registerReconcile(program: Command): void {
  const command = program
    .command('reconcile')
    .description('match two lists of one kind and report discrepancies')
    .argument('<a.csv>', 'list A (- for stdin)')
    .argument('<b.csv>', 'list B (- for stdin)')
    .option('-o, --out <dir>', 'write ledger.csv, discrepancies.csv, review.csv and summary.json into DIR')
    .option('--a-label <name>', 'name of side A in reports (default: the file name)')
    .option('--b-label <name>', 'name of side B in reports (default: the file name)')
    .option('--decisions <file>', 'a reviewed review.csv (or report.xlsx) whose decisions are applied')
    .option('--excel', 'write the CSV files for Excel on a Ukrainian or Russian Windows: UTF-8 with BOM, ";" between cells')
    .option('--xlsx', 'with --out, also write report.xlsx: ledger, discrepancies and review as sheets')
    .addOption(new Option('--matcher <name>', 'scored engine, or exact keys only (a plain table diff)').choices(MATCHERS).default('scored'));
  addListOptions(command);
  addFailOnOption(command);
  addThresholdOptions(command);
  command.action(async (pathA: string, pathB: string, options: ReconcileOptions) => {
    process.exitCode = await runReconcile(pathA, pathB, options);
  });
}

export interface ComputedRun {
  run: RunReport;
  summary: Summary;
}

/** Reads both lists and reconciles them; no output. The bench calls this too. */
export async function computeRun(pathA: string, pathB: string, options: ReconcileOptions, matcher?: Matcher): Promise<ComputedRun> {
  checkStdinOnce([pathA, pathB]);
  const settings = await resolveListOptions(options);
  const [labelA, labelB] = defaultLabels(pathA, pathB);
  const [readA, readB] = await readPair([pathA, pathB], [options.aLabel ?? labelA, options.bLabel ?? labelB], settings);
  const decisions = options.decisions ? await readDecisions(options.decisions) : [];
  const thresholds = matcherThresholds(settings.agreement, options);
  const chosen = matcher ?? createMatcher(settings.kind, thresholds, options.matcher);
  const result = reconcile({
    a: readA.list, b: readB.list, readFindings: [...readA.findings, ...readB.findings],
    agreement: settings.agreement, matcher: chosen, decisions,
    listChecks: settings.kind === 'remains' ? [checkReconciledQuota] : [],
  });
  const run: RunReport = { tool: TOOL, agreement: settings.agreement, matcher: { name: chosen.name, thresholds }, a: readA.list, b: readB.list, result };
  return { run, summary: summarise(run) };
}

/** The report files of `--out`, in the order they are listed. */
export async function reportFiles(run: RunReport, summary: Summary, options: Pick<ReconcileOptions, 'excel' | 'xlsx'>): Promise<OutputFile[]> {
  const style: CsvStyle = { excel: options.excel };
  const sheets = { ledger: ledgerTable(run), discrepancies: discrepanciesTable(run), review: reviewTable(run) };
  return [
    { name: 'ledger.csv', content: tableCsv(sheets.ledger, style) },
    { name: 'discrepancies.csv', content: tableCsv(sheets.discrepancies, style) },
    { name: 'review.csv', content: tableCsv(sheets.review, style) },
    { name: 'summary.json', content: summaryJson(summary) },
    ...(options.xlsx ? [{ name: 'report.xlsx', content: await reportXlsx(sheets, workbookTime(run.agreement)) }] : []),
  ];
}

export async function runReconcile(pathA: string, pathB: string, options: ReconcileOptions): Promise<number> {
  if (options.xlsx && !options.out) throw new RunError('--xlsx writes report.xlsx into the --out directory: give --out DIR');
  const { run, summary } = await computeRun(pathA, pathB, options);
  const written = options.out
    ? await writeFilesAtomically(
        options.out,
        await reportFiles(run, summary, options),
        [pathA, pathB, ...(options.decisions ? [options.decisions] : [])].filter((p) => p !== '-'),
      )
    : [];
  const failed = fails(run.result.findings.map((f) => f.severity), options.failOn);
  if (options.format === 'json') writeStdout(summaryJson(summary));
  else writeStdout(renderReconcileText(summary, makeChalk(), { written, failOn: options.failOn, failed }));
  return failed ? 1 : 0;
}
