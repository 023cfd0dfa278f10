import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { latinSkeleton } from '../../src/names/skeleton.js';
import { nameSimilarity } from '../../src/names/similarity.js';
import { translitExamples } from '../../src/names/tables.js';
import { nameText } from './arbitraries.js';
import { cell, readFixture } from './fixtures.js';

describe('nameSimilarity', () => {
  it('is 1 for a name and any of its official transliterations', () => {
    for (const row of translitExamples) expect(nameSimilarity(row.source, row.expected_latin), row.source).toBe(1);
  });

  it('is high for a typo and lower for another name', () => {
    const typo = nameSimilarity('Коваленко', 'Kovalenok');
    expect(typo).toBeGreaterThan(0.9);
    expect(typo).toBeLessThan(1);
    expect(nameSimilarity('Коваленко', 'Коваль')).toBeLessThan(typo);
    expect(nameSimilarity('Коваленко', 'Бондаренко')).toBeLessThan(0.8);
  });

  it.each(readFixture('distinct_names.tsv'))('is below 1 for $a and $b', (row) => {
    expect(nameSimilarity(cell(row, 'a'), cell(row, 'b'))).toBeLessThan(1);
  });

  it('is 0 when a name has no letters: missing is not agreement', () => {
    expect(nameSimilarity('', '')).toBe(0);
    expect(nameSimilarity('Коваленко', '')).toBe(0);
  });

  it('is symmetric, in [0, 1], and 1 on a name with letters compared with itself', () => {
    fc.assert(
      fc.property(nameText, nameText, (a, b) => {
        const s = nameSimilarity(a, b);
        return s === nameSimilarity(b, a) && s >= 0 && s <= 1;
      }),
      { numRuns: 3000 },
    );
    fc.assert(fc.property(nameText, (a) => nameSimilarity(a, a) === (latinSkeleton(a) === '' ? 0 : 1)), { numRuns: 2000 });
  });
});
