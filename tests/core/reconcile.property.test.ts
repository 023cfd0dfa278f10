// Properties of the whole core on generated lists: no row lost, deterministic, symmetric.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultAgreement } from '../../src/agreement/terms.js';
import { reconcile } from '../../src/core/reconcile.js';
import { generatePair } from '../../src/generate/index.js';
import { ScoredMatcher } from '../../src/match/engine/engine.js';
import { DEFAULT_THRESHOLDS } from '../../src/match/options.js';
import type { PersonList } from '../../src/model.js';
import { listFromCsv } from '../helpers.js';

function run(a: PersonList, b: PersonList) {
  return reconcile({ a, b, readFindings: [], agreement: defaultAgreement(), matcher: new ScoredMatcher(DEFAULT_THRESHOLDS) });
}

/** A list moved to the other side of a run. */
const swapSides = (list: PersonList, side: 'a' | 'b'): PersonList => ({ ...list, side, records: list.records.map((r) => ({ ...r, side })) });

const pairLists = (size: number, seed: number | string) => {
  const pair = generatePair({ size, seed, kind: 'pow' });
  return { a: listFromCsv(pair.a, 'a'), b: listFromCsv(pair.b, 'b') };
};

const settings = { numRuns: 12 };
const sizeAndSeed = [fc.integer({ min: 20, max: 150 }), fc.integer({ min: 0, max: 1_000_000 })] as const;

describe('reconcile properties', () => {
  it('puts every row of both inputs in the ledger exactly once', () => {
    fc.assert(
      fc.property(...sizeAndSeed, (size, seed) => {
        const { a, b } = pairLists(size, seed);
        const result = run(a, b);
        const seenA = result.entries.flatMap((e) => (e.a ? [e.a.index] : [])).sort((x, y) => x - y);
        const seenB = result.entries.flatMap((e) => (e.b ? [e.b.index] : [])).sort((x, y) => x - y);
        expect(seenA).toEqual(a.records.map((r) => r.index));
        expect(seenB).toEqual(b.records.map((r) => r.index));
      }),
      settings,
    );
  });

  it('gives the same result twice', () => {
    fc.assert(
      fc.property(...sizeAndSeed, (size, seed) => {
        const { a, b } = pairLists(size, seed);
        const strip = (r: ReturnType<typeof run>) => r.entries.map((e) => [e.status, e.a?.index, e.b?.index, e.score, e.why]);
        expect(strip(run(a, b))).toEqual(strip(run(a, b)));
      }),
      settings,
    );
  });

  it('learns the same model whichever list comes first (EM on lists large enough for it)', () => {
    const { a, b } = pairLists(800, 'symmetry');
    const forward = run(a, b).entries.filter((e) => e.status === 'matched').map((e) => `${e.a!.recordId}~${e.b!.recordId}`);
    const backward = run(swapSides(b, 'a'), swapSides(a, 'b')).entries.filter((e) => e.status === 'matched').map((e) => `${e.b!.recordId}~${e.a!.recordId}`);
    expect(forward.length).toBeGreaterThan(600);
    expect(new Set(backward)).toEqual(new Set(forward));
  });

  it('finds the same pairs whichever list comes first', () => {
    fc.assert(
      fc.property(...sizeAndSeed, (size, seed) => {
        const { a, b } = pairLists(size, seed);
        const forward = run(a, b).entries.filter((e) => e.status === 'matched').map((e) => `${e.a!.recordId}~${e.b!.recordId}`);
        const backward = run(swapSides(b, 'a'), swapSides(a, 'b')).entries.filter((e) => e.status === 'matched').map((e) => `${e.b!.recordId}~${e.a!.recordId}`);
        expect(new Set(backward)).toEqual(new Set(forward));
      }),
      settings,
    );
  });
});
