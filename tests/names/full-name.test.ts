import { describe, expect, it } from 'vitest';
import { splitFullName } from '../../src/names/full-name.js';
import { cell, readFixture } from './fixtures.js';

const orUndefined = (s: string): string | undefined => (s === '' ? undefined : s);

describe('splitFullName', () => {
  it.each(readFixture('full_names.tsv'))('"$written": $why', (row) => {
    const parts = splitFullName(cell(row, 'written'));
    expect(parts.surname).toBe(orUndefined(cell(row, 'surname')));
    expect(parts.givenName).toBe(orUndefined(cell(row, 'given_name')));
    expect(parts.patronymic).toBe(orUndefined(cell(row, 'patronymic')));
    expect(parts.swapped).toBe(cell(row, 'swapped') === 'true');
  });

  it('keeps the spelling of each part, look-alikes and all', () => {
    expect(splitFullName('КОВАЛЕНКO Олександр')).toMatchObject({ surname: 'КОВАЛЕНКO', givenName: 'Олександр' });
  });
});
