import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { generateDetailed, generatePair, type GenerateKind } from '../../src/generate/index.js';
import { fieldOf, hasCyrillic, readList, valueOf } from './helpers.js';

const KINDS: GenerateKind[] = ['pow', 'remains'];

describe.each(KINDS)('generatePair (%s)', (kind) => {
  const detail = generateDetailed({ size: 2000, seed: 'structure', kind });

  it('gives the same bytes for the same seed, other bytes for another', () => {
    const again = generatePair({ size: 2000, seed: 'structure', kind });
    expect(again).toEqual({ a: detail.a, b: detail.b, truth: detail.truth });
    const other = generatePair({ size: 2000, seed: 'other', kind });
    expect(other.a).not.toBe(detail.a);
    expect(other.b).not.toBe(detail.b);
    // A number seed is its decimal text.
    expect(generatePair({ size: 50, seed: 7, kind })).toEqual(generatePair({ size: 50, seed: '7', kind }));
  });

  it('draws both lists from exactly `size` people', () => {
    expect(detail.people).toHaveLength(2000);
    const onLists = new Set([...detail.aRecords, ...detail.bRecords].map((r) => r.personId));
    expect(onLists.size).toBe(2000);
    expect(generateDetailed({ size: 0, seed: 's', kind }).truth).toBe('a_record_id,b_record_id\n');
  });

  it('writes CSV that parses, one cell per header in every row', () => {
    for (const [text, delimiter] of [[detail.a, ';'], [detail.b, ',']] as const) {
      const rows = parse(text, { delimiter, bom: true }) as string[][];
      const width = rows[0]?.length;
      expect(rows.every((row) => row.length === width)).toBe(true);
    }
    expect(parse(detail.a, { delimiter: ';', bom: true })).toHaveLength(detail.aRecords.length + 1);
    expect(parse(detail.b, { delimiter: ',' })).toHaveLength(detail.bRecords.length + 1);
    expect(detail.a.startsWith('\uFEFF')).toBe(true);
    expect(detail.a).toContain('\r\n');
    expect(detail.b).not.toContain('\r');
  });

  it('uses only header aliases of data/fields.json, each field once', () => {
    for (const [text, delimiter] of [[detail.a, ';'], [detail.b, ',']] as const) {
      const { header } = readList(text, delimiter, kind);
      const fields = header.map((h) => fieldOf(h, kind));
      expect(fields, header.join(delimiter)).not.toContain(undefined);
      expect(new Set(fields).size).toBe(fields.length);
    }
  });

  it('uses only value aliases of data/values.json in coded cells', () => {
    const coded: [string, string][] = [
      ['medical_status', 'medical_status'],
      ['medical_commission', 'medical_commission'],
      ['identified', 'identified'],
    ];
    for (const [text, delimiter] of [[detail.a, ';'], [detail.b, ',']] as const) {
      for (const row of readList(text, delimiter, kind).rows) {
        for (const [field, group] of coded) {
          const cell = row[field];
          if (cell) expect(valueOf(group, cell), `${field}: ${cell}`).toBeDefined();
        }
        for (const category of (row.category ?? '').split('|').filter(Boolean)) {
          expect(valueOf('category', category), category).toBeDefined();
        }
      }
    }
  });

  it('writes a sorted truth whose ids exist, one-to-one except for duplicates', () => {
    const lines = detail.truth.trimEnd().split('\n');
    expect(lines[0]).toBe('a_record_id,b_record_id');
    const pairs = lines.slice(1).map((line) => line.split(','));
    expect(pairs.map((p) => p.join(','))).toEqual(pairs.map((p) => p.join(',')).sort());
    const aPerson = new Map(detail.aRecords.map((r) => [r.recordId, r.personId]));
    const bPerson = new Map(detail.bRecords.map((r) => [r.recordId, r.personId]));
    const aCopies = new Map<number, number>();
    const bCopies = new Map<number, number>();
    for (const r of detail.aRecords) aCopies.set(r.personId, (aCopies.get(r.personId) ?? 0) + 1);
    for (const r of detail.bRecords) bCopies.set(r.personId, (bCopies.get(r.personId) ?? 0) + 1);
    const perA = new Map<string, number>();
    const perB = new Map<string, number>();
    for (const [a = '', b = ''] of pairs) {
      expect(aPerson.get(a)).toBeDefined();
      expect(aPerson.get(a)).toBe(bPerson.get(b));
      perA.set(a, (perA.get(a) ?? 0) + 1);
      perB.set(b, (perB.get(b) ?? 0) + 1);
    }
    // An A record pairs with every B copy of its person, and only then with more than one.
    for (const [a, n] of perA) expect(n).toBe(bCopies.get(aPerson.get(a) ?? -1));
    for (const [b, n] of perB) expect(n).toBe(aCopies.get(bPerson.get(b) ?? -1));
    // Every person on both lists is in the truth.
    const both = [...aCopies.keys()].filter((id) => bCopies.has(id));
    expect(new Set(pairs.map(([a = '']) => aPerson.get(a))).size).toBe(both.length);
  });

  it('numbers records as each side does', () => {
    expect(detail.aRecords.every((r) => /^UA-\d{6}$/.test(r.recordId))).toBe(true);
    expect(detail.bRecords.every((r) => /^RU-5\d{6}$/.test(r.recordId))).toBe(true);
  });
});

describe('options', () => {
  it('lets a rate be overridden alone and the reference date be moved', () => {
    const latinShare = (latin: number): number => {
      const { rows } = readList(generatePair({ size: 300, seed: 'x', kind: 'pow', rates: { noiseB: { latin } } }).b, ',', 'pow');
      return rows.filter((row) => !hasCyrillic(row.full_name ?? '')).length / rows.length;
    };
    expect(latinShare(0)).toBe(0);
    expect(latinShare(1)).toBe(1);
    const dated = generateDetailed({ size: 10, seed: 'x', kind: 'pow', referenceDate: '2030-01-01' });
    expect(dated.reference).toEqual({ y: 2030, m: 1, d: 1 });
    expect(() => generatePair({ size: -1, seed: 'x', kind: 'pow' })).toThrow(RangeError);
    expect(() => generatePair({ size: 10, seed: 'x', kind: 'pow', referenceDate: '2025-02-30' })).toThrow(RangeError);
  });

  it('keeps the same population when only a noise rate changes', () => {
    const base = generateDetailed({ size: 200, seed: 'p', kind: 'pow' });
    const noisy = generateDetailed({ size: 200, seed: 'p', kind: 'pow', rates: { noiseB: { surnameTypo: 0.5 } } });
    expect(noisy.people.map((p) => p.surname.ua)).toEqual(base.people.map((p) => p.surname.ua));
    expect(noisy.a).toBe(base.a);
    expect(noisy.b).not.toBe(base.b);
  });

});
