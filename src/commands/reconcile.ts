// exchange reconcile <a.csv> <b.csv>: read both lists, run the core, write the reports.
import { Option, type Command } from 'commander';
import { reconcile } from '../core/reconcile.js';
import { progress } from '../progress.js';
import { RunError } from '../errors.js';
import { createMatcher, MATCHERS, type MatcherName } from '../match/create.js';
import type { Matcher } from '../match/matcher.js';
import { outFiles, REPORTS } from '../report/registry.js';
import type { RunReport } from '../report/run.js';
import { REDACTION_NOTE, redactRun } from '../report/redact.js';
import { summarise, type Summary, type SummarySources } from '../report/summary.js';
import type { FailOn } from '../report/verdict.js';
import { readDecisions, unusedNoteLines } from './decisions.js';
import { writeStderrLine } from '../io/stderr.js';
import { deliver } from './deliver.js';
import { addFailOnOption, addListOptions, checkStdinOnce, listLabels, resolveListOptions, type ListOptions } from './options.js';
import { readPair } from './read-list.js';
import { noticeUnusedOptions } from './reading-notes.js';
import { addRedactOptions, redactKeyOf, type RedactOptions } from './redact-options.js';
import { TOOL } from './version.js';
import { collectBetweenPhases } from '../memory.js';
import { addThresholdOptions, matcherThresholds, type ThresholdOptions } from '../match/options.js';

export interface ReconcileOptions extends ListOptions, ThresholdOptions, RedactOptions {
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
    .option('-o, --out <dir>', `write the reports into DIR: ${outFiles(REPORTS.reconcile).map((r) => r.name).join(', ')}`)
    .option('--a-label <name>', 'name of side A in reports (default: the file name)')
    .option('--b-label <name>', 'name of side B in reports (default: the file name)')
    .option('--decisions <file>', 'a reviewed review.csv (or report.xlsx) whose decisions are applied')
    .option('--excel', 'write the CSV files for Excel on a Ukrainian or Russian Windows: UTF-8 with BOM, ";" between cells')
    .option('--xlsx', 'with --out, also write report.xlsx: ledger, discrepancies and review as sheets')
    .addOption(new Option('--matcher <name>', 'scored engine, or exact keys only (a plain table diff)').choices(MATCHERS).default('scored'));
  addListOptions(command);
  addFailOnOption(command);
  addThresholdOptions(command);
  addRedactOptions(command);
  command.action((pathA: string, pathB: string, options: ReconcileOptions) => runReconcile(pathA, pathB, options));
}

export interface ComputedRun {
  run: RunReport;
  summary: Summary;
  /** The fingerprints of the agreement and the decisions file, for summary.json. */
  sources: SummarySources;
}

/**
 * summary.json ties the run to exactly what it checked. The agreement: the bytes of --agreement
 * FILE, else the canonical JSON of the embedded terms (summarise's default). The decisions: the
 * file's bytes, as read; standard input (`-`) goes without, as it always has.
 */
function sourcesOf(options: ReconcileOptions, agreementSha256: string | undefined, decisionsSha256: string | undefined): SummarySources {
  return {
    ...(agreementSha256 !== undefined ? { agreement: { of: 'file' as const, sha256: agreementSha256 } } : {}),
    ...(options.decisions !== undefined && options.decisions !== '-' && decisionsSha256 !== undefined
      ? { decisions: { path: options.decisions, sha256: decisionsSha256 } }
      : {}),
  };
}

/** Reads both lists and reconciles them; no output. The bench calls this too. */
export async function computeRun(pathA: string, pathB: string, options: ReconcileOptions, matcher?: Matcher): Promise<ComputedRun> {
  // The decisions file may be `-` too: one stream cannot be read twice.
  checkStdinOnce([pathA, pathB, ...(options.decisions !== undefined ? [options.decisions] : [])]);
  const settings = await resolveListOptions(options);
  const [readA, readB] = await readPair([pathA, pathB], listLabels(pathA, pathB, options), settings, options.redact === true);
  noticeUnusedOptions(settings, [readA.list, readB.list]);
  // Reading leaves the files' text and every parsed row behind: collected before the linking.
  collectBetweenPhases(readA.list.records.length + readB.list.records.length);
  const read = options.decisions ? await readDecisions(options.decisions) : undefined;
  const decisions = read?.rows ?? [];
  const thresholds = matcherThresholds(settings.agreement, options);
  const chosen = matcher ?? createMatcher(settings.profile.matching, thresholds, options.matcher);
  const result = reconcile({
    a: readA.list, b: readB.list, readFindings: [...readA.findings, ...readB.findings],
    agreement: settings.agreement, matcher: chosen, profile: settings.profile, decisions,
  });
  // Each decision not applied is named, with why (the contradicting ones were, as they were read).
  for (const note of unusedNoteLines(read?.file ?? '', result.unusedDecisions)) writeStderrLine(note);
  const run: RunReport = { tool: TOOL, agreement: settings.agreement, matcher: { name: chosen.name, thresholds }, a: readA.list, b: readB.list, result };
  const sources = sourcesOf(options, settings.agreementSha256, read?.sha256);
  return { run, summary: summarise(run, sources), sources };
}

/** What the reports show: the run itself, or with --redact the run redacted once, before any report renders it. */
function outcomeOf(computed: ComputedRun, key: string | undefined): ComputedRun {
  if (key === undefined) return computed;
  const run = redactRun(computed.run, key);
  const sources = { ...computed.sources, redaction: REDACTION_NOTE };
  return { run, summary: summarise(run, sources), sources };
}

export async function runReconcile(pathA: string, pathB: string, options: ReconcileOptions): Promise<void> {
  if (options.xlsx && !options.out) throw new RunError('--xlsx writes report.xlsx into the --out directory: give --out DIR');
  const key = redactKeyOf(options);
  const computed = await computeRun(pathA, pathB, options);
  await deliver({
    reports: REPORTS.reconcile,
    outcome: outcomeOf(computed, key),
    format: options.format,
    failOn: options.failOn,
    out: options.out,
    asked: options.xlsx ? ['report.xlsx'] : [],
    // Every file the run read, the agreement too: an agreement kept as summary.json in --out is an input.
    inputs: [pathA, pathB, ...(options.decisions ? [options.decisions] : []), ...(options.agreement ? [options.agreement] : [])],
    csv: { excel: options.excel },
  });
}
