import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { editsUpTo, withinEdits } from '../../src/match/engine/similarity.js';

/** Edit distance with adjacent transpositions (optimal string alignment), the whole table: the oracle. */
function alignmentDistance(x: string, y: string): number {
  const d = Array.from({ length: x.length + 1 }, (_, i) => Array.from({ length: y.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= x.length; i++) {
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[x.length]![y.length]!;
}

// Service numbers: a few letters and digits, so that near misses are common.
const number = fc.string({ unit: fc.constantFrom('А', 'В', 'A', '1', '2', '3'), maxLength: 9 });

describe('bounded edit distance', () => {
  test('editsUpTo is the distance where it is at most the bound, Infinity past it', () => {
    fc.assert(
      fc.property(number, number, fc.integer({ min: 0, max: 3 }), (x, y, most) => {
        const distance = alignmentDistance(x, y);
        expect(editsUpTo(x, y, most)).toBe(distance <= most ? distance : Infinity);
        expect(withinEdits(x, y, most)).toBe(distance <= most);
      }),
      { numRuns: 5000 },
    );
  });

  test('a count up to two tells one edit as a count up to one does (one count serves both levels)', () => {
    fc.assert(
      fc.property(number, number, (x, y) => {
        expect(editsUpTo(x, y, 2) <= 1).toBe(editsUpTo(x, y, 1) <= 1);
      }),
      { numRuns: 5000 },
    );
    expect(editsUpTo('АВ672301', 'АВ762301', 2)).toBe(1);
    expect(editsUpTo('АВ672301', 'АВ762311', 2)).toBe(2);
    expect(editsUpTo('АВ672301', 'ВА762311', 2)).toBe(Infinity);
  });
});
