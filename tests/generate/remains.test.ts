// Remains lists at the default rates (5,000 bodies): what a matcher of bodies has to cope with.
import { describe, expect, it } from 'vitest';
import { generateDetailed } from '../../src/generate/index.js';
import { canonicalTag } from '../../src/generate/remains.js';
import { readTag, tagConvention } from '../../src/remains/identifier.js';
import { count, sides, valueOf, type SideRecord } from './helpers.js';

const detail = generateDetailed({ size: 5000, seed: 'remains', kind: 'remains' });
const { a, b } = sides(detail, 'remains');

const body = (r: SideRecord) => {
  if (!r.person.body) throw new Error('remains record without a body');
  return r.person.body;
};
/** The serial a written tag carries, read by its column's convention (B: a year register, `2024/37` or `37/2024`). */
const serialOf = (records: SideRecord[]) => {
  const convention = tagConvention(records.map((r) => r.row.tag));
  return (tag: string): number => Number(readTag(tag, convention)?.numbers.at(-1) ?? NaN);
};
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
    const tagNumber = serialOf(b);
    expect(count(b, (r) => tagNumber(r.row.tag ?? '') !== body(r).number)).toBeGreaterThan(0);
    expect(count(b, (r) => tagNumber(r.row.tag ?? '') !== body(r).number) / b.length).toBeLessThan(0.03);
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

  it('numbers bodies within the year of recovery: each year counts from 1 again', () => {
    const bodies = detail.people.map((p) => p.body!);
    const keys = bodies.map((x) => `${x.recoveredOn.y}/${x.number}`);
    expect(new Set(keys).size).toBe(bodies.length);
    const years = [...new Set(bodies.map((x) => x.recoveredOn.y))].sort();
    expect(years).toEqual([2023, 2024, 2025]);
    for (const year of years) {
      const serials = bodies.filter((x) => x.recoveredOn.y === year).map((x) => x.number).sort((p, q) => p - q);
      // From 1, with a few gaps: bodies of the register that are not in this exchange.
      expect(serials[0]).toBe(1);
      expect(serials.at(-1)!).toBeLessThan(serials.length * 1.1);
    }
    // So one serial is several bodies, told apart by the year.
    expect(bodies.filter((x) => x.number === 37)).toHaveLength(3);
  });

  it('has B keep a year register, YEAR/SERIAL, which its column shows', () => {
    const firstBags = b.filter((r) => r.copy === 0);
    const yearSlash = firstBags.filter((r) => /^(?:№ |бирка )?\d{4} ?\/ ?\d+$|^\d+\/\d{4}$/.test(r.row.tag ?? ''));
    expect(yearSlash.length / firstBags.length).toBeGreaterThan(0.75);
    // Short serials, the shape a bag reader would take for a bag (`2024/37`), are among them.
    expect(count(firstBags, (r) => /^\d{4}\/\d{1,2}$/.test(r.row.tag ?? ''))).toBeGreaterThan(50);
    expect(tagConvention(b.map((r) => r.row.tag))).toMatchObject({ register: 'year', evidence: 'column' });
    expect(tagConvention(a.map((r) => r.row.tag)).register).toBe('plain');
  });

  it('keeps the old B formats with yearRegisterB 0, and decides the register once per list', () => {
    const off = sides(generateDetailed({ size: 500, seed: 'remains', kind: 'remains', rates: { remains: { yearRegisterB: 0 } } }), 'remains').b;
    expect(off.some((r) => /^\d{4}\/\d+$/.test(r.row.tag ?? ''))).toBe(false);
    expect(off.filter((r) => r.copy === 0 && r.row.tag === canonicalTag(body(r).recoveredOn.y, body(r).number)).length / off.length).toBeGreaterThan(0.3);
    // At one half, each list is one register or the other, never a mix.
    const registers = ['s1', 's2', 's3', 's4', 's5', 's6', 's7', 's8'].map((seed) => {
      const list = sides(generateDetailed({ size: 200, seed, kind: 'remains', rates: { remains: { yearRegisterB: 0.5 } } }), 'remains').b;
      const share = count(list, (r) => /^\d{4}\/\d+(?:\/\d)?$/.test(r.row.tag ?? '')) / list.length;
      expect(share === 0 || share > 0.3, seed).toBe(true);
      return share > 0;
    });
    expect(new Set(registers).size).toBe(2);
  });

  it('records when and where the body was recovered, in each side’s language', () => {
    expect(a.every((r) => /^\d{2}\.\d{2}\.\d{4}$/.test(r.row.recovered_on ?? ''))).toBe(true);
    expect(b.every((r) => /^\d{4}-\d{2}-\d{2}$/.test(r.row.recovered_on ?? ''))).toBe(true);
    expect(a.every((r) => r.row.recovered_at === body(r).place.ua)).toBe(true);
    expect(b.every((r) => r.row.recovered_at === body(r).place.ru)).toBe(true);
  });
});
