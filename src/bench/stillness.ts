// How long a run's progress stood still: the longest time between two things the progress
// reporter was told (a phase started, ticked or ended), from the first to the last. A bar on the
// screen changes only then, so this is the longest a user watched an unchanging screen (or,
// between phases, none). The bench's scale table prints it for each size.
import type { Phase, Progress, Unit } from '../progress.js';

export interface StillStretch {
  seconds: number;
  /** What was told last before the stretch, and first after it: `exact started`, `writing ticked`… */
  after: string;
  before: string;
}

export class Stillness {
  private last: { at: number; what: string } | undefined;
  private stillest: StillStretch | undefined;

  constructor(private readonly now: () => number = () => performance.now()) {}

  /** A reporter that tells `inner` everything, and measures the time between. */
  watch(inner: Progress): Progress {
    return {
      start: (phase: Phase, total: number, unit?: Unit) => {
        this.told(`${phase} started`);
        const step = inner.start(phase, total, unit);
        return {
          tick: (done?: number) => {
            this.told(`${phase} ticked`);
            step.tick(done);
          },
          end: () => {
            this.told(`${phase} ended`);
            step.end();
          },
        };
      },
    };
  }

  /** The longest stretch so far, if anything was told twice. */
  longest(): StillStretch | undefined {
    return this.stillest;
  }

  private told(what: string): void {
    const at = this.now();
    if (this.last) {
      const seconds = (at - this.last.at) / 1000;
      if (!this.stillest || seconds > this.stillest.seconds) this.stillest = { seconds, after: this.last.what, before: what };
    }
    this.last = { at, what };
  }
}
