import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { pairsHeldAlone } from '../../src/match/engine/held-alone.js';

interface Rec { id: string; key: string | number }

/** The oracle: for each key in the order a first holds it, the pair where each list holds it once. */
function naive(a: readonly Rec[], b: readonly Rec[]): Array<[string, string]> {
  const holders = (list: readonly Rec[], k: string | number) => list.filter((r) => r.key === k);
  const keys = [...new Set(a.map((r) => r.key).filter((k) => k !== '' && k !== 0))];
  return keys.flatMap((k) => {
    const [inA, inB] = [holders(a, k), holders(b, k)];
    return inA.length === 1 && inB.length === 1 ? [[inA[0]!.id, inB[0]!.id] as [string, string]] : [];
  });
}

// Keys as the key families give them: strings, whole numbers, and numbers and strings that look alike (5 and '5').
const list = (side: string) =>
  fc.array(fc.constantFrom<string | number>('', 0, 'k1', 'k2', 'k3', 'k4', 'k5', 'k6', 5, '5', 2 ** 40 + 3, -2, 0.5, 2 ** 60), { maxLength: 12 })
    .map((keys) => keys.map((key, i) => ({ id: `${side}${i}`, key })));

describe('pairsHeldAlone', () => {
  test('pairs the records that alone hold a key on each side, in the order of a', () => {
    fc.assert(
      fc.property(list('a'), list('b'), (a, b) => {
        const held = pairsHeldAlone(a, b, (r) => r.key, () => undefined);
        expect(held.x.map((r, p) => [r.id, held.y[p]!.id])).toEqual(naive(a, b));
      }),
      { numRuns: 3000 },
    );
  });

  test('keys whose numbers collide are still told apart', () => {
    // Every text stands as one number, or as one of two: the runs hold keys that differ.
    for (const numberOf of [() => 7, (text: string) => text.length % 2]) {
      fc.assert(
        fc.property(list('a'), list('b'), (a, b) => {
          const held = pairsHeldAlone(a, b, (r) => r.key, () => undefined, numberOf);
          expect(held.x.map((r, p) => [r.id, held.y[p]!.id])).toEqual(naive(a, b));
        }),
        { numRuns: 2000 },
      );
    }
  });

  test('gives the same pairs call after call, whatever the size of the lists before', () => {
    const big = Array.from({ length: 3000 }, (_, i) => ({ id: `a${i}`, key: `k${i}` }));
    const bigB = Array.from({ length: 3000 }, (_, i) => ({ id: `b${i}`, key: `k${2999 - i}` }));
    expect(pairsHeldAlone(big, bigB, (r) => r.key, () => undefined).x).toHaveLength(3000);
    const a = [{ id: 'a0', key: 'k1' }, { id: 'a1', key: 7 }];
    const b = [{ id: 'b0', key: 7 }, { id: 'b1', key: 'k1' }];
    const held = pairsHeldAlone(a, b, (r) => r.key, () => undefined);
    expect(held.x.map((r, p) => [r.id, held.y[p]!.id])).toEqual([['a0', 'b1'], ['a1', 'b0']]);
  });

  test('a key held twice on either side pairs no one; an empty key is no key', () => {
    const a = [{ id: 'a0', key: 'k1' }, { id: 'a1', key: 'k2' }, { id: 'a2', key: 'k2' }, { id: 'a3', key: '' }, { id: 'a4', key: 'k3' }];
    const b = [{ id: 'b0', key: 'k3' }, { id: 'b1', key: 'k1' }, { id: 'b2', key: 'k2' }, { id: 'b3', key: '' }, { id: 'b4', key: 'k3' }];
    const held = pairsHeldAlone(a, b, (r) => r.key, () => undefined);
    expect(held.x.map((r) => r.id)).toEqual(['a0']);
    expect(held.y.map((r) => r.id)).toEqual(['b1']);
  });

  test('ticks the records keyed, b then a, then a\'s records looked over for a pair, never past b + 2a', () => {
    const a = Array.from({ length: 5000 }, (_, i) => ({ id: `a${i}`, key: `k${i}` }));
    const b = Array.from({ length: 3000 }, (_, i) => ({ id: `b${i}`, key: `k${i}` }));
    const told: number[] = [];
    pairsHeldAlone(a, b, (r) => r.key, (done) => told.push(done));
    expect(told.length).toBe(3000 + 5000 + 5000);
    expect(told.every((done, i) => done === i)).toBe(true);
    expect(Math.max(...told)).toBeLessThan(3000 + 2 * 5000);
  });
});
