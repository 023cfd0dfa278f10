// belowThreshold (src/match/engine/score.ts): whether a pair surely scores below a threshold,
// told without reading the names either way. Linking and duplicate detection score only the pairs
// it does not rule out, so it must never rule out a pair that reaches the threshold, under any
// model: names written crossed, in either script, misspelt or missing, weights of any sign, any
// value frequencies.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crossedView, PERSON_COMPARISONS, type Comparison } from '../../src/match/engine/comparisons.js';
import { featuresOf } from '../../src/match/engine/features.js';
import { defaultModel, type FittedComparison, type Model } from '../../src/match/engine/model.js';
import { REMAINS_COMPARISONS } from '../../src/match/engine/remains-comparisons.js';
import { belowThreshold, notOnePerson, scorePair } from '../../src/match/engine/score.js';
import type { PersonRecord } from '../../src/model.js';
import { person, type Fields } from './records.js';

// Values as clerks write them: one man's names in Ukrainian, Russian and Latin letters, a
// misspelling, an initial, and other people's; any of them may be missing or in the wrong column.
const SURNAMES = ['Коваленко', 'Коваленко', 'KOVALENKO', 'Коваленко-Шевчук', 'Ковальенко', 'Різник', 'Резник', 'Шевчук', 'Шевченко', 'Вишневська', 'Вишневский', 'Іван', 'Олександр'];
const GIVEN = ['Олександр', 'Александр', 'Oleksandr', 'О.', 'Іван', 'Иван', 'Ян', 'Юрій', 'Георгий', 'Никиат', 'Коваленко', 'Шевчук'];
const PATRONYMICS = ['Іванович', 'Иванович', 'Ivanovych', 'І.', 'Петрович', 'Богданович', 'Ахмед оглы'];
const DATES = ['1988-05-12', '1988-12-05', '1988-05-13', '1989-05-12', '1988', '1971-02-23'];
const SERVICE = ['АА 123456', 'AA-123456', 'АА 123457', 'АБ 123456', 'ВК 998877', '1104154167', '12'];
const TAGS = ['2022/15', '15', 'UA-2022-15', '2022/16', 'ЗНК-77'];

const maybe = <T>(values: readonly T[]) => fc.option(fc.constantFrom(...values), { nil: undefined });

const fields = fc.record({
  surname: maybe(SURNAMES), givenName: maybe(GIVEN), patronymic: maybe(PATRONYMICS), dob: maybe(DATES),
  serviceNumber: maybe(SERVICE), sex: maybe(['M', 'F'] as const), tag: maybe(TAGS), dnaSampleId: maybe(['DNA-1', 'DNA-2', 'ДНК-1']),
  recoveredOn: maybe([{ year: 2023, month: 4, day: 1 }, { year: 2023, month: 1, day: 4 }, { year: 2024 }]),
}) as fc.Arbitrary<Fields>;

/** The values frequencies are kept by: the names' keys, as features hold them. */
const NAME_KEYS = [...new Set([
  ...SURNAMES.map((surname) => featuresOf(person('a', 0, { surname })).surname),
  ...GIVEN.map((givenName) => featuresOf(person('a', 0, { givenName })).given),
])].filter((key) => key !== '');

/** Two records: any two, or the second with the first's surname and given name crossed (and its other fields its own). */
const pairs = fc.oneof(
  fc.tuple(fields, fields),
  fc.tuple(fields, fields).map(([x, y]): [Fields, Fields] => [x, { ...y, surname: x.givenName, givenName: x.surname }]),
);

/**
 * A model of `comparisons` with any weight at any level, any prior, and value frequencies where a
 * comparison weighs by them; or, `flat`, one whose names weigh the same at every level, so that
 * the most a pair can score is its score but for a rare name's adjustment, and a threshold just
 * above the score is where a pair is ruled out.
 */
function model(comparisons: readonly Comparison[]): fc.Arbitrary<Model> {
  const weight = fc.double({ min: -40, max: 40, noNaN: true });
  const fitted = (comparison: Comparison, flat: boolean): fc.Arbitrary<FittedComparison> =>
    fc.record({
      weight: fc.array(weight, { minLength: comparison.levels.length, maxLength: comparison.levels.length }),
      frequency: fc.array(fc.tuple(fc.constantFrom(...NAME_KEYS), fc.double({ min: 0, max: 1, noNaN: true })), { maxLength: 12 }),
      meanAgreement: fc.double({ min: 1e-6, max: 1, noNaN: true }),
    }).map(({ weight: w, frequency, meanAgreement }) =>
      ({
        comparison, m: [], u: [], weight: flat && !comparison.sameCrossed ? w.map(() => w[0]!) : w,
        ...(comparison.frequencyKey ? { frequency: new Map(frequency), meanAgreement } : {}),
      }));
  return fc.boolean().chain((flat) =>
    fc.record({ prior: weight, comparisons: fc.tuple(...comparisons.map((c) => fitted(c, flat))) })
      .map(({ prior, comparisons: c }): Model => ({ prior, comparisons: [...c], source: 'em', iterations: 1 })));
}

describe('belowThreshold', () => {
  it.each([
    ['people', PERSON_COMPARISONS],
    ['remains', REMAINS_COMPARISONS],
  ] as const)('never rules out a pair of %s that scores the threshold, whichever way its names read', (_, comparisons) => {
    let ruledOut = 0;
    fc.assert(
      fc.property(model(comparisons), pairs, fc.double({ min: -3, max: 80, noNaN: true }), (m, [x, y], above) => {
        const [fx, fy] = [featuresOf(person('a', 0, x) as PersonRecord), featuresOf(person('b', 0, y) as PersonRecord)];
        const score = scorePair(m, fx, fy).score;
        // Thresholds at the score, just either side of it, a little under and far above.
        for (const threshold of [score, score - 1e-9, score + 1e-5, score + above]) {
          if (!belowThreshold(m, threshold)(fx, fy)) continue;
          ruledOut++;
          expect(score).toBeLessThan(threshold);
        }
      }),
      { numRuns: 3_000 },
    );
    // The property is not empty: pairs are ruled out.
    expect(ruledOut).toBeGreaterThan(100);
  });

  it('rules out two people whose dates, numbers and fathers differ, and not one man written twice', () => {
    const m = defaultModel(PERSON_COMPARISONS, 1_000, 1_000_000);
    const man = featuresOf(person('a', 0, { surname: 'Коваленко', givenName: 'Олександр', patronymic: 'Іванович', dob: '1988-05-12', sex: 'M', serviceNumber: 'АА 123456' }));
    const same = featuresOf(person('b', 0, { surname: 'KOVALENKO', givenName: 'Oleksandr', patronymic: 'Ivanovych', dob: '1988-05-12', sex: 'M', serviceNumber: 'AA-123456' }));
    const namesake = featuresOf(person('b', 1, { surname: 'Коваленко', givenName: 'Олександр', patronymic: 'Петрович', dob: '1971-02-23', sex: 'M', serviceNumber: 'ВК 998877' }));
    // Written crossed: the surname in the given name's column. Read straight, the names disagree.
    const crossed = featuresOf(person('b', 2, { surname: 'Олександр', givenName: 'Коваленко', patronymic: 'Іванович', dob: '1988-05-12', sex: 'M', serviceNumber: 'АА 123456' }));
    const review = -6;
    expect(scorePair(m, man, namesake).score).toBeLessThan(review);
    expect(belowThreshold(m, review)(man, namesake)).toBe(true);
    for (const other of [same, crossed]) {
      expect(scorePair(m, man, other).score).toBeGreaterThan(review);
      expect(belowThreshold(m, review)(man, other)).toBe(false);
    }
  });

  it('for one list, also rules out two people by a quick comparison (another sex, another service number), and nothing else', () => {
    // What duplicate detection asked before: a quick comparison whose level tells two people.
    const twoPeople = (comparisons: readonly Comparison[], x: ReturnType<typeof featuresOf>, y: ReturnType<typeof featuresOf>) =>
      comparisons.some((c) => c.quick !== undefined && c.neverDuplicate?.includes(c.level(x, y)));
    let vetoed = 0;
    for (const comparisons of [PERSON_COMPARISONS, REMAINS_COMPARISONS]) {
      fc.assert(
        fc.property(model(comparisons), pairs, fc.double({ min: -3, max: 80, noNaN: true }), (m, [x, y], above) => {
          const [fx, fy] = [featuresOf(person('a', 0, x) as PersonRecord), featuresOf(person('a', 1, y) as PersonRecord)];
          const threshold = scorePair(m, fx, fy).score + above;
          const two = twoPeople(comparisons, fx, fy);
          if (two && !belowThreshold(m, threshold)(fx, fy)) vetoed++;
          expect(notOnePerson(m, threshold)(fx, fy)).toBe(two || belowThreshold(m, threshold)(fx, fy));
        }),
        { numRuns: 2_000 },
      );
    }
    // Some pairs are ruled out by the vetoes alone.
    expect(vetoed).toBeGreaterThan(50);
  });

  it('takes at their level only comparisons that read the same with either record read crossed', () => {
    const crossedFree = REMAINS_COMPARISONS.filter((c) => c.sameCrossed);
    expect.soft(crossedFree.map((c) => c.name)).toEqual(['patronymic', 'dob', 'service', 'sex', 'tag', 'dna', 'recovered']);
    fc.assert(
      fc.property(pairs, ([x, y]) => {
        const [fx, fy] = [featuresOf(person('a', 0, x) as PersonRecord), featuresOf(person('b', 0, y) as PersonRecord)];
        for (const c of crossedFree) {
          expect(c.level(crossedView(fx), fy)).toBe(c.level(fx, fy));
          expect(c.level(fx, crossedView(fy))).toBe(c.level(fx, fy));
        }
      }),
      { numRuns: 2_000 },
    );
  });
});
