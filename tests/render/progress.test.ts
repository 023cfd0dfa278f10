// Progress bars: drawn on a terminal once a run has taken a second, cleared when the phase ends,
// and never part of what a run computes.
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultAgreement } from '../../src/agreement/terms.js';
import { reconcile } from '../../src/core/reconcile.js';
import { generatePair } from '../../src/generate/index.js';
import { ScoredMatcher } from '../../src/match/engine/engine.js';
import { DEFAULT_THRESHOLDS } from '../../src/match/options.js';
import { progress, setProgress, SILENT, type Phase, type Progress } from '../../src/progress.js';
import { listFromCsv } from '../helpers.js';
import { progressBar } from '../../src/render/progress-bar.js';

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
    const recorder: Progress = {
      start: (phase: Phase, total: number) => {
        events.push(phase);
        return { tick: (n) => expect(n).toBeLessThanOrEqual(total), end: () => events.push(`end ${phase}`) };
      },
    };
    setProgress(recorder);
    expect(run()).toEqual(quiet);
    const phases = events.filter((e) => !e.startsWith('end '));
    expect(new Set(phases)).toEqual(new Set(['normalising', 'blocking', 'estimating', 'comparing', 'assigning']));
    expect(phases.indexOf('estimating')).toBeLessThan(phases.indexOf('comparing'));
    expect(phases.indexOf('comparing')).toBeLessThan(phases.indexOf('assigning'));
    // Every phase started is ended.
    expect(events.filter((e) => e.startsWith('end ')).length).toBe(phases.length);
  });
});
