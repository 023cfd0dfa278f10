// sharedPieces (src/render/csv-off-thread.ts): a table's chunks made by a worker thread, or by this
// thread while the worker is behind. The pieces must come out in the chunks' order whoever made
// each, with no more chunks waiting on the worker, or pieces waiting to go out, than allowed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sharedPieces, type ChunkWorker } from '../../src/render/csv-off-thread.js';
import type { Piece } from '../../src/io/write-atomic.js';

const text = (chunk: number) => `chunk ${chunk}\n`;
const bytes = (chunk: number) => new TextEncoder().encode(text(chunk));

/** A worker that answers its chunks one at a time, in order, each after its own delay (ms). */
function slowWorker(delays: readonly number[]) {
  const answers: Uint8Array[] = [];
  const queue: number[] = [];
  let busy = false;
  let wake: (() => void) | undefined;
  const stats = { posted: 0, waitingMost: 0 };
  const work = () => {
    if (busy || queue.length === 0) return;
    busy = true;
    const chunk = queue.shift()!;
    setTimeout(() => {
      answers.push(bytes(chunk));
      busy = false;
      wake?.();
      work();
    }, delays[chunk % delays.length]);
  };
  const worker: ChunkWorker<number> = {
    post: (chunk) => {
      stats.posted++;
      queue.push(chunk);
      stats.waitingMost = Math.max(stats.waitingMost, queue.length + (busy ? 1 : 0) + answers.length);
      work();
    },
    answered: () => answers.length > 0,
    answer: async () => {
      while (answers.length === 0) await new Promise<void>((resolve) => (wake = resolve));
      return answers.shift()!;
    },
  };
  return { worker, stats };
}

/** The pieces as one text, written as writeDurably would: slowly at times, so answers arrive meanwhile. */
async function written(pieces: AsyncIterable<Piece>, pauses: readonly number[]): Promise<string> {
  let out = '';
  let k = 0;
  for await (const piece of pieces) {
    out += typeof piece === 'string' ? piece : new TextDecoder().decode(piece);
    const pause = pauses[k++ % pauses.length]!;
    if (pause > 0) await new Promise((resolve) => setTimeout(resolve, pause));
  }
  return out;
}

describe('a table shared between a CSV worker and this thread', () => {
  it('comes out in order whoever made each chunk, within its bounds', async () => {
    let madeHere = 0;
    let madeThere = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 60 }), fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 8 }), fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 1, maxLength: 5 }),
        fc.integer({ min: 1, max: 4 }), fc.integer({ min: 0, max: 6 }),
        async (count, delays, pauses, inFlight, extra) => {
          const chunks = Array.from({ length: count }, (_, i) => i);
          const { worker, stats } = slowWorker(delays);
          let here = 0;
          const out = await written(sharedPieces(chunks, worker, (chunk) => (here++, text(chunk)), inFlight, inFlight + extra), pauses);
          expect(out).toBe(chunks.map(text).join(''));
          expect(stats.posted + here).toBe(count);
          expect(stats.waitingMost).toBeLessThanOrEqual(inFlight);
          madeHere += here;
          madeThere += stats.posted;
        },
      ),
      { numRuns: 150 },
    );
    // Both makers made chunks.
    expect(madeHere).toBeGreaterThan(0);
    expect(madeThere).toBeGreaterThan(0);
  });

  it('makes nothing here when the worker keeps up, and every chunk past the first ones when it never answers in time', async () => {
    const quick = slowWorker([0]);
    const chunks = Array.from({ length: 20 }, (_, i) => i);
    let here = 0;
    expect(await written(sharedPieces(chunks, quick.worker, (c) => (here++, text(c)), 20, 40), [0])).toBe(chunks.map(text).join(''));
    expect(here).toBe(0);
    // A worker slower than the whole run: it takes the first two chunks; this thread makes the
    // rest while five may wait to go out, then waits for the worker's first answer.
    const slow = slowWorker([30]);
    here = 0;
    expect(await written(sharedPieces(chunks, slow.worker, (c) => (here++, text(c)), 2, 5), [0])).toBe(chunks.map(text).join(''));
    expect(here).toBeGreaterThan(10);
  });

  it('fails with the worker', async () => {
    const worker: ChunkWorker<number> = { post: () => {}, answered: () => false, answer: () => Promise.reject(new Error('the CSV worker thread stopped')) };
    await expect(written(sharedPieces([1, 2, 3], worker, text, 1, 2), [0])).rejects.toThrow('stopped');
  });
});
