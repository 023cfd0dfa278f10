import { describe, expect, it } from 'vitest';
import { defaultAgreement } from '../../src/agreement/terms.js';
import { checkAge } from '../../src/checks/age.js';
import { checkCategoryMismatch } from '../../src/checks/category-mismatch.js';
import { checkContext } from '../../src/checks/context.js';
import { checkCounts } from '../../src/checks/counts.js';
import { checkEligibleNotListed } from '../../src/checks/eligible-not-listed.js';
import { checkFieldConflict } from '../../src/checks/field-conflict.js';
import { checkMedical } from '../../src/checks/medical.js';
import type { LedgerEntry } from '../../src/model.js';
import { record } from '../helpers.js';

const ctx = checkContext(defaultAgreement(), 'pow');
const codes = (findings: Array<{ code: string }>) => findings.map((f) => f.code);
const young = (dob: { year: number; month?: number; day?: number } | undefined) =>
  record('a', 0, { categories: ['age_18_25'], dateOfBirth: dob });

describe('age checks', () => {
  it.each([
    [{ year: 2007, month: 6, day: 2 }, []],
    [{ year: 2007, month: 6, day: 3 }, ['age-out-of-range']],
    [{ year: 1999, month: 6, day: 3 }, []],
    [{ year: 1999, month: 6, day: 2 }, ['age-out-of-range']],
    [{ year: 2003 }, []],
    [{ year: 1999 }, ['age-unknown']],
    [{ year: 1990 }, ['age-out-of-range']],
    [undefined, ['age-unknown']],
  ])('born %o', (dob, expected) => {
    expect(codes(checkAge(young(dob), ctx))).toEqual(expected);
  });

  it('says the age and the range', () => {
    const [f] = checkAge(young({ year: 1999, month: 6, day: 2 }), ctx);
    expect(f!.args).toMatchObject({ age: '26', range: '18 to 25', category: 'age_18_25' });
  });

  it('ignores records not listed under an age category', () => {
    expect(checkAge(record('a', 0, { dateOfBirth: { year: 1950, month: 1, day: 1 } }), ctx)).toEqual([]);
  });
});

describe('medical checks', () => {
  const wounded = (fields: Parameters<typeof record>[2]) => record('b', 0, { categories: ['wounded_ill'], ...fields });
  it.each([
    [{ medicalStatus: 'severely_wounded', medicalCommission: 'confirmed' }, []],
    [{ medicalStatus: 'seriously_ill', medicalCommission: 'pending' }, ['medical-unconfirmed']],
    [{ medicalStatus: 'wounded', medicalCommission: 'confirmed' }, ['not-eligible-medical']],
    [{ medicalStatus: 'healthy', medicalCommission: 'rejected' }, ['not-eligible-medical', 'medical-unconfirmed']],
    [{ medicalCommission: 'confirmed' }, []],
  ] as const)('%o', (fields, expected) => {
    expect(codes(checkMedical(wounded(fields), ctx))).toEqual(expected);
  });
});

describe('pair checks', () => {
  const pair = (a: Parameters<typeof record>[2], b: Parameters<typeof record>[2]): LedgerEntry => ({
    status: 'matched', a: record('a', 0, a), b: record('b', 0, b), findings: [],
  });

  it('category-mismatch treats all_for_all as implied', () => {
    expect(checkCategoryMismatch(pair({ categories: ['wounded_ill'] }, { categories: ['wounded_ill', 'all_for_all'] }), ctx)).toEqual([]);
    const [f] = checkCategoryMismatch(pair({ categories: ['wounded_ill'] }, { categories: ['all_for_all'] }), ctx);
    expect(f).toMatchObject({ code: 'category-mismatch', aValue: 'all_for_all|wounded_ill', bValue: 'all_for_all' });
  });

  it('field-conflict compares identity fields both sides fill', () => {
    const found = checkFieldConflict(pair(
      { surname: 'Бондар', dateOfBirth: { year: 1990, month: 1, day: 2 }, serviceNumber: 'AA-12 3', sex: 'M' },
      { surname: 'Бондар', dateOfBirth: { year: 1990, month: 2, day: 1 }, serviceNumber: 'aa123', patronymic: 'Петрович' },
    ));
    expect(found.map((f) => [f.field, f.aValue, f.bValue])).toEqual([['date_of_birth', '1990-01-02', '1990-02-01']]);
  });

  it('eligible-not-listed looks at both sides', () => {
    const entry = pair({ dateOfBirth: { year: 2004, month: 1, day: 1 } }, { categories: ['age_18_25'] });
    expect(checkEligibleNotListed(entry, ctx)).toEqual([]);
    const unlisted = pair({ dateOfBirth: { year: 2004, month: 1, day: 1 }, medicalStatus: 'seriously_ill', medicalCommission: 'confirmed' }, {});
    expect(checkEligibleNotListed(unlisted, ctx).map((f) => (f.code === 'eligible-not-listed' ? f.args.category : f.code))).toEqual(['wounded_ill', 'age_18_25']);
  });
});

describe('count-mismatch', () => {
  it('counts people per category on each side', () => {
    const a = [record('a', 0, { categories: ['wounded_ill'] }), record('a', 1)];
    const b = [record('b', 0, { categories: ['wounded_ill'] }), record('b', 1, { categories: ['wounded_ill'] })];
    const found = checkCounts(a, b, ctx);
    expect(found.map((f) => f.args)).toEqual([{ category: 'wounded_ill', a: 1, b: 2 }]);
  });
});
