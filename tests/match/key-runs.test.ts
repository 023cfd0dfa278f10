// The radix sort that groups blocking keys: the same order as a plain stable sort, runs of one
// key found whole, and the numbers that stand for string keys.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KeyedPositions, releaseSortScratch, stringNumber } from '../../src/match/engine/key-runs.js';

/** The sorted contents, as [key, position] pairs. */
function contents(keyed: KeyedPositions): Array<[number, number]> {
  return Array.from({ length: keyed.length }, (_, i) => [keyed.key(i), keyed.positions[i]!] as [number, number]);
}

const wholeNumber = fc.oneof(
  fc.integer({ min: 0, max: 40 }),
  fc.integer({ min: 0, max: 2 ** 32 + 5 }),
  fc.maxSafeInteger().map((n) => Math.abs(n)),
);

describe('KeyedPositions', () => {
  it('sorts whole numbers up to 2^53 − 1 as a stable sort does: by number, then in the order added', () => {
    fc.assert(
      fc.property(fc.array(wholeNumber, { maxLength: 300 }), (keys) => {
        const keyed = new KeyedPositions(4);
        keys.forEach((key, position) => keyed.add(key, position));
        const expected = keys.map((key, position) => [key, position] as [number, number]).sort((x, y) => x[0] - y[0]);
        expect(contents(keyed.sort())).toEqual(expected);
      }),
    );
  });

  it('sorts a large array (by 16-bit digits) as a stable sort does', () => {
    let seed = 7;
    const next = () => (seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0);
    const keys = Array.from({ length: 70_000 }, (_, i) => (i % 3 === 0 ? next() % 1_000 : next() * 2 ** 21 + (next() % 2 ** 21)));
    const keyed = new KeyedPositions(16);
    keys.forEach((key, position) => keyed.add(key, position));
    const expected = keys.map((key, position) => [key, position] as [number, number]).sort((x, y) => x[0] - y[0]);
    expect(contents(keyed.sort())).toEqual(expected);
  });

  it('sorts one array after another as each alone, the arrays the sorts share between them never showing through', () => {
    // Numbers of one, two and three 16-bit digits (an odd count of moves ends in the shared arrays),
    // a filled array cleared and used again, arrays with and without positions, in turn.
    const batch = fc.record({
      keys: fc.array(fc.oneof(fc.integer({ min: 0, max: 2 ** 16 - 1 }), fc.integer({ min: 0, max: 2 ** 32 - 1 }), wholeNumber), { minLength: 65, maxLength: 400 }),
      withPositions: fc.boolean(),
      release: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(batch, { minLength: 2, maxLength: 5 }), (batches) => {
        const reused = new KeyedPositions(16);
        const sorted: Array<[KeyedPositions, number[], boolean]> = [];
        for (const { keys, withPositions, release } of batches) {
          const keyed = withPositions ? reused.clear() : new KeyedPositions(16, false);
          keys.forEach((key, position) => keyed.add(key, position));
          keyed.sort();
          if (release) releaseSortScratch();
          const expected = keys.map((key, position) => [key, position] as [number, number]).sort((x, y) => x[0] - y[0]);
          if (withPositions) expect(contents(keyed)).toEqual(expected);
          else sorted.push([keyed, expected.map(([key]) => key), withPositions]);
        }
        // An array sorted earlier is not changed by the sorts after it.
        for (const [keyed, keys] of sorted) expect(Array.from({ length: keyed.length }, (_, i) => keyed.key(i))).toEqual(keys);
      }),
      { numRuns: 300 },
    );
  });

  it('finds each run of one number whole', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(7, 2 ** 40, 2 ** 40 + 1, 65_536, 0), { minLength: 1, maxLength: 200 }), (keys) => {
        const keyed = new KeyedPositions();
        keys.forEach((key, position) => keyed.add(key, position));
        keyed.sort();
        const runs: Array<[number, number]> = [];
        for (let i = 0; i < keyed.length; i = keyed.runEnd(i)) runs.push([keyed.key(i), keyed.runEnd(i) - i]);
        const counts = new Map<number, number>();
        for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
        expect(runs).toEqual([...counts].sort((x, y) => x[0] - y[0]));
      }),
    );
  });

  it('sorts numbers alone when kept without positions', () => {
    const keyed = new KeyedPositions(2, false);
    for (const key of [5, 2 ** 50, 3, 5, 0]) keyed.add(key, 99);
    keyed.sort();
    expect(Array.from({ length: keyed.length }, (_, i) => keyed.key(i))).toEqual([0, 3, 5, 5, 2 ** 50]);
    expect(keyed.positions.length).toBe(0);
  });
});

describe('stringNumber', () => {
  it('gives equal strings one whole number below 2^53', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (text) => {
        const n = stringNumber(text);
        expect(Number.isSafeInteger(n) && n >= 0).toBe(true);
        expect(stringNumber(`${text}`.slice(0))).toBe(n);
      }),
    );
  });

  it('tells apart the service numbers and name keys of a large list (no two of 200,000 share a number)', () => {
    const texts = new Set<string>();
    for (let i = 0; i < 100_000; i++) texts.add(`АВ${String(i).padStart(6, '0')}`);
    for (let i = 0; i < 100_000; i++) texts.add(`${i.toString(36)}|шевченко|${1950 + (i % 50)}`);
    expect(new Set([...texts].map(stringNumber)).size).toBe(texts.size);
  });
});
