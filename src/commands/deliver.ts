// The one place a command's outcome leaves the program: its reports are rendered from the
// registry (src/report/registry.ts), the files written whole into --out (never over an input),
// the chosen format printed, and the exit status set from the findings and --fail-on.
import { beginAtomicWrite } from '../io/write-atomic.js';
import { writeStdout } from '../io/stdout.js';
import { makeChalk } from '../render/colour.js';
import type { CsvStyle } from '../render/csv-safe.js';
import { outFiles, type RenderOptions, type ReportSet } from '../report/registry.js';
import { fails, type FailOn } from '../report/verdict.js';
import { progress } from '../progress.js';

export interface Delivery<O> {
  reports: ReportSet<O>;
  outcome: O;
  /** --format: the stdout report. */
  format: 'text' | 'json';
  failOn: FailOn;
  /** --out DIR, and the optional files asked for (`report.xlsx`). */
  out?: string | undefined;
  asked?: readonly string[];
  /** The run's input files, never written over. */
  inputs: readonly string[];
  csv?: CsvStyle;
}

export async function deliver<O>(d: Delivery<O>): Promise<void> {
  const failed = fails(d.reports.findings(d.outcome).map((f) => f.severity), d.failOn);
  const options: RenderOptions = { chalk: makeChalk(), csv: d.csv ?? {}, verdict: { failOn: d.failOn, failed, written: [] } };
  if (d.out !== undefined) {
    const reports = outFiles(d.reports, d.asked);
    const step = progress().start('writing', reports.length + 1);
    // Each file goes to disk while the next is rendered; all replace their targets at the end.
    const batch = await beginAtomicWrite(d.out, reports.map((r) => r.name), d.inputs.filter((p) => p !== '-'));
    let made = 0;
    try {
      for (const report of reports) {
        // A report that comes in pieces is made as it is written; the next one waits for it.
        if (report.pieces) await batch.write({ name: report.name, content: report.pieces(d.outcome, options) });
        else void batch.write({ name: report.name, content: await report.render(d.outcome, options) });
        step.tick(++made);
      }
    } catch (error) {
      await batch.abort();
      throw error;
    }
    options.verdict.written = await batch.commit();
    step.end();
  }
  const stdout = d.reports.reports.find((r) => r.to === 'stdout' && r.name === d.format);
  const text = stdout ? await stdout.render(d.outcome, options) : '';
  writeStdout(typeof text === 'string' ? text : Buffer.from(text).toString('utf8'));
  process.exitCode = failed ? 1 : 0;
}
