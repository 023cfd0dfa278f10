import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignOneToOne, type Edge } from '../../src/match/engine/assign.js';

const total = (edges: Edge[]) => edges.reduce((s, e) => s + e.score, 0);

/** Brute force over all one-to-one subsets: the reference the Hungarian result must equal. */
function bestTotal(edges: Edge[]): number {
  let best = 0;
  const walk = (i: number, usedA: Set<number>, usedB: Set<number>, sum: number) => {
    if (i === edges.length) {
      best = Math.max(best, sum);
      return;
    }
    walk(i + 1, usedA, usedB, sum);
    const e = edges[i]!;
    if (!usedA.has(e.a) && !usedB.has(e.b)) walk(i + 1, new Set([...usedA, e.a]), new Set([...usedB, e.b]), sum + e.score);
  };
  walk(0, new Set(), new Set(), 0);
  return best;
}

describe('one-to-one assignment', () => {
  it('prefers two good pairs to one best pair when the total is higher', () => {
    const edges = [{ a: 0, b: 0, score: 10 }, { a: 0, b: 1, score: 9 }, { a: 1, b: 0, score: 9 }];
    expect(assignOneToOne(edges)).toEqual([{ a: 0, b: 1, score: 9 }, { a: 1, b: 0, score: 9 }]);
  });

  it('never uses a record twice and reaches the maximum total', () => {
    const edge = fc.record({ a: fc.integer({ min: 0, max: 4 }), b: fc.integer({ min: 0, max: 4 }), score: fc.integer({ min: 1, max: 30 }) });
    fc.assert(
      fc.property(fc.uniqueArray(edge, { selector: (e) => `${e.a}:${e.b}`, maxLength: 9 }), (edges) => {
        const chosen = assignOneToOne(edges);
        expect(new Set(chosen.map((e) => e.a)).size).toBe(chosen.length);
        expect(new Set(chosen.map((e) => e.b)).size).toBe(chosen.length);
        expect(total(chosen)).toBeCloseTo(bestTotal(edges), 6);
      }),
    );
  });

  it('is deterministic on ties', () => {
    const edges = [{ a: 0, b: 0, score: 5 }, { a: 0, b: 1, score: 5 }, { a: 1, b: 0, score: 5 }, { a: 1, b: 1, score: 5 }];
    expect(assignOneToOne(edges)).toEqual(assignOneToOne([...edges].reverse()));
  });
});
