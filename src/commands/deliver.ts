// The one place a command's outcome leaves the program: its reports are rendered from the
// registry (src/report/registry.ts), the files written whole into --out (never over an input),
// the chosen format printed, and the exit status set from the findings and --fail-on.
import { beginAtomicWrite } from '../io/write-atomic.js';
import { writeStdout } from '../io/stdout.js';
import type { ChalkInstance } from 'chalk';
import { makeChalk } from '../render/colour.js';
import type { CsvStyle } from '../render/csv-safe.js';
import { outFiles, type RenderOptions, type ReportSet } from '../report/registry.js';
import { fails, type FailOn } from '../report/verdict.js';
import { progress } from '../progress.js';
import { terminalText } from '../render/visible.js';

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
    // The writing counts each report's units (a table's rows; one for the others), and one for
    // putting the files in place.
    const sizes = reports.map((r) => r.size?.(d.outcome) ?? 1);
    const step = progress().start('writing', sizes.reduce((sum, size) => sum + size, 1));
    // Each file goes to disk while the next is rendered; all replace their targets at the end.
    const batch = await beginAtomicWrite(d.out, reports.map((r) => r.name), d.inputs.filter((p) => p !== '-'));
    let made = 0;
    try {
      for (const [i, report] of reports.entries()) {
        const before = made;
        // A report that comes in pieces is made as it is written; the next one waits for it.
        if (report.pieces) {
          const content = report.pieces(d.outcome, options, (units) => step.tick(before + Math.min(units, sizes[i]!)));
          await batch.write({ name: report.name, content });
        } else void batch.write({ name: report.name, content: await report.render(d.outcome, options) });
        made += sizes[i]!;
        step.tick(made);
      }
    } catch (error) {
      await batch.abort();
      throw error;
    }
    options.verdict.written = await batch.commit();
    step.end();
  }
  const stdout = d.reports.reports.find((r) => r.to === 'stdout' && r.name === d.format);
  const draw = async (chalk: ChalkInstance) => {
    const text = stdout ? await stdout.render(d.outcome, { ...options, chalk }) : '';
    return typeof text === 'string' ? text : Buffer.from(text).toString('utf8');
  };
  // The text format gets no control character of the inputs (render/visible.ts). JSON is data: it
  // escapes C0 itself, and a list's text reaches it with every control character shown already.
  writeStdout(d.format === 'text' ? await terminalText(draw, options.chalk) : await draw(options.chalk));
  process.exitCode = failed ? 1 : 0;
}
