// PairLevels (src/match/engine/pair-levels.ts): the linking's first pass reads the levels the
// estimating's first pass kept, under another model. Scores, swapped names, vetoes and the `why`
// must be what comparing the records again gives, for the pairs kept and for any other pair.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LOCAL_SCORER } from '../../src/match/engine/batch.js';
import { PERSON_COMPARISONS } from '../../src/match/engine/comparisons.js';
import { featuresOf } from '../../src/match/engine/features.js';
import { defaultModel, type Model } from '../../src/match/engine/model.js';
import { PairLevels } from '../../src/match/engine/pair-levels.js';
import { person, type Fields } from './records.js';

// One man written by several clerks, and other men: Ukrainian, Russian and Latin spellings, a typo,
// an initial, a date with day and month swapped, a service number in Cyrillic and in Latin.
const surnames = ['Мельник', 'Мельник', 'MELNYK', 'Мельнік', 'Мельников', 'Ткаченко', 'Ткачен', 'Петро'];
const givens = ['Петро', 'Пётр', 'Petro', 'П.', 'Павло', 'Мельник', 'Тарас'];
const patronymics = ['Петрович', 'Petrovych', 'Павлович', 'П.'];
const dates = ['1979-03-07', '1979-07-03', '1979-03-08', '1980-03-07', '1979'];
const numbers = ['ВЕ 204060', 'VE-204060', 'ВЕ 204061', '7710012', '77'];
const maybe = <T>(values: readonly T[]) => fc.option(fc.constantFrom(...values), { nil: undefined });
const fields = fc.record({
  surname: maybe(surnames), givenName: maybe(givens), patronymic: maybe(patronymics), dob: maybe(dates),
  serviceNumber: maybe(numbers), sex: maybe(['M', 'F'] as const),
}) as fc.Arbitrary<Fields>;
/** Two records, the second at times with the first's surname and given name crossed. */
const pair = fc.oneof(fc.tuple(fields, fields), fc.tuple(fields, fields).map(([x, y]): [Fields, Fields] => [x, { ...y, surname: x.givenName, givenName: x.surname }]));

/** The default model with each level's weight moved by its own amount: a level read wrong scores wrong. */
const otherModel = (): Model => {
  const model = defaultModel(PERSON_COMPARISONS, 3, 1_000_000);
  return { ...model, comparisons: model.comparisons.map((c, k) => ({ ...c, weight: c.weight.map((w, level) => w + 0.37 * (level + 1) + k) })) };
};

describe('the levels of the first pass, kept for the linking', () => {
  it('score a pair as comparing its records again does, under another model, kept or not', () => {
    fc.assert(
      fc.property(fc.array(pair, { minLength: 1, maxLength: 10 }), fc.array(fc.nat(), { minLength: 1, maxLength: 10 }), (rows, shuffle) => {
        const xs = rows.map(([x], i) => featuresOf(person('a', i, x)));
        const ys = rows.map(([, y], i) => featuresOf(person('b', i, y)));
        const read = new PairLevels(xs.length, PERSON_COMPARISONS.length);
        LOCAL_SCORER.scores(defaultModel(PERSON_COMPARISONS, 10, 100), xs, ys, Infinity, undefined, read);
        // The second pass: some pairs kept, some A records with another B record.
        const later = xs.map((_, i) => ys[(i + (shuffle[i % shuffle.length]! % 3 === 0 ? 1 : 0)) % ys.length]!);
        const model = otherModel();
        expect(LOCAL_SCORER.scores(model, xs, later, -Infinity, undefined, read)).toEqual(LOCAL_SCORER.scores(model, xs, later, -Infinity));
      }),
    );
  });

  it("give EM's level matrix as comparing the records again does, kept or not, read crossed or not", () => {
    fc.assert(
      fc.property(fc.array(pair, { minLength: 1, maxLength: 10 }), fc.array(fc.nat(), { minLength: 1, maxLength: 10 }), fc.nat(10), (rows, shuffle, swappedUpTo) => {
        const xs = rows.map(([x], i) => featuresOf(person('a', i, x)));
        const ys = rows.map(([, y], i) => featuresOf(person('b', i, y)));
        const read = new PairLevels(xs.length, PERSON_COMPARISONS.length);
        LOCAL_SCORER.scores(defaultModel(PERSON_COMPARISONS, 10, 100), xs, ys, Infinity, undefined, read);
        // EM's population: some pairs kept, some A records with another B record; the pairs past
        // `swappedUpTo` read straight (random pairs), kept or not.
        const later = xs.map((_, i) => ys[(i + (shuffle[i % shuffle.length]! % 3 === 0 ? 1 : 0)) % ys.length]!);
        const levels = (r?: PairLevels) => LOCAL_SCORER.levels(PERSON_COMPARISONS, xs, later, swappedUpTo, undefined, r);
        expect(levels(read)).toEqual(levels());
      }),
      { numRuns: 300 },
    );
  });

  it('keeps a pair at its A record, the B record telling it from another', () => {
    const read = new PairLevels(3, 2);
    read.keep(1, 7, 'b', [4, 2]);
    expect(read.has(1, 7)).toBe(true);
    expect(read.has(1, 6)).toBe(false);
    expect(read.has(0, 7)).toBe(false);
    const levels = [0, 0];
    expect(read.recall(1, levels)).toBe('b');
    expect(levels).toEqual([4, 2]);
    read.keep(1, 0, undefined, [1, 3]);
    expect(read.has(1, 7)).toBe(false);
    expect(read.has(1, 0)).toBe(true);
    expect(read.recall(1, levels)).toBeUndefined();
    expect(levels).toEqual([1, 3]);
    // A record past the array is neither kept nor found.
    read.keep(3, 0, 'a', [1, 1]);
    expect(read.has(3, 0)).toBe(false);
  });
});
