import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { memo, numbering, PairMemo, PairNumbering } from '../../src/names/memo.js';

describe('PairNumbering', () => {
  it('numbers pairs from 1 as they are first seen, as numbering() numbers x * 2^21 + y, through growth', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(2 ** 21 - 1), fc.nat(40)), { maxLength: 20_000 }), (pairs) => {
        const table = new PairNumbering();
        const model = numbering<number>();
        for (const [x, y] of pairs) expect(table.number(x, y)).toBe(model(x * 2 ** 21 + y));
      }),
      { numRuns: 30 },
    );
  });

  it('tells (x, y) from (y, x), and keeps a number once given', () => {
    const table = new PairNumbering();
    expect([table.number(3, 7), table.number(7, 3), table.number(3, 7), table.number(0, 0)]).toEqual([1, 2, 1, 3]);
  });
});

describe('PairMemo', () => {
  it('remembers what was kept for a pair, in order: (x, y) is not (y, x)', () => {
    const table = new PairMemo();
    expect(table.find(3, 7)).toBe(-1);
    expect(table.keep(3, 7, 4)).toBe(4);
    expect(table.find(3, 7)).toBe(4);
    expect(table.find(7, 3)).toBe(-1);
    expect(table.keep(0, 0, 0)).toBe(0);
    expect(table.find(0, 0)).toBe(0);
  });

  it('does not keep a value it cannot hold, and says so by finding nothing', () => {
    const table = new PairMemo();
    expect(table.keep(1, 2, 255)).toBe(255);
    expect(table.keep(1, 3, -1)).toBe(-1);
    expect(table.keep(1, 4, 0.5)).toBe(0.5);
    expect([table.find(1, 2), table.find(1, 3), table.find(1, 4)]).toEqual([-1, -1, -1]);
  });

  it('agrees with a Map on any sequence of pairs, through growth and a fresh start at its limit', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(5_000), fc.nat(5_000), fc.nat(254)), { maxLength: 3_000 }), (writes) => {
        const table = new PairMemo(1_000, 16);
        const model = new Map<string, number>();
        for (const [x, y, value] of writes) {
          if (model.size >= 1_000 && !model.has(`${x}:${y}`)) model.clear();
          const found = table.find(x, y);
          // What the table finds is what the model holds; past the limit it may have forgotten.
          if (found >= 0) expect(found).toBe(model.get(`${x}:${y}`));
          table.keep(x, y, value);
          model.set(`${x}:${y}`, value);
          expect(table.find(x, y)).toBe(value);
        }
      }),
    );
  });

  it('holds many more pairs than it starts with', () => {
    const table = new PairMemo(100_000, 16);
    for (let x = 0; x < 300; x++) for (let y = 0; y < 300; y++) table.keep(x, y, (x * 31 + y) % 200);
    let wrong = 0;
    for (let x = 0; x < 300; x++) for (let y = 0; y < 300; y++) if (table.find(x, y) !== (x * 31 + y) % 200) wrong++;
    expect(wrong).toBe(0);
  });
});

describe('memo and numbering', () => {
  it('memo computes a key once, undefined results too', () => {
    let calls = 0;
    const f = memo((k: string) => { calls++; return k === 'none' ? undefined : k.length; });
    expect([f('abc'), f('abc'), f('none'), f('none')]).toEqual([3, 3, undefined, undefined]);
    expect(calls).toBe(2);
  });

  it('numbering gives each value one number, in the order first seen', () => {
    const n = numbering<string>();
    expect([n('x'), n('y'), n('x'), n('z')]).toEqual([1, 2, 1, 3]);
  });
});
