// Every report, by name, for every command that reports: what goes to stdout (`text`, `json`)
// and what goes into `--out DIR` (each file). Commands, the golden tests and the bench choose
// reports here; src/commands/deliver.ts renders them, writes them and sets the exit status.
// Adding a report (report.html): one entry in the sets below.
import type { ChalkInstance } from 'chalk';
import { language } from '../i18n/lang.js';
import type { Finding } from '../model.js';
import { counted, tableCsv, type CsvStyle } from '../render/csv-safe.js';
import { tableCsvPieces } from '../render/csv-off-thread.js';
import type { Piece } from '../io/write-atomic.js';
import { discrepanciesRows, discrepanciesTable } from './discrepancies-csv.js';
import { findingsCsv } from './finding-rows.js';
import { ledgerRows, ledgerTable } from './ledger-csv.js';
import { listSummaryJson, renderListText, type ListSummary } from './list-summary.js';
import { reportHtmlPieces } from './html/index.js';
import { reviewTable } from './review-csv.js';
import type { RunReport } from './run.js';
import { summaryJson, type Summary } from './summary.js';
import { renderReconcileText } from './terminal.js';
import { renderValidationText, validationJson, type Validation } from './validation.js';
import type { Verdict } from './verdict.js';
import { reportXlsx, workbookTime } from './xlsx.js';

export interface RenderOptions {
  chalk: ChalkInstance;
  csv: CsvStyle;
  verdict: Verdict;
}

export interface Report<O> {
  /** `text` or `json` for stdout (`--format`); the file's name for `--out DIR`. */
  readonly name: string;
  readonly to: 'stdout' | 'file';
  /** A file written only when asked for (`--xlsx`). */
  readonly optional?: boolean;
  render(outcome: O, options: RenderOptions): string | Uint8Array | Promise<string | Uint8Array>;
  /**
   * The same text in pieces made as they are written, for a file that can be large (ledger.csv of
   * a million people): `--out` writes these, so the file is never held whole. Joined, they are
   * exactly what `render` gives.
   */
  pieces?(outcome: O, options: RenderOptions, made?: (units: number) => void): Iterable<Piece> | AsyncIterable<Piece>;
  /**
   * The units of work the file is made of (a table's rows), which `pieces` tells `made` of as it
   * goes: the writing's progress. A report without one counts as one unit, done when written.
   */
  size?(outcome: O): number;
}

export interface ReportSet<O> {
  readonly reports: readonly Report<O>[];
  /** The findings whose severities decide the exit status. */
  findings(outcome: O): readonly Finding[];
}

/** `exchange reconcile`. */
export interface RunOutcome {
  run: RunReport;
  summary: Summary;
}

/** `exchange summary`: the list's summary, and its findings for discrepancies.csv. */
export interface ListOutcome {
  summary: ListSummary;
  label: string;
  findings: readonly Finding[];
}

/** A report made in pieces: `render` is its pieces joined, so the two can never differ. */
const inPieces = <O>(pieces: NonNullable<Report<O>['pieces']>): Pick<Report<O>, 'render' | 'pieces'> => ({
  render: async (outcome, options) => {
    const text: string[] = [];
    // Bytes are UTF-8 of whole cells (a worker's chunk of rows): each decodes on its own, a
    // leading U+FEFF kept as the text it is (a cell may begin with one).
    const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
    for await (const piece of pieces(outcome, options)) text.push(typeof piece === 'string' ? piece : decoder.decode(piece));
    return text.join('');
  },
  pieces,
});

/** report.html's units of work: counted as the ledger's rows, the page's data being every entry's records. */
const htmlUnits = ({ run }: RunOutcome) => run.result.entries.length;

const sheets = ({ run }: RunOutcome) => ({ ledger: ledgerTable(run), discrepancies: discrepanciesTable(run), review: reviewTable(run) });

export const REPORTS = {
  reconcile: {
    findings: ({ run }) => run.result.findings,
    reports: [
      { name: 'text', to: 'stdout', render: ({ summary }, { chalk, verdict }) => renderReconcileText(summary, chalk, verdict) },
      { name: 'json', to: 'stdout', render: ({ summary }) => summaryJson(summary) },
      {
        name: 'ledger.csv', to: 'file', size: ({ run }) => run.result.entries.length,
        ...inPieces<RunOutcome>(({ run }, { csv }, made) => tableCsvPieces(counted(ledgerRows(run), made), csv)),
      },
      {
        name: 'discrepancies.csv', to: 'file', size: ({ run }) => run.result.findings.length,
        ...inPieces<RunOutcome>(({ run }, { csv }, made) => tableCsvPieces(counted(discrepanciesRows(run), made), csv)),
      },
      { name: 'review.csv', to: 'file', render: ({ run }, { csv }) => tableCsv(reviewTable(run), csv) },
      { name: 'summary.json', to: 'file', render: ({ summary }) => summaryJson(summary) },
      {
        name: 'report.html', to: 'file', size: htmlUnits,
        ...inPieces<RunOutcome>((outcome, { verdict }, made) =>
          reportHtmlPieces(outcome.run, outcome.summary, verdict, language(), made && ((share) => made(Math.floor(share * htmlUnits(outcome)))))),
      },
      { name: 'report.xlsx', to: 'file', optional: true, render: (outcome) => reportXlsx(sheets(outcome), workbookTime(outcome.run.agreement)) },
    ],
  } satisfies ReportSet<RunOutcome>,
  summary: {
    findings: ({ findings }) => findings,
    reports: [
      { name: 'text', to: 'stdout', render: ({ summary }, { chalk }) => renderListText(summary, chalk) },
      { name: 'json', to: 'stdout', render: ({ summary }) => listSummaryJson(summary) },
      { name: 'discrepancies.csv', to: 'file', render: ({ label, findings }, { csv }) => findingsCsv([{ label, findings }], csv) },
    ],
  } satisfies ReportSet<ListOutcome>,
  validate: {
    findings: ({ files }) => files.flatMap((f) => f.findings),
    reports: [
      { name: 'text', to: 'stdout', render: (v, { chalk }) => renderValidationText(v, chalk) },
      { name: 'json', to: 'stdout', render: (v) => validationJson(v) },
      { name: 'discrepancies.csv', to: 'file', render: ({ files }, { csv }) => findingsCsv(files.map((f) => ({ label: f.path, findings: f.findings })), csv) },
    ],
  } satisfies ReportSet<Validation>,
};

/** The files `--out DIR` holds after a run of a command, in the order written; `optional` ones only when asked for. */
export const outFiles = <O>(set: ReportSet<O>, asked: readonly string[] = []): Report<O>[] =>
  set.reports.filter((r) => r.to === 'file' && (!r.optional || asked.includes(r.name)));
