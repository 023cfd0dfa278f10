import { describe, expect, it } from 'vitest';
import { checkIdentificationMismatch } from '../../src/checks/identification-mismatch.js';
import type { LedgerEntry, PersonRecord } from '../../src/model.js';
import { renderMessage } from '../../src/findings/messages.js';
import { isIdentified } from '../../src/remains/identity.js';
import { record } from '../helpers.js';

const pair = (a: Partial<PersonRecord>, b: Partial<PersonRecord>, status: LedgerEntry['status'] = 'matched'): LedgerEntry => ({
  status, a: record('a', 0, a), b: record('b', 0, b), findings: [],
});

describe('isIdentified', () => {
  it('takes the identified cell when the list has one', () => {
    expect(isIdentified(record('a', 0, { identified: true }))).toBe(true);
    expect(isIdentified(record('a', 0, { identified: false, surname: 'Савчук' }))).toBe(false);
  });

  it('falls back on a written name or service number', () => {
    expect(isIdentified(record('a', 0, { surname: 'Савчук' }))).toBe(true);
    expect(isIdentified(record('a', 0, { serviceNumber: 'ВМ 228145' }))).toBe(true);
    expect(isIdentified(record('a', 0, { tag: 'UA-2025-000106' }))).toBe(false);
  });
});

describe('identification-mismatch', () => {
  it('flags a matched body identified on one side only, either way round', () => {
    const [f] = checkIdentificationMismatch(pair({ identified: true, surname: 'Савчук' }, { identified: false }));
    expect(f).toMatchObject({ code: 'identification-mismatch', severity: 'warning', field: 'identified', aValue: 'yes', bValue: 'no' });
    expect(renderMessage(f!, { labels: { a: 'UA', b: 'RU' } })).toBe('UA lists the body as identified, RU as unidentified');
    expect(checkIdentificationMismatch(pair({}, { surname: 'РЕДЬКО' }))[0]).toMatchObject({ aValue: 'no', bValue: 'yes' });
  });

  it('is silent when the sides agree, or the pair is not matched', () => {
    expect(checkIdentificationMismatch(pair({ identified: true }, { surname: 'Савчук' }))).toEqual([]);
    expect(checkIdentificationMismatch(pair({ identified: false }, { identified: false }))).toEqual([]);
    expect(checkIdentificationMismatch(pair({ identified: true }, { identified: false }, 'review'))).toEqual([]);
  });
});
