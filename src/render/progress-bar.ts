// Progress on stderr with cli-progress: one bar per phase, drawn only on a terminal, and only
// once the run has taken a second (a short run shows nothing). A phase that starts after that
// second shows at once, even one that cannot count its work, and one under way when it is up
// shows then, so every long stretch of a run is named on the screen. Cleared when the phase
// ends, so stderr keeps only the run's notices.
import { SingleBar } from 'cli-progress';
import { t } from '../i18n/catalogue.js';
import { language } from '../i18n/lang.js';
import type { Phase, Progress, Step, Unit } from '../progress.js';

/** Seconds of a run before any bar is drawn. */
const QUIET_START_MS = 1_000;

/** How the bar writes its value and total: counts grouped as the run's language groups digits, bytes in MiB. */
function valueFormat(unit: Unit): (value: number, options: unknown, type: string) => string {
  const counts = new Intl.NumberFormat(language(), { maximumFractionDigits: 0 });
  const mebibytes = new Intl.NumberFormat(language(), { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return (value, _options, type) => {
    if (type !== 'value' && type !== 'total') return String(value);
    return unit === 'bytes' ? `${mebibytes.format(value / 2 ** 20)} MiB` : counts.format(value);
  };
}

export function progressBar(stream: NodeJS.WriteStream = process.stderr, now: () => number = Date.now): Progress {
  const began = now();
  return {
    start(phase: Phase, total: number, unit: Unit = 'count'): Step {
      let bar: SingleBar | undefined;
      let value = 0;
      const show = () => {
        if (bar || now() - began < QUIET_START_MS || total <= 0) return;
        bar = new SingleBar({
          stream, clearOnComplete: true, hideCursor: true, etaBuffer: 20, formatValue: valueFormat(unit),
          format: `${t(`progress.${phase}`).padEnd(16)} {bar} {percentage}% {value}/{total}`,
        });
        bar.start(total, value);
      };
      show();
      // A phase still under way when the run's first second is up is drawn then, tick or no tick,
      // as soon as the thread is free to (reading a large file waits on the disk before its first
      // row is parsed).
      const waiting = bar || total <= 0 ? undefined : setTimeout(show, Math.max(0, QUIET_START_MS - (now() - began)) + 10);
      waiting?.unref();
      return {
        tick(done = value + 1) {
          value = Math.min(done, total);
          show();
          bar?.update(value);
        },
        end() {
          clearTimeout(waiting);
          if (bar) {
            bar.update(total);
            bar.stop();
          }
        },
      };
    },
  };
}
