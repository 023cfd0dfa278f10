// The bench's measure of how long a run's progress stood still (src/bench/stillness.ts).
import { describe, expect, it } from 'vitest';
import { Stillness } from '../../src/bench/stillness.js';
import type { Progress } from '../../src/progress.js';

describe('stillness', () => {
  it('finds the longest time between two things told, with what came before and after it', () => {
    let clock = 0;
    const stillness = new Stillness(() => clock);
    const told: string[] = [];
    const inner: Progress = {
      start: (phase, total) => {
        told.push(`start ${phase} ${total}`);
        return { tick: (done) => told.push(`tick ${phase} ${done}`), end: () => told.push(`end ${phase}`) };
      },
    };
    const progress = stillness.watch(inner);
    expect(stillness.longest()).toBeUndefined();
    const reading = progress.start('reading', 10);
    clock = 400;
    reading.tick(5);
    clock = 900;
    reading.end();
    // Between two phases, nothing is on the screen: that counts as standing still too.
    clock = 3_400;
    const writing = progress.start('writing', 3);
    clock = 4_000;
    writing.tick(1);
    writing.end();
    expect(stillness.longest()).toEqual({ seconds: 2.5, after: 'reading ended', before: 'writing started' });
    // Everything reaches the reporter watched, as it was told.
    expect(told).toEqual(['start reading 10', 'tick reading 5', 'end reading', 'start writing 3', 'tick writing 1', 'end writing']);
  });

  it('counts a long stretch inside a phase, between two of its ticks', () => {
    let clock = 0;
    const stillness = new Stillness(() => clock);
    const step = stillness.watch({ start: () => ({ tick: () => undefined, end: () => undefined }) }).start('comparing', 100);
    clock = 100;
    step.tick(10);
    clock = 1_300;
    step.tick(20);
    clock = 1_400;
    step.end();
    expect(stillness.longest()).toEqual({ seconds: 1.2, after: 'comparing ticked', before: 'comparing ticked' });
  });
});
