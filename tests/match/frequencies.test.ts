import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GIVEN, SERVICE, SEX, SURNAME } from '../../src/match/engine/comparisons.js';
import { featuresOf, type Features } from '../../src/match/engine/features.js';
import { AgreementArrays, exactAgreementRate, ListCounts, sortedAgreementRate, valueFrequencies } from '../../src/match/engine/frequencies.js';
import { person } from './records.js';

const SURNAMES = ['Іваненко', 'Иваненко', 'Петренко', 'Коваль', 'Ковальчук', 'Шевченко', ''];
const GIVENS = ['Іван', 'Иван', 'Петро', 'Олена', 'Ivan', ''];

const list = (side: 'a' | 'b', rows: ReadonlyArray<[number, number, boolean]>): Features[] =>
  rows.map(([s, g, male], i) => featuresOf(person(side, i, { surname: SURNAMES[s] || undefined, givenName: GIVENS[g] || undefined, sex: male ? 'M' : 'F' })));

const rows = fc.array(fc.tuple(fc.nat(SURNAMES.length - 1), fc.nat(GIVENS.length - 1), fc.boolean()), { maxLength: 40 });

/** What the engine computed before counting by list: each value over A's records and then B's, as one list. */
function naiveFrequencies(key: (f: Features) => string, records: readonly Features[]) {
  const counts = new Map<string, number>();
  let total = 0;
  for (const f of records) {
    const value = key(f);
    if (!value) continue;
    counts.set(value, (counts.get(value) ?? 0) + 1);
    total++;
  }
  if (total === 0) return undefined;
  const frequency = new Map<string, number>();
  let meanAgreement = 0;
  for (const [value, count] of counts) {
    frequency.set(value, count / total);
    meanAgreement += (count / total) ** 2;
  }
  return { frequency, meanAgreement };
}

describe('value frequencies counted per list', () => {
  it('are those of the two lists as one, value for value and in the same order, to the last bit', () => {
    fc.assert(
      fc.property(rows, rows, (rowsA, rowsB) => {
        const [a, b] = [list('a', rowsA), list('b', rowsB)];
        for (const comparison of [SURNAME, GIVEN]) {
          const counted = valueFrequencies(comparison, new ListCounts(a, b));
          const naive = naiveFrequencies(comparison.frequencyKey!, [...a, ...b]);
          expect(counted && { frequency: [...counted.frequency], meanAgreement: counted.meanAgreement }).toEqual(
            naive && { frequency: [...naive.frequency], meanAgreement: naive.meanAgreement },
          );
        }
      }),
    );
  });

  it('give the chance agreement of two lists, the same whichever is A', () => {
    const a = list('a', [[0, 0, true], [0, 2, true], [2, 3, false], [3, 0, true]]);
    const b = list('b', [[1, 1, true], [2, 2, true], [2, 3, false]]);
    // Surname keys: A holds іваненко twice, петренко, коваль (shares 2/4, 1/4, 1/4); B holds
    // иваненко (the same key), петренко twice (1/3, 2/3).
    const rate = exactAgreementRate(SURNAME.exactKey!, new ListCounts(a, b))!;
    expect(rate).toBeCloseTo((2 / 4) * (1 / 3) + (1 / 4) * (2 / 3), 12);
    expect(exactAgreementRate(SURNAME.exactKey!, new ListCounts(b, a))).toBeCloseTo(rate, 12);
    expect(exactAgreementRate(SEX.exactKey!, new ListCounts(a, b))).toBeCloseTo((3 / 4) * (2 / 3) + (1 / 4) * (1 / 3), 12);
    expect(exactAgreementRate(SURNAME.exactKey!, new ListCounts(a, []))).toBeUndefined();
  });

  it('count a key once per list however often it is asked', () => {
    let asked = 0;
    const key = (f: Features) => (asked++, f.surname);
    const counts = new ListCounts(list('a', [[0, 0, true]]), list('b', [[2, 0, true], [3, 0, true]]));
    counts.of(key);
    counts.of(key);
    expect(asked).toBe(3);
  });

  it('tell the records counted so far, over every key, every 4,096 records (the estimating\'s progress)', () => {
    const rowsOf = (n: number) => Array.from({ length: n }, (_, i): [number, number, boolean] => [i % 6, i % 5, i % 2 === 0]);
    const told: number[] = [];
    const step = { tick: (done = 0) => void told.push(done), end: () => undefined };
    const counts = new ListCounts(list('a', rowsOf(5_000)), list('b', rowsOf(3_000)), step);
    counts.of(SURNAME.frequencyKey!);
    // A key asked again is not counted again, and tells nothing.
    counts.of(SURNAME.frequencyKey!);
    counts.of(SEX.exactKey!);
    expect(told).toEqual([0, 4_096, 5_000, 8_000, 12_096, 13_000]);
  });

  it('give the same agreement rate, to the last bit, found by sorting a key of many values as by counting it', () => {
    // Values as keys give them: texts, whole numbers, and numbers and texts alike (5 and '5').
    const value = fc.constantFrom<string | number>('', 0, 'АА 1', 'AA1', 'ВК 2', 'x', 5, '5', 17, 2 ** 40, -3, 0.25);
    const holders = fc.array(value, { maxLength: 40 });
    const asFeatures = (side: 'a' | 'b', values: ReadonlyArray<string | number>) =>
      values.map((v, i) => ({ ...featuresOf(person(side, i, {})), v }) as Features & { v: string | number });
    const key = (f: Features) => (f as Features & { v: string | number }).v;
    // Every text as one number, as one of two, or as its own: runs of values that differ, and not.
    // One set of arrays serves every key and every pair of lists in turn, larger or smaller.
    const arrays = new AgreementArrays(8);
    for (const numberOf of [() => 9, (text: string) => text.length % 2, undefined]) {
      fc.assert(
        fc.property(holders, holders, (va, vb) => {
          const [a, b] = [asFeatures('a', va), asFeatures('b', vb)];
          const counted = exactAgreementRate(key, new ListCounts(a, b));
          expect(sortedAgreementRate(key, a, b, undefined, numberOf)).toBe(counted);
          expect(sortedAgreementRate(key, a, b, undefined, numberOf, arrays)).toBe(counted);
        }),
        { numRuns: 1_500 },
      );
    }
  });

  it('sort only a key of many values that no frequency asks for, and count the others', () => {
    const n = 3_000;
    const a = Array.from({ length: n }, (_, i) => featuresOf(person('a', i, { surname: SURNAMES[i % 6] || undefined, sex: i % 2 ? 'M' : 'F', serviceNumber: `АА ${100_000 + i}` })));
    const b = Array.from({ length: n }, (_, i) => featuresOf(person('b', i, { surname: SURNAMES[i % 5] || undefined, sex: i % 3 ? 'M' : 'F', serviceNumber: `AA${100_000 + 2 * i}` })));
    const asked = new Map<string, number>();
    const counting = (name: string, key: (f: Features) => string | number) => (f: Features) => (asked.set(name, (asked.get(name) ?? 0) + 1), key(f));
    const [service, sex, surname] = [counting('service', SERVICE.exactKey!), counting('sex', SEX.exactKey!), counting('surname', SURNAME.exactKey!)];
    const lists = new ListCounts(a, b, undefined, new Set([surname]));
    const plain = new ListCounts(a, b);
    for (const [k, name] of [[service, 'service'], [sex, 'sex'], [surname, 'surname']] as const) {
      asked.clear();
      expect(lists.agreementRate(k)).toBe(plain.agreementRate(k));
      // Either way each record is keyed once, and a key not kept once more in A's sample.
      expect(asked.get(name)).toBe(4 * n + (name === 'surname' ? 0 : Math.min(n, 4_096)));
    }
    // Kept keys' counts stay, and so do those of a key of few values; a sorted key's were never made.
    asked.clear();
    lists.of(surname);
    lists.of(sex);
    expect(asked.size).toBe(0);
    lists.of(service);
    expect(asked.get('service')).toBe(2 * n);
  });
});
