// The samples EM learns from take the same pairs whichever list is A (engine.ts inSample), so a
// run on lists past the samples' bounds fits the same model both ways round.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inOrderOfA, inSample } from '../../src/match/engine/engine.js';
import { generated, readCsvText, runLists } from '../core/invariants-support.js';

describe('inSample', () => {
  it('takes a pair whichever of its two records is on side A', () => {
    fc.assert(
      fc.property(fc.nat(2_000_000), fc.nat(2_000_000), fc.integer({ min: 1, max: 50 }), (i, j, stride) => {
        expect(inSample(i, j, stride)).toBe(inSample(j, i, stride));
      }),
    );
  });

  it('takes every pair at a stride of one, and about one in `stride` past it, at the same places in both lists no more often', () => {
    for (let i = 0; i < 1_000; i++) expect(inSample(i, 999 - i, 1)).toBe(true);
    for (const stride of [2, 5, 17]) {
      let taken = 0;
      let diagonal = 0;
      for (let i = 0; i < 300; i++) for (let j = 0; j < 300; j++) if (inSample(i, j, stride)) taken++;
      for (let i = 0; i < 20_000; i++) if (inSample(i, i, stride)) diagonal++;
      expect(taken / 90_000).toBeGreaterThan(0.9 / stride);
      expect(taken / 90_000).toBeLessThan(1.1 / stride);
      expect(diagonal / 20_000).toBeGreaterThan(0.85 / stride);
      expect(diagonal / 20_000).toBeLessThan(1.15 / stride);
    }
  });
});

describe('the model EM fits', () => {
  // 24,000 people a side give more than 20,000 first-pass pairs, past the first-pass sample's
  // bound (MAX_FIRST_PASS_SAMPLE), so the sample is one pair in two. A stride over the pairs in
  // their order (A's) took other pairs when the lists were swapped, and every weight moved.
  it('is the same whichever list is A, when the first-pass pairs are sampled', () => {
    const { a, b } = generated(24_000, 7, 'pow');
    const forward = runLists(readCsvText(a, 'a', 'pow', 'A.csv'), readCsvText(b, 'b', 'pow', 'B.csv'));
    const backward = runLists(readCsvText(b, 'a', 'pow', 'B.csv'), readCsvText(a, 'b', 'pow', 'A.csv'));
    const whys = (entries: typeof forward.result.entries, flip: boolean) =>
      new Map(entries.filter((e) => e.a && e.b && e.why).map((e) => [flip ? `${e.b!.recordId}~${e.a!.recordId}` : `${e.a!.recordId}~${e.b!.recordId}`, e.why!]));
    const there = whys(forward.result.entries, false);
    const back = whys(backward.result.entries, true);
    expect(there.size).toBeGreaterThan(20_000);
    let compared = 0;
    for (const [pair, why] of there) {
      const other = back.get(pair);
      if (other === undefined) continue;
      compared++;
      // The weights as `why` writes them (to a tenth): the same model.
      expect(other, pair).toBe(why);
    }
    expect(compared).toBeGreaterThan(0.99 * there.size);
  }, 120_000);
});

describe('inOrderOfA', () => {
  it('gives the pairs in the order of their A records, as a stable sort by A does', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 40 }), { maxLength: 60 }), (as) => {
        const pairs = as.map((a, k) => ({ a, k }));
        const sorted = [...pairs].sort((x, y) => x.a - y.a);
        expect(inOrderOfA([...pairs])).toEqual(sorted);
      }),
    );
  });

  it('lays out pairs of distinct A records by index, whatever order they come in', () => {
    const pairs = [{ a: 7 }, { a: 0 }, { a: 3 }, { a: 12 }];
    expect(inOrderOfA(pairs).map((p) => p.a)).toEqual([0, 3, 7, 12]);
    expect(inOrderOfA([])).toEqual([]);
  });
});
