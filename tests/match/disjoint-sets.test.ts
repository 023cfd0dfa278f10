// Union-find over whole numbers (src/match/disjoint-sets.ts), held to connected components found
// by a plain search of the same joins, and the duplicate groups made from it (matcher.ts).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DisjointSets } from '../../src/match/disjoint-sets.js';
import { duplicateGroups } from '../../src/match/matcher.js';

/** The components of numbers under `joins`, by a breadth-first search: each number's smallest companion. */
function smallestCompanion(numbers: readonly number[], joins: ReadonlyArray<readonly [number, number]>): Map<number, number> {
  const next = new Map<number, number[]>();
  const link = (x: number, y: number) => next.set(x, [...(next.get(x) ?? []), y]);
  for (const [x, y] of joins) {
    link(x, y);
    link(y, x);
  }
  const smallest = new Map<number, number>();
  for (const start of numbers) {
    if (smallest.has(start)) continue;
    const seen = new Set([start]);
    const queue = [start];
    while (queue.length > 0) for (const y of next.get(queue.shift()!) ?? []) if (!seen.has(y)) (seen.add(y), queue.push(y));
    const low = Math.min(...seen);
    for (const x of seen) smallest.set(x, low);
  }
  return smallest;
}

// Record indexes, and B records written ~b (negative), as assignment joins them.
const number = fc.oneof(fc.integer({ min: 0, max: 300 }), fc.integer({ min: -300, max: -1 }), fc.integer({ min: 0, max: 100_000 }));
const joins = fc.array(fc.tuple(number, number), { maxLength: 60 });

describe('disjoint sets', () => {
  it('find each set by its smallest member, whatever order the joins come in', () => {
    fc.assert(
      fc.property(joins, fc.array(number, { maxLength: 20 }), (pairs, others) => {
        const sets = new DisjointSets();
        for (const [x, y] of pairs) sets.union(x, y);
        const numbers = [...pairs.flat(), ...others];
        const expected = smallestCompanion(numbers, pairs);
        for (const x of numbers) expect(sets.find(x)).toBe(expected.get(x));
        // A number never joined is a set of its own, and says so.
        for (const x of others) if (!pairs.flat().includes(x)) expect([sets.find(x), sets.wasJoined(x)]).toEqual([x, false]);
      }),
    );
  });

  it('group members by set, each group and the groups in the order members come', () => {
    const sets = new DisjointSets();
    sets.union(5, ~2);
    sets.union(9, ~2);
    sets.union(3, 4);
    expect(sets.groupsOf([9, 4, 5, 7, 3], (x) => x)).toEqual([[9, 5], [4, 3], [7]]);
  });

  it('make the same duplicate groups as grouping every record and keeping groups of two or more', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(200), fc.nat(200)), { maxLength: 40 }), fc.uniqueArray(fc.nat(200), { maxLength: 120 }), (pairs, indexes) => {
        const sets = new DisjointSets();
        for (const [x, y] of pairs) sets.union(x, y);
        const all = sets.groupsOf([...indexes].sort((x, y) => x - y), (x) => x).filter((g) => g.length > 1);
        const naive = all.map(([keep, ...copies]) => ({ keep: keep!, copies })).sort((x, y) => x.keep - y.keep);
        expect(duplicateGroups(sets, indexes)).toEqual(naive);
      }),
    );
  });
});
