// Progress on stderr with cli-progress: one bar per phase, drawn only on a terminal, and only
// once the run has taken a second (a short run shows nothing). Cleared when the phase ends, so
// stderr keeps only the run's notices.
import { SingleBar } from 'cli-progress';
import { t } from '../i18n/catalogue.js';
import type { Phase, Progress, Step } from '../progress.js';

/** Seconds of a run before any bar is drawn. */
const QUIET_START_MS = 1_000;

export function progressBar(stream: NodeJS.WriteStream = process.stderr, now: () => number = Date.now): Progress {
  const began = now();
  return {
    start(phase: Phase, total: number): Step {
      let bar: SingleBar | undefined;
      let value = 0;
      const show = () => {
        if (bar || now() - began < QUIET_START_MS || total <= 0) return;
        bar = new SingleBar({
          stream, clearOnComplete: true, hideCursor: true, etaBuffer: 20,
          format: `${t(`progress.${phase}`).padEnd(14)} {bar} {percentage}% {value}/{total}`,
        });
        bar.start(total, value);
      };
      return {
        tick(done = value + 1) {
          value = Math.min(done, total);
          show();
          bar?.update(value);
        },
        end() {
          if (bar) {
            bar.update(total);
            bar.stop();
          }
        },
      };
    },
  };
}
