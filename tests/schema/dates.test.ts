import { describe, expect, it } from 'vitest';
import { formatDate, parseDate } from '../../src/schema/dates.js';

describe('parseDate', () => {
  it.each([
    ['2001-03-04', { year: 2001, month: 3, day: 4 }],
    ['04.03.2001', { year: 2001, month: 3, day: 4 }],
    ['4.3.2001', { year: 2001, month: 3, day: 4 }],
    ['04/03/2001', { year: 2001, month: 3, day: 4 }],
    ['20010304', { year: 2001, month: 3, day: 4 }],
    ['2001', { year: 2001 }],
    ['29.02.2000', { year: 2000, month: 2, day: 29 }],
    // Day 0: a clerk's "day not known", the year alone.
    ['00.01.2001', { year: 2001 }],
  ])('reads %s', (cell, expected) => {
    expect(parseDate(cell)).toEqual(expected);
  });

  it.each(['31.02.2001', '29.02.2001', '2001-13-01', '15.00.2001', '20010231', '1.1.01', '2001-1-1x', 'yesterday', '1850', '12/31/2001'])(
    'refuses %s',
    (cell) => {
      expect(parseDate(cell)).toBeUndefined();
    },
  );

  it('formats full and year-only dates as ISO', () => {
    expect(formatDate({ year: 1998, month: 4, day: 3 })).toBe('1998-04-03');
    expect(formatDate({ year: 1998 })).toBe('1998');
    expect(formatDate(undefined)).toBe('');
  });
});
