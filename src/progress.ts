// Progress of the long phases of a run, as the core and the matcher report it. Silent unless the
// shell installs a reporter (src/render/progress-bar.ts: a bar on stderr when it is a terminal).
// Reporting never changes what a run computes.

export const PHASES = ['reading', 'normalising', 'blocking', 'comparing', 'estimating', 'assigning', 'writing'] as const;
export type Phase = (typeof PHASES)[number];

/** One phase under way: `total` units of work, ticked as they are done. */
export interface Step {
  tick(done?: number): void;
  end(): void;
}

export interface Progress {
  start(phase: Phase, total: number): Step;
}

const QUIET_STEP: Step = { tick: () => undefined, end: () => undefined };
export const SILENT: Progress = { start: () => QUIET_STEP };

let current: Progress = SILENT;

/** The run's progress reporter. */
export const progress = (): Progress => current;

export function setProgress(reporter: Progress): void {
  current = reporter;
}
