import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashSeed, Rng, WeightedPicker } from '../../src/random.js';

const draws = (seed: string, n: number): number[] => {
  const rng = new Rng(seed);
  return Array.from({ length: n }, () => rng.next());
};

describe('seeded PRNG', () => {
  it('repeats its sequence for a seed and differs between seeds', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (x, y) => {
        expect(draws(x, 20)).toEqual(draws(x, 20));
        if (x !== y) expect(draws(x, 20)).not.toEqual(draws(y, 20));
      }),
    );
    expect(hashSeed('a')).not.toEqual(hashSeed('b'));
  });

  it('pins its output, so a change of algorithm cannot pass unnoticed', () => {
    expect(draws('exchange', 3).map((x) => Math.floor(x * 1e6))).toMatchInlineSnapshot(`
      [
        641154,
        677175,
        77571,
      ]
    `);
  });

  it('stays in range', () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 1, max: 1000 }), fc.integer({ min: -50, max: 50 }), (seed, n, min) => {
        const rng = new Rng(seed);
        for (let i = 0; i < 50; i++) {
          const x = rng.next();
          expect(x >= 0 && x < 1).toBe(true);
          const k = rng.int(n);
          expect(Number.isInteger(k) && k >= 0 && k < n).toBe(true);
          const r = rng.range(min, min + n);
          expect(r >= min && r <= min + n).toBe(true);
        }
      }),
    );
  });

  it('forks independent streams deterministically', () => {
    const root = new Rng('root');
    expect(draws('root/a', 5)).toEqual(Array.from({ length: 5 }, ((r) => () => r.next())(root.fork('a'))));
    expect(draws('root/a', 5)).not.toEqual(draws('root/b', 5));
  });

  it('shuffles into a permutation', () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.integer()), (seed, items) => {
        const shuffled = [...items];
        new Rng(seed).shuffle(shuffled);
        expect([...shuffled].sort((x, y) => x - y)).toEqual([...items].sort((x, y) => x - y));
      }),
    );
  });

  it('picks in proportion to the weights', () => {
    const picker = new WeightedPicker(['rare', 'common', 'never'], (item) => ({ rare: 1, common: 9, never: 0 })[item] ?? 0);
    const rng = new Rng('weights');
    const counts: Record<string, number> = { rare: 0, common: 0, never: 0 };
    for (let i = 0; i < 20_000; i++) {
      const item = picker.pick(rng);
      counts[item] = (counts[item] ?? 0) + 1;
    }
    expect(counts.never).toBe(0);
    expect((counts.rare ?? 0) / 20_000).toBeGreaterThan(0.08);
    expect((counts.rare ?? 0) / 20_000).toBeLessThan(0.12);
    expect(() => new WeightedPicker([], () => 1)).toThrow(RangeError);
  });
});
