// Progress bars: drawn on a terminal once a run has taken a second, cleared when the phase ends,
// and never part of what a run computes.
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultAgreement } from '../../src/agreement/terms.js';
import { reconcile } from '../../src/core/reconcile.js';
import { generatePair } from '../../src/generate/index.js';
import { ScoredMatcher } from '../../src/match/engine/engine.js';
import { DEFAULT_THRESHOLDS } from '../../src/match/options.js';
import { progress, setProgress, SILENT, type Phase, type Progress } from '../../src/progress.js';
import { listFromCsv } from '../helpers.js';
import { progressBar } from '../../src/render/progress-bar.js';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readPair } from '../../src/commands/read-list.js';
import { resolveListOptions } from '../../src/commands/options.js';
import { computeRun } from '../../src/commands/reconcile.js';
import { deliver } from '../../src/commands/deliver.js';
import { REPORTS } from '../../src/report/registry.js';

/** A fake terminal: a stream that says it is a TTY and keeps what is written. */
function terminal() {
  const stream = new PassThrough() as unknown as NodeJS.WriteStream & { written: string };
  const writes: string[] = [];
  Object.assign(stream, { isTTY: true, columns: 100, rows: 30, cursorTo: () => true, clearLine: () => true, moveCursor: () => true });
  stream.write = ((chunk: string | Uint8Array) => {
    writes.push(String(chunk));
    return true;
  }) as typeof stream.write;
  return { stream, text: () => writes.join('') };
}

afterEach(() => setProgress(SILENT));

/** A generated pair of lists written into `dir` as a.csv and b.csv. */
function pairFiles(dir: string, size: number, seed: string): [string, string] {
  const pair = generatePair({ size, seed, kind: 'pow' });
  const paths: [string, string] = [join(dir, 'a.csv'), join(dir, 'b.csv')];
  writeFileSync(paths[0], pair.a);
  writeFileSync(paths[1], pair.b);
  return paths;
}

describe('progress bar', () => {
  it('shows nothing while a run is under a second', () => {
    const { stream, text } = terminal();
    let clock = 0;
    const bar = progressBar(stream, () => clock);
    const step = bar.start('comparing', 100);
    clock = 900;
    step.tick(50);
    step.end();
    expect(text()).toBe('');
  });

  it('names a phase that starts after the first second at once, before any tick, and writes bytes in MiB', () => {
    const { stream, text } = terminal();
    let clock = 0;
    const bar = progressBar(stream, () => clock);
    clock = 2_000;
    const step = bar.start('reading', 3 * 2 ** 20, 'bytes');
    expect(text()).toMatch(/reading/);
    expect(text()).toMatch(/0\.0 MiB\/3\.0 MiB/);
    step.tick(1.5 * 2 ** 20);
    step.end();
    expect(text()).toMatch(/3\.0 MiB\/3\.0 MiB/);
  });

  it('draws a phase still under way when the first second is up, before its first tick', () => {
    vi.useFakeTimers();
    try {
      const { stream, text } = terminal();
      let clock = 0;
      const bar = progressBar(stream, () => clock);
      const step = bar.start('reading', 2 * 2 ** 20, 'bytes');
      clock = 600;
      vi.advanceTimersByTime(600);
      expect(text()).toBe('');
      clock = 1_100;
      vi.advanceTimersByTime(500);
      expect(text()).toMatch(/reading/);
      expect(text()).toMatch(/0\.0 MiB\/2\.0 MiB/);
      step.end();
      // A phase ended before the second is up never shows.
      const quiet = terminal();
      clock = 0;
      const early = progressBar(quiet.stream, () => clock).start('normalising', 10);
      clock = 500;
      early.end();
      clock = 2_000;
      vi.advanceTimersByTime(2_000);
      expect(quiet.text()).toBe('');
    } finally {
      vi.useRealTimers();
    }
  });

  it('draws the phase with its count once the run has taken a second, and clears it at the end', () => {
    const { stream, text } = terminal();
    let clock = 0;
    const bar = progressBar(stream, () => clock);
    const step = bar.start('comparing', 200);
    clock = 1_500;
    step.tick(100);
    expect(text()).toMatch(/comparing/);
    expect(text()).toMatch(/100\/200/);
    step.end();
    // The last thing written clears the line (clearOnComplete): no bar is left on stderr.
    expect(text()).toMatch(/200\/200/);
  });
});

describe('progress of a run', () => {
  it('is silent by default; a reconciliation reports its phases in order, and computes the same with or without them', () => {
    expect(progress()).toBe(SILENT);
    const pair = generatePair({ size: 600, seed: 'progress', kind: 'pow' });
    const run = () => {
      const [a, b] = [listFromCsv(pair.a, 'a'), listFromCsv(pair.b, 'b')];
      const result = reconcile({ a, b, readFindings: [], agreement: defaultAgreement(), matcher: new ScoredMatcher(DEFAULT_THRESHOLDS) });
      return result.entries.map((e) => [e.status, e.a?.index, e.b?.index, e.score, e.why]);
    };
    const quiet = run();
    const events: string[] = [];
    // A step that does several things in turn (the keys of a first-pass family, then its pairs;
    // the candidates looked over, then scored) counts on: its ticks never go back, nor past its total.
    const recorder: Progress = {
      start: (phase: Phase, total: number) => {
        events.push(phase);
        let last = 0;
        return {
          tick: (n = 0) => {
            expect(n).toBeLessThanOrEqual(total);
            expect(n).toBeGreaterThanOrEqual(last);
            last = n;
          },
          end: () => events.push(`end ${phase}`),
        };
      },
    };
    setProgress(recorder);
    expect(run()).toEqual(quiet);
    const phases = events.filter((e) => !e.startsWith('end '));
    // Every stretch of the matching and the rules is a phase: the exact matches, the duplicates
    // of each list and the rules' checking too, not only the linking's comparing.
    expect(new Set(phases)).toEqual(new Set(['normalising', 'exact', 'blocking', 'estimating', 'duplicates', 'comparing', 'assigning', 'checking']));
    expect(phases.indexOf('exact')).toBeLessThan(phases.indexOf('estimating'));
    expect(phases.indexOf('estimating')).toBeLessThan(phases.indexOf('duplicates'));
    expect(phases.lastIndexOf('duplicates')).toBeLessThan(phases.indexOf('comparing'));
    expect(phases.indexOf('comparing')).toBeLessThan(phases.indexOf('assigning'));
    expect(phases.at(-1)).toBe('checking');
    // Every phase started is ended.
    expect(events.filter((e) => e.startsWith('end ')).length).toBe(phases.length);
  });

  it('counts the reading in bytes of both files, ticked as their rows are parsed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'progress-'));
    try {
      const paths = pairFiles(dir, 5_000, 'progress-bytes');
      const sizes = paths.map((p) => statSync(p).size);
      const started: Array<{ phase: Phase; total: number; unit: string | undefined }> = [];
      const ticks: number[] = [];
      setProgress({
        start: (phase, total, unit) => {
          started.push({ phase, total, unit });
          return { tick: (n = 0) => ticks.push(n), end: () => undefined };
        },
      });
      const [a, b] = await readPair(paths, ['a', 'b'], await resolveListOptions({ kind: 'pow', map: [], format: 'text' }));
      expect(a.list.records.length + b.list.records.length).toBeGreaterThan(2 * 4_096);
      expect(started).toEqual([{ phase: 'reading', total: sizes[0]! + sizes[1]!, unit: 'bytes' }]);
      // Each file of more than 4,096 rows ticks at least once: the second file's ticks count on from the first's size.
      expect(ticks.some((n) => n > 0 && n <= sizes[0]!)).toBe(true);
      expect(ticks.some((n) => n > sizes[0]! && n <= sizes[0]! + sizes[1]!)).toBe(true);
      expect(ticks).toEqual([...ticks].sort((x, y) => x - y));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('progress of the writing', () => {
  it('counts the rows of ledger.csv and discrepancies.csv as they are made, and a unit for each other file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'progress-writing-'));
    try {
      const paths = pairFiles(dir, 1_000, 'progress-writing');
      const options = { kind: 'pow' as const, map: [], format: 'json' as const, failOn: 'never' as const };
      const outcome = await computeRun(paths[0], paths[1], options);
      const { entries, findings } = outcome.run.result;
      const steps: Array<{ phase: Phase; total: number; ticks: number[] }> = [];
      setProgress({
        start: (phase, total) => {
          const step = { phase, total, ticks: [] as number[] };
          steps.push(step);
          return { tick: (n = 0) => step.ticks.push(n), end: () => undefined };
        },
      });
      const stdout = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
      try {
        await deliver({ reports: REPORTS.reconcile, outcome, format: 'json', failOn: 'never', out: join(dir, 'out'), inputs: paths });
      } finally {
        stdout.mockRestore();
        process.exitCode = undefined;
      }
      expect(steps.map((s) => s.phase)).toEqual(['writing']);
      const [{ total, ticks }] = steps as [(typeof steps)[number]];
      // ledger.csv's rows, discrepancies.csv's rows, review.csv, summary.json, report.html counted
      // as the ledger's rows, then the files put in place.
      expect(total).toBe(entries.length + findings.length + 1 + 1 + entries.length + 1);
      expect(ticks).toEqual([...ticks].sort((x, y) => x - y));
      // Each table ticks as its first row is made (and every 4,096 rows after: csv-safe.test.ts), each file once written.
      expect(ticks).toContain(0);
      expect(ticks).toContain(entries.length);
      expect(ticks).toContain(entries.length + findings.length);
      expect(ticks.at(-1)).toBe(total - 1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
