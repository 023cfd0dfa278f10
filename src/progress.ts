// Progress of the long phases of a run, as the core and the matcher report it. Silent unless the
// shell installs a reporter (src/render/progress-bar.ts: a bar on stderr when it is a terminal).
// Reporting never changes what a run computes.

/**
 * Every phase of a run that can take long, in the order a reconciliation meets them (some more
 * than once: the exact matches and the comparing come in the estimating and in the linking, and
 * duplicates are sought in each list). Each long loop ticks its phase, so a run that takes
 * minutes never sits on one unchanging line.
 */
export const PHASES = ['reading', 'normalising', 'exact', 'blocking', 'estimating', 'duplicates', 'comparing', 'assigning', 'checking', 'writing'] as const;
export type Phase = (typeof PHASES)[number];

/** What a phase counts: records, pairs or files (`count`), or bytes of a file read. */
export type Unit = 'count' | 'bytes';

/** One phase under way: `total` units of work, ticked as they are done. */
export interface Step {
  tick(done?: number): void;
  end(): void;
}

export interface Progress {
  start(phase: Phase, total: number, unit?: Unit): Step;
}

/** Items between two ticks of a long loop: a tick reads the clock, an item costs microseconds. */
export const TICK_EVERY = 4_096;

/**
 * What a long loop calls with the items it has done, after each: `step` is ticked every
 * TICK_EVERY items. `scale` stands for the share other threads do meanwhile (a scoring worker's).
 */
export const ticker = (step: Step, scale = 1) => (done: number): void => {
  if (done % TICK_EVERY === 0) step.tick(done * scale);
};

/**
 * A part of a step that does several things in turn: its ticks count on from `offset`, at most
 * `size` of them (a scoring pool's estimate of its share can run a little over), and ending it
 * ends nothing (the whole step is ended once, by its owner). For a loop that ticks from 0, such
 * as the scorer's, run as a later part of a step.
 */
export const partOf = (step: Step, offset: number, size = Infinity): Step => ({
  tick: (done = 0) => step.tick(offset + Math.min(done, size)),
  end: () => undefined,
});

const QUIET_STEP: Step = { tick: () => undefined, end: () => undefined };
export const SILENT: Progress = { start: () => QUIET_STEP };

let current: Progress = SILENT;

/** The run's progress reporter. */
export const progress = (): Progress => current;

export function setProgress(reporter: Progress): void {
  current = reporter;
}
