// The engine's large typed arrays are made over SharedArrayBuffers so that V8 does not answer
// them with full collections of the heap (large-arrays.ts). What that rests on is V8's, not ours:
// it is measured here on the Node that runs the tests, so a Node that counts them after all says so.
import { spawnSync } from 'node:child_process';
import { MessageChannel } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { emptyScores } from '../../src/match/engine/batch.js';
import { float64s, int32s, LARGE_BYTES, uint32s, uint8s } from '../../src/match/engine/large-arrays.js';

/** Full collections while 16 arrays of 64 MB are made beside a growing heap, in a fresh process. */
function majorCollections(shared: boolean): number {
  const script = `
    const { PerformanceObserver, constants } = require('node:perf_hooks');
    let major = 0;
    const seen = new PerformanceObserver((list) => { for (const e of list.getEntries()) if (e.detail.kind === constants.NODE_PERFORMANCE_GC_MAJOR) major++; });
    seen.observe({ entryTypes: ['gc'] });
    const kept = [];
    for (let k = 0; k < 16; k++) {
      kept.push(new Int32Array(${shared ? 'new SharedArrayBuffer(64 << 20)' : 'new ArrayBuffer(64 << 20)'}));
      for (let i = 0; i < 200000; i++) kept.push({ i });
    }
    setTimeout(() => { seen.disconnect(); process.stdout.write(String(major)); }, 50);`;
  const run = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  return Number(run.stdout);
}

describe('large arrays', () => {
  it('are made over a SharedArrayBuffer from LARGE_BYTES on, and as usual below', () => {
    const large = [int32s(LARGE_BYTES / 4), uint32s(LARGE_BYTES / 4), uint8s(LARGE_BYTES), float64s(LARGE_BYTES / 8)];
    for (const array of large) expect(array.buffer).toBeInstanceOf(SharedArrayBuffer);
    const small = [int32s(LARGE_BYTES / 4 - 1), uint32s(10), uint8s(LARGE_BYTES - 1), float64s(0)];
    for (const array of small) expect(array.buffer).toBeInstanceOf(ArrayBuffer);
  });

  it('start at 0 and hold what they are given, as any typed array', () => {
    const a = int32s(100_000);
    expect(a.length).toBe(100_000);
    expect(a.every((v) => v === 0)).toBe(true);
    a[99_999] = -7;
    a.fill(3, 0, 2);
    expect([a[0], a[1], a[2], a[99_999]]).toEqual([3, 3, 0, -7]);
    expect(Array.from(float64s(20_000).subarray(0, 2))).toEqual([0, 0]);
  });

  it('leave a score worker its movable answers: only those can be handed to another thread', () => {
    const { port1, port2 } = new MessageChannel();
    const movable = emptyScores(LARGE_BYTES, true);
    expect(() => port1.postMessage(movable.score, [movable.score.buffer as ArrayBuffer])).not.toThrow();
    const kept = emptyScores(LARGE_BYTES);
    expect(kept.score.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(() => port1.postMessage(kept.score, [kept.score.buffer as unknown as ArrayBuffer])).toThrow();
    port1.close();
    port2.close();
  });

  it('set off fewer full collections than ArrayBuffers of the same size, on this Node', () => {
    const [plain, shared] = [majorCollections(false), majorCollections(true)];
    expect(shared + 3).toBeLessThanOrEqual(plain);
  });
});
