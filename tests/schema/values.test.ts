import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultAgreement } from '../../src/agreement/terms.js';
import { categoryIndex, lookupCommission, lookupIdentified, lookupMedicalStatus, lookupSex, valueKey } from '../../src/schema/values.js';

const values = JSON.parse(readFileSync(new URL('../../data/values.json', import.meta.url), 'utf8')) as Record<string, Record<string, string[]>>;

describe('value aliases of data/values.json', () => {
  const lookups: Array<[string, (cell: string) => string | undefined]> = [
    ['medical_status', lookupMedicalStatus],
    ['medical_commission', lookupCommission],
    ['sex', lookupSex],
    ['identified', lookupIdentified],
  ];
  it.each(lookups)('every %s alias reads as its value', (group, lookup) => {
    for (const [id, aliases] of Object.entries(values[group]!)) {
      for (const alias of [id, ...aliases]) expect(lookup(alias), alias).toBe(id);
      for (const alias of aliases) expect(lookup(` ${alias.toUpperCase()} `.trim()), alias).toBe(id);
    }
  });

  it('every category alias of the embedded agreement reads as its id', () => {
    const index = categoryIndex(defaultAgreement());
    for (const [id, aliases] of Object.entries(values.category!)) {
      for (const alias of aliases) expect(index.get(valueKey(alias)), alias).toBe(id);
    }
    expect(index.get(valueKey('Severely wounded and ill'))).toBe('wounded_ill');
  });

  it('an alias of a category the agreement lacks is unknown', () => {
    const index = categoryIndex({ ...defaultAgreement(), categories: [{ id: 'all_for_all', label: 'All for all' }] });
    expect(index.get(valueKey('18-25 лет'))).toBeUndefined();
    expect(index.get(valueKey('всех на всех'))).toBe('all_for_all');
  });
});
