// A full collection between the phases of a large run (src/memory.ts).
import { describe, expect, it } from 'vitest';
import { collectBetweenPhases, collectGarbage, collectionPays, MIN_RECORDS_TO_COLLECT, MIN_RECORDS_TO_COLLECT_BEFORE_LINKING } from '../src/memory.js';

/** An object no one holds, watched through a WeakRef, made in its own frame. */
function unheld(): WeakRef<object> {
  return new WeakRef({ payload: new Array(10_000).fill('x') });
}

describe('collecting garbage between phases', () => {
  it('reclaims an object nothing holds', async () => {
    const watched = unheld();
    // A WeakRef's target stays alive until the end of the job that made it: wait for the next.
    await new Promise((resolve) => setTimeout(resolve, 0));
    collectGarbage();
    expect(watched.deref()).toBeUndefined();
  });

  it('leaves alone what is held', async () => {
    const held = { payload: [1, 2, 3] };
    const watched = new WeakRef(held);
    await new Promise((resolve) => setTimeout(resolve, 0));
    collectGarbage();
    expect(watched.deref()).toBe(held);
  });

  it('collects for a run large enough to pay for it, and says a small one does not', async () => {
    expect([collectionPays(0), collectionPays(MIN_RECORDS_TO_COLLECT - 1), collectionPays(MIN_RECORDS_TO_COLLECT)]).toEqual([false, false, true]);
    const beforeLinking = MIN_RECORDS_TO_COLLECT_BEFORE_LINKING;
    expect([collectionPays(beforeLinking - 1, beforeLinking), collectionPays(beforeLinking, beforeLinking)]).toEqual([false, true]);
    const large = unheld();
    await new Promise((resolve) => setTimeout(resolve, 0));
    collectBetweenPhases(MIN_RECORDS_TO_COLLECT);
    expect(large.deref()).toBeUndefined();
  });
});
