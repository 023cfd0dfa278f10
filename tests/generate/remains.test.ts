// Remains lists at the default rates (5,000 bodies): what a matcher of bodies has to cope with.
import { describe, expect, it } from 'vitest';
import { generateDetailed } from '../../src/generate/index.js';
import { canonicalTag } from '../../src/generate/remains.js';
import { count, sides, valueOf, type SideRecord } from './helpers.js';

const detail = generateDetailed({ size: 5000, seed: 'remains', kind: 'remains' });
const { a, b } = sides(detail, 'remains');

const body = (r: SideRecord) => {
  if (!r.person.body) throw new Error('remains record without a body');
  return r.person.body;
};
/** The body number a written tag carries: its last group of digits, before a bag suffix. */
const tagNumber = (tag: string): number => Number(/(\d+)(?:\/\d+)?$/.exec(tag)?.[1] ?? NaN);
const identityCells = (r: SideRecord): string[] =>
  ['surname', 'given_name', 'patronymic', 'full_name', 'date_of_birth', 'service_number'].map((f) => r.row[f] ?? '');

describe('remains lists (5,000 bodies)', () => {
  it('writes the canonical tag on A and other formats of it on B', () => {
    expect(a.every((r) => r.row.tag?.startsWith(canonicalTag(body(r).recoveredOn.y, body(r).number)))).toBe(true);
    const firstBags = b.filter((r) => r.copy === 0);
    const reformatted = firstBags.filter((r) => r.row.tag !== canonicalTag(body(r).recoveredOn.y, body(r).number));
    expect(reformatted.length / firstBags.length).toBeGreaterThan(0.4);
    expect(new Set(reformatted.map((r) => (r.row.tag ?? '').replace(/\d/g, '9'))).size).toBeGreaterThan(3);
  });

  it('has a few tag conflicts and DNA conflicts', () => {
    expect(count(b, (r) => tagNumber(r.row.tag ?? '') !== body(r).number)).toBeGreaterThan(0);
    expect(count(b, (r) => r.row.dna_sample_id !== '' && r.row.dna_sample_id !== body(r).dna)).toBeGreaterThan(0);
    expect(count(a, (r) => r.row.dna_sample_id === '') && count(b, (r) => r.row.dna_sample_id === '')).toBeGreaterThan(0);
  });

  it('leaves most bodies unidentified, with identity cells only for identified ones', () => {
    for (const [records, yes] of [[a, 'так'], [b, 'да']] as const) {
      const identified = records.filter((r) => valueOf('identified', r.row.identified ?? '') === 'yes');
      expect(identified.length / records.length).toBeLessThan(0.4);
      expect(identified.length).toBeGreaterThan(0);
      expect(identified.every((r) => r.row.identified === yes)).toBe(true);
      const unidentified = records.filter((r) => valueOf('identified', r.row.identified ?? '') === 'no');
      expect(unidentified.every((r) => identityCells(r).every((cell) => cell === ''))).toBe(true);
    }
  });

  it("mixes in a few of the other side's own soldiers", () => {
    const foreign = a.filter((r) => r.person.otherSide);
    expect(foreign.length).toBeGreaterThan(0);
    expect(foreign.every((r) => r.row.citizenship === 'Росія')).toBe(true);
    const inB = b.filter((r) => r.person.otherSide);
    expect(inB.every((r) => r.row.citizenship === 'Украина')).toBe(true);
  });

  it('splits a few bodies over two bags', () => {
    expect(count(a, (r) => /\/2$/.test(r.row.tag ?? ''))).toBeGreaterThan(0);
    expect(count(b, (r) => /\/2$/.test(r.row.tag ?? ''))).toBeGreaterThan(0);
  });

  it('records when and where the body was recovered, in each side’s language', () => {
    expect(a.every((r) => /^\d{2}\.\d{2}\.\d{4}$/.test(r.row.recovered_on ?? ''))).toBe(true);
    expect(b.every((r) => /^\d{4}-\d{2}-\d{2}$/.test(r.row.recovered_on ?? ''))).toBe(true);
    expect(a.every((r) => r.row.recovered_at === body(r).place.ua)).toBe(true);
    expect(b.every((r) => r.row.recovered_at === body(r).place.ru)).toBe(true);
  });
});
