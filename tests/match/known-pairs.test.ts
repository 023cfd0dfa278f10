// knownPairs (src/match/engine/engine.ts): the pairs EM's random sample must not draw, the
// first-pass pairs and the candidates, as one set of ids, whatever order the ids come in.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { knownPairs } from '../../src/match/engine/engine.js';

const ids = fc.array(fc.integer({ min: 0, max: 2_000 }), { maxLength: 60 });

describe('knownPairs', () => {
  it('holds exactly the first-pass ids and the candidates, candidates ascending or not', () => {
    fc.assert(
      fc.property(ids, ids, fc.boolean(), fc.array(fc.integer({ min: 0, max: 2_000 }), { maxLength: 40 }), (first, candidates, sorted, probes) => {
        const given = sorted ? [...candidates].sort((x, y) => x - y) : candidates;
        const known = knownPairs(first, given.length, (p) => given[p]!);
        const all = new Set([...first, ...candidates]);
        for (const id of [...probes, ...first, ...candidates]) expect(known.has(id)).toBe(all.has(id));
      }),
      { numRuns: 2_000 },
    );
  });

  it('finds ids past 2^32, as a million a side makes them', () => {
    const big = 999_999 * 1_000_000 + 999_998;
    const known = knownPairs([big], 2, (p) => [5, big + 1][p]!);
    expect([known.has(big), known.has(big + 1), known.has(5), known.has(big - 1)]).toEqual([true, true, true, false]);
  });
});
