// Dates as clerks write them (issue 8): one block per reading, each with the cells it must refuse.
import { describe, expect, it } from 'vitest';
import { defaultAgreement } from '../../src/agreement/terms.js';
import { type DateContext, monthOf, parseDate } from '../../src/schema/dates.js';
import { interpretTable } from '../../src/schema/records.js';
import { table } from '../helpers.js';
import { PROFILES } from '../../src/kinds/index.js';

const REFERENCE = '2025-06-02';
const birth: DateContext = { kind: 'birth', referenceDate: REFERENCE };
const event: DateContext = { kind: 'event', referenceDate: REFERENCE };

/** The reading, or the problem text when the cell is refused. */
function read(cell: string, context: DateContext = birth): unknown {
  let problem: string | undefined;
  const date = parseDate(cell, { ...context, onProblem: (p) => { problem = p; } });
  if (date) {
    expect(problem).toBeUndefined();
    return date;
  }
  expect(problem).toBeTypeOf('string');
  return problem;
}

const day = (year: number, month: number, d: number) => ({ year, month, day: d });

describe('two-digit years: the century that gives a plausible date', () => {
  it.each([
    ['14.03.88', day(1988, 3, 14)],
    ['03.04.05', day(2005, 4, 3)], // 2005: age 20; 1905: age 120
    ['1.1.01', day(2001, 1, 1)], // age 24
    ['02.06.11', day(2011, 6, 2)], // age 14 exactly, on the reference day itself
    ['03.06.25', day(1925, 6, 3)], // 1925: age 99; 2025: after the reference date
    ['29.02.00', day(2000, 2, 29)], // 1900 had no 29 February
    ['14/03/88', day(1988, 3, 14)],
    ['14-03-88', day(1988, 3, 14)],
    ['14 березня 88', day(1988, 3, 14)],
  ])('birth %s', (cell, expected) => {
    expect(read(cell, birth)).toEqual(expected);
  });

  it.each([
    ['01.01.20', day(2020, 1, 1)],
    ['24.02.22', day(2022, 2, 24)],
    ['31.12.99', day(1999, 12, 31)],
  ])('event %s', (cell, expected) => {
    expect(read(cell, event)).toEqual(expected);
  });

  it('refuses a birth year where neither century gives an age of 14 to 100, naming both', () => {
    const problem = read('01.01.20', birth);
    expect(problem).toMatch(/two-digit year 20/);
    expect(problem).toMatch(/1920 \(age 105\)/);
    expect(problem).toMatch(/2020 \(age 5\)/);
    expect(problem).toMatch(/write the year in full/);
    expect(read('03.06.11', birth)).toMatch(/1911 \(age 113\).*2011 \(age 13\)/); // a day short of 14
  });

  it('refuses an event year before 1990 or after the reference date in both centuries', () => {
    expect(read('14.03.88', event)).toMatch(/1988 \(before 1990\).*2088 \(after the reference date\)/);
    expect(read('03.06.25', event)).toMatch(/1925 \(before 1990\).*2025 \(after the reference date\)/);
  });

  it('refuses a day that is real in neither century, and two-digit years without a context', () => {
    expect(read('31.02.88')).toMatch(/not a real day in 1988 or 2088/);
    expect(read('30.02.00')).toMatch(/not a real day in 1900 or 2000/);
    expect(parseDate('14.03.88')).toBeUndefined();
  });

  it('keeps four-digit years as written, whatever the age', () => {
    expect(read('01.01.2020')).toEqual(day(2020, 1, 1));
    expect(read('01.01.1920')).toEqual(day(1920, 1, 1));
  });
});

describe('year words', () => {
  it.each([
    ['21.07.1979 р.', day(1979, 7, 21)],
    ['21.07.1979 р', day(1979, 7, 21)],
    ['21.07.1979р.', day(1979, 7, 21)],
    ['21.07.1979 року', day(1979, 7, 21)],
    ['21.07.1979 г.', day(1979, 7, 21)],
    ['21.07.1979г.', day(1979, 7, 21)],
    ['21.07.1979 года', day(1979, 7, 21)],
    ['1979 г.', { year: 1979 }],
    ['1979 рік', { year: 1979 }],
    ['1979 year', { year: 1979 }],
    ['1979y.', { year: 1979 }],
    ['1979 г.р.', { year: 1979 }],
    ['14.03.1988 р.н.', day(1988, 3, 14)],
    ['14.03.1988 р. н.', day(1988, 3, 14)],
    ['21.07.79 р.', day(1979, 7, 21)],
    ['14 березня 1988 р.', day(1988, 3, 14)],
  ])('%s', (cell, expected) => {
    expect(read(cell)).toEqual(expected);
  });

  it.each(['21.07.1979 рр', '21.07.1979 г. р. р.', 'р. 1979', '1979 лет'])('refuses %s', (cell) => {
    expect(read(cell)).toBeTypeOf('string');
  });
});

describe('month names', () => {
  it.each([
    ['14 березня 1988', day(1988, 3, 14)],
    ['14 БЕРЕЗНЯ 1988', day(1988, 3, 14)],
    ['1 січня 1990', day(1990, 1, 1)],
    ['9 травня 2000', day(2000, 5, 9)],
    ['14 марта 1988 г.', day(1988, 3, 14)],
    ['3 мая 1975 года', day(1975, 5, 3)],
    ['14 Mar 1988', day(1988, 3, 14)],
    ['14-Mar-1988', day(1988, 3, 14)],
    ['14.мар.1988', day(1988, 3, 14)],
    ['14 січ. 1988', day(1988, 1, 14)],
    ['5 янв. 1988', day(1988, 1, 5)],
    ['5 листоп. 1991', day(1991, 11, 5)],
    ['March 14, 1988', day(1988, 3, 14)],
    ['sept 2 1980', day(1980, 9, 2)],
    ['December 31, 1999', day(1999, 12, 31)],
    ['March 14th, 1988', day(1988, 3, 14)],
    ['1st May 1990', day(1990, 5, 1)],
  ])('%s', (cell, expected) => {
    expect(read(cell)).toEqual(expected);
  });

  it('reads a month and year as the year alone (a PartialDate with a month but no day is not used)', () => {
    expect(read('березень 1988')).toEqual({ year: 1988 });
    expect(read('March 1988')).toEqual({ year: 1988 });
    expect(read('Листопад 1991 р.')).toEqual({ year: 1991 });
  });

  it('knows every month in three languages, nominative and genitive', () => {
    const forms = [
      ['січень', 'січня', 'январь', 'января', 'january'], ['лютий', 'лютого', 'февраль', 'февраля', 'february'],
      ['березень', 'березня', 'март', 'марта', 'march'], ['квітень', 'квітня', 'апрель', 'апреля', 'april'],
      ['травень', 'травня', 'май', 'мая', 'may'], ['червень', 'червня', 'июнь', 'июня', 'june'],
      ['липень', 'липня', 'июль', 'июля', 'july'], ['серпень', 'серпня', 'август', 'августа', 'august'],
      ['вересень', 'вересня', 'сентябрь', 'сентября', 'september'], ['жовтень', 'жовтня', 'октябрь', 'октября', 'october'],
      ['листопад', 'листопада', 'ноябрь', 'ноября', 'november'], ['грудень', 'грудня', 'декабрь', 'декабря', 'december'],
    ];
    forms.forEach((words, i) => words.forEach((word) => expect(monthOf(word)).toBe(i + 1)));
  });

  it.each([
    ['14 березеня 1988', /"березеня" is not a month name/],
    ['14 Marhc 1988', /"marhc" is not a month name/],
    ['14 мрт 1988', /"мрт" is not a month name/],
    ['31 лютого 1988', /not a real day/],
    ['березень 88', /not a date in a known format/], // day and month, or month and year?
    ['March 14', /not a date in a known format/],
    ['14 березня', /not a date in a known format/],
    ['14 березня 1850', /outside 1900–2100/],
    ['14 березня травня 1988', /not a date in a known format/],
    ['yesterday', /not a date in a known format/],
  ])('refuses %s', (cell, problem) => {
    expect(read(cell)).toMatch(problem);
  });
});

describe('day 0: a clerk\'s "not known"', () => {
  it.each([
    ['00.00.1990', { year: 1990 }],
    ['00.05.1990', { year: 1990 }],
    ['1990-00-00', { year: 1990 }],
    ['1990-05-00', { year: 1990 }],
    ['19900000', { year: 1990 }],
    ['00.00.90', { year: 1990 }],
  ])('reads %s as the year alone', (cell, date) => {
    expect(read(cell)).toEqual(date);
  });
});

describe('dates of birth after the reference date', () => {
  it.each([
    ['2100-01-01', /a date of birth after the reference date 2025-06-02: 2100-01-01/],
    ['2100', /after the reference date 2025-06-02: 2100$/],
    ['03.06.2025', /after the reference date 2025-06-02: 2025-06-03/],
    ['1 січня 2031 р.', /after the reference date 2025-06-02: 2031-01-01/],
    ['1899-12-31', /outside 1900–2100/],
  ])('refuses %s', (cell, problem) => {
    expect(read(cell)).toMatch(problem);
  });

  it('takes the reference date itself, a year up to it, and capture dates as written', () => {
    expect(read('02.06.2025')).toEqual(day(2025, 6, 2));
    expect(read('2025')).toEqual({ year: 2025 });
    expect(read('2100-01-01', event)).toEqual(day(2100, 1, 1));
  });
});

describe('spreadsheet cells', () => {
  it.each([
    ['1970-11-11 00:00:00', day(1970, 11, 11)],
    ['1970-11-11T00:00:00', day(1970, 11, 11)],
    ['1970-11-11 00:00:00.000', day(1970, 11, 11)],
    ['11.11.1970 0:00', day(1970, 11, 11)],
    ['11/11/1970 00:00', day(1970, 11, 11)],
  ])('date-time %s', (cell, expected) => {
    expect(read(cell)).toEqual(expected);
  });

  it.each(['1970-11-11 25:00', '1970-11-11 0:61', '1970-11-11T', '11.11.1970 0:00 pm'])('refuses date-time %s', (cell) => {
    expect(read(cell)).toBeTypeOf('string');
  });

  it.each([
    ['25883', birth, day(1970, 11, 11)],
    ['36526', birth, day(2000, 1, 1)],
    ['25569', birth, day(1970, 1, 1)], // the Unix epoch
    ['9500', birth, day(1926, 1, 3)], // age 99
    ['44616', event, day(2022, 2, 24)],
    ['32874', event, day(1990, 1, 1)],
  ])('serial %s', (cell, context, expected) => {
    expect(read(cell, context)).toEqual(expected);
  });

  it.each([
    ['0', /outside 1–60000/],
    ['60001', /outside 1–60000/],
    ['99999', /outside 1–60000/],
    ['60', /1900-02-29/],
    ['59', /1900-02-28/], // a real day, but age 125
    ['61', /1900-03-01/],
    ['45810', /2025-06-02 \(age 0\)/],
    ['88', /not plausible for a date of birth/],
  ])('refuses birth serial %s', (cell, problem) => {
    expect(read(cell, birth)).toMatch(problem);
  });

  it('refuses event serials before 1990 or after the reference date, and serials without a context', () => {
    expect(read('25883', event)).toMatch(/1970-11-11 \(before 1990\)/);
    expect(read('45811', event)).toMatch(/2025-06-03 \(after the reference date\)/);
    expect(parseDate('25883')).toBeUndefined();
  });

  it('never takes a year, a YYYYMMDD or a longer number for a serial', () => {
    expect(read('1988')).toEqual({ year: 1988 });
    expect(read('19880314')).toEqual(day(1988, 3, 14));
    expect(read('1850')).toMatch(/not a year in 1900–2100, and as a spreadsheet day number it is 1905-01-23 \(age 120\)/);
    expect(read('258830')).toBeTypeOf('string');
    expect(read('25883.5')).toBeTypeOf('string');
  });
});

describe('the formats that were read before issue 8', () => {
  it.each([
    ['2001-03-04', day(2001, 3, 4)],
    ['04.03.2001', day(2001, 3, 4)],
    ['04/03/2001', day(2001, 3, 4)],
    ['20010304', day(2001, 3, 4)],
    ['2001', { year: 2001 }],
    ['  04.03.2001  ', day(2001, 3, 4)],
  ])('%s, with and without a context', (cell, expected) => {
    expect(read(cell)).toEqual(expected);
    expect(read(cell, event)).toEqual(expected);
    expect(parseDate(cell)).toEqual(expected);
  });

  it.each([
    ['31.02.2001', /not a real day \(2001-02 has 28 days\)/],
    ['2001-13-01', /no month 13/],
    ['1990-00-15', /^there is no month 0$/],
    ['15.00.1990', /^there is no month 0$/],
    ['00.13.1990', /^there is no month 13$/],
    ['12/31/2001', /no month 31/],
    ['04.03/2001', /not a date in a known format/],
  ])('refuses %s', (cell, problem) => {
    expect(read(cell)).toMatch(problem);
  });
});

describe('date cells in a list', () => {
  const readList = (header: string[], rows: string[][]) =>
    interpretTable(table(header, rows), { side: 'a', schema: PROFILES.pow.schema, label: 'A', agreement: { ...defaultAgreement(), reference_date: REFERENCE }, userMap: new Map() });

  it('settles two-digit years by field: a birth age, or an event up to the reference date', () => {
    const { list, findings } = readList(
      ['surname', 'date_of_birth', 'captured_on'],
      [
        ['Коваленко', '14.03.88', '24.02.22'],
        ['Бондар', '14 березня 1988, м. Київ', '44616'],
        ['Петренко', '01.01.20', '14.03.88'],
      ],
    );
    expect(list.records.map((r) => [r.dateOfBirth, r.capturedOn])).toEqual([
      [day(1988, 3, 14), day(2022, 2, 24)],
      [day(1988, 3, 14), day(2022, 2, 24)],
      [undefined, undefined],
    ]);
    expect(findings.map((f) => [f.field, f.aValue])).toEqual([['date_of_birth', '01.01.20'], ['captured_on', '14.03.88']]);
    expect(findings[0]!.args).toMatchObject({ problem: expect.stringMatching(/neither 1920 \(age 105\) nor 2020 \(age 5\)/) });
  });
});
