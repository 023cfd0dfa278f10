import { describe, expect, it } from 'vitest';
import { ageOn, possibleAges } from '../../src/agreement/age.js';

const ref = { year: 2025, month: 6, day: 2 };

describe('age on the reference date (whole years completed)', () => {
  it.each([
    [{ year: 2007, month: 6, day: 2 }, 18],
    [{ year: 2007, month: 6, day: 3 }, 17],
    [{ year: 1999, month: 6, day: 3 }, 25],
    [{ year: 1999, month: 6, day: 2 }, 26],
    [{ year: 1999, month: 6, day: 1 }, 26],
    [{ year: 2000, month: 2, day: 29 }, 25],
  ])('born %o is %i', (born, age) => {
    expect(ageOn(born, ref)).toBe(age);
  });

  it('a leap-day birthday is completed only on 1 March in other years', () => {
    expect(ageOn({ year: 2008, month: 2, day: 29 }, { year: 2026, month: 2, day: 28 })).toBe(17);
    expect(ageOn({ year: 2008, month: 2, day: 29 }, { year: 2026, month: 3, day: 1 })).toBe(18);
  });

  it('a year alone leaves two possible ages', () => {
    expect(possibleAges({ year: 2000 }, ref)).toEqual({ min: 24, max: 25 });
    expect(possibleAges({ year: 2000, month: 1, day: 1 }, ref)).toEqual({ min: 25, max: 25 });
  });
});
