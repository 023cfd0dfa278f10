// How many threads a run uses (src/threads.ts): reading takes two cores where it
// can, the scoring pool only where the machine has cores to spare or EXCHANGE_WORKERS asks.
import { describe, expect, it } from 'vitest';
import { poolThreads, scoringThreads } from '../../src/threads.js';

describe('threads of a run', () => {
  it('shares the scoring only on a machine of four cores or more, unless asked', () => {
    expect(poolThreads({}, 1)).toBe(1);
    expect(poolThreads({}, 2)).toBe(1);
    expect(poolThreads({}, 3)).toBe(1);
    expect(poolThreads({}, 4)).toBe(4);
    expect(poolThreads({}, 32)).toBe(4);
  });

  it('takes EXCHANGE_WORKERS as asked, whatever the cores, and ignores a value that is no count', () => {
    expect(poolThreads({ EXCHANGE_WORKERS: '2' }, 2)).toBe(2);
    expect(poolThreads({ EXCHANGE_WORKERS: '3' }, 64)).toBe(3);
    expect(poolThreads({ EXCHANGE_WORKERS: '1' }, 64)).toBe(1);
    expect(poolThreads({ EXCHANGE_WORKERS: '0' }, 2)).toBe(1);
    expect(poolThreads({ EXCHANGE_WORKERS: 'many' }, 8)).toBe(4);
    expect(poolThreads({ EXCHANGE_WORKERS: '99' }, 2)).toBe(16);
    expect(scoringThreads({ EXCHANGE_WORKERS: '1' })).toBe(1);
    expect(scoringThreads({ EXCHANGE_WORKERS: '5' })).toBe(5);
  });
});
