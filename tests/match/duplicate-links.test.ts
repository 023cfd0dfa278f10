// Duplicates within one list are grouped without ever joining two records that are two people or
// two bodies, not even through a third, vaguer record each of them repeats: two DNA samples or
// recovery dates under one tag, two service numbers under one name and birth date. The third
// record joins one of them, the same one whatever the order of the rows.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupApart } from '../../src/match/duplicate-links.js';
import { BODY_SETUP } from '../../src/match/engine/remains-comparisons.js';
import { PERSON_SETUP, ScoredMatcher } from '../../src/match/engine/engine.js';
import { ExactMatcher } from '../../src/match/exact.js';
import type { DuplicateGroup, Matcher } from '../../src/match/matcher.js';
import { DEFAULT_THRESHOLDS } from '../../src/match/options.js';
import type { PersonRecord } from '../../src/model.js';
import { reconcileRemains, registers } from '../remains/lists.js';
import { date, people, person, type Fields } from './records.js';

/** Each group as the record ids of its members, sorted: what a reordering of the rows must keep. */
const groupsById = (records: readonly PersonRecord[], groups: readonly DuplicateGroup[]) => {
  const idOf = new Map(records.map((r) => [r.index, r.recordId!]));
  return groups.map((g) => [g.keep, ...g.copies].map((i) => idOf.get(i)!).sort()).sort((x, y) => x.join().localeCompare(y.join()));
};

/** The records again, in another order, indexed 0, 1, 2… in that order (ids kept). */
const reordered = (records: readonly PersonRecord[], order: readonly number[]) => order.map((at, i) => ({ ...records[at]!, index: i, line: i + 2 }));

function dedupe(matcher: Matcher, records: readonly PersonRecord[]): DuplicateGroup[] {
  matcher.fit?.(records, records);
  return matcher.dedupe(records);
}

describe('groupApart', () => {
  // Four records of four identities (records of one identity are asked once for all).
  const records = people('a', [{ surname: 'А' }, { surname: 'Б' }, { surname: 'В' }, { surname: 'Г' }]);

  it('takes the strongest link first and refuses a link that would join two records kept apart', () => {
    // 0 and 1 are apart; 2 links to both, more strongly to 1.
    const apart = (x: number, y: number) => (x === 0 && y === 1) || (x === 1 && y === 0);
    const links = [{ x: 0, y: 2, score: 5 }, { x: 1, y: 2, score: 9 }];
    expect(groupApart(records, links, apart)).toEqual([{ keep: 1, copies: [2] }]);
    expect(groupApart(records, [...links].reverse(), apart)).toEqual([{ keep: 1, copies: [2] }]);
  });

  it('asks every pair of the two groups, not only the linked records', () => {
    // 0–1 and 2–3 are groups; 1–2 links them, but 0 and 3 are apart.
    const apart = (x: number, y: number) => x + y === 3 && Math.abs(x - y) === 3;
    const links = [{ x: 0, y: 1, score: 9 }, { x: 2, y: 3, score: 9 }, { x: 1, y: 2, score: 8 }];
    expect(groupApart(records, links, apart)).toEqual([{ keep: 0, copies: [1] }, { keep: 2, copies: [3] }]);
  });

  it('settles equal scores by what the records hold, not by their place', () => {
    const named = people('a', [{ surname: 'Б' }, { surname: 'А' }, { surname: 'В' }]);
    const apart = (x: number, y: number) => x + y === 1;
    // 2 links to 0 (Б) and 1 (А) equally: А comes first by content.
    expect(groupApart(named, [{ x: 0, y: 2, score: 4 }, { x: 1, y: 2, score: 4 }], apart)).toEqual([{ keep: 1, copies: [2] }]);
  });
});

describe('two bodies under one tag are never one through a third record', () => {
  const ua = ['1;101;DNA-1;01.01.2024;;;', '2;101;DNA-4;05.01.2024;;;', '3;101;;;;;'];
  const ru = ['1,101,DNA-1,2024-01-01,,,', '2,101,DNA-4,2024-01-05,,,'];

  it('matches both bodies, and the row without DNA or date repeats one of them, the same in any order', () => {
    for (const rows of [ua, [...ua].reverse(), [ua[1]!, ua[2]!, ua[0]!]]) {
      const { a, b } = registers(rows, ru);
      const result = reconcileRemains(a, b);
      const byId = (id: string) => result.entries.find((e) => e.a?.recordId === id);
      expect(byId('1')).toMatchObject({ status: 'matched', b: { recordId: '1' } });
      expect(byId('2')).toMatchObject({ status: 'matched', b: { recordId: '2' } });
      expect(byId('3')).toMatchObject({ status: 'duplicate', duplicateOf: { recordId: '1' } });
      expect(result.entries.filter((e) => e.status === 'only_b')).toEqual([]);
    }
  });

  it('keeps 1 and 2 apart in the scored matcher, and 3 joins exactly one of them (1, first by content)', () => {
    const records = people('a', [
      { recordId: '1', tag: '101', dnaSampleId: 'DNA-1', recoveredOn: date('2024-01-01') },
      { recordId: '2', tag: '101', dnaSampleId: 'DNA-4', recoveredOn: date('2024-01-05') },
      { recordId: '3', tag: '101' },
    ]);
    expect(dedupe(new ScoredMatcher(DEFAULT_THRESHOLDS, BODY_SETUP), records)).toEqual([{ keep: 0, copies: [2] }]);
  });
});

describe('two people are never one through a record without a service number', () => {
  const man: Fields = { surname: 'Бондар', givenName: 'Іван', patronymic: 'Петрович', dob: '1980-01-01' };
  const rows = [
    { ...man, recordId: 'A1', serviceNumber: 'АА 111111' },
    { ...man, recordId: 'A2', serviceNumber: 'ББ 222222' },
    { ...man, recordId: 'A3' },
  ];

  for (const matcher of [new ScoredMatcher(DEFAULT_THRESHOLDS, PERSON_SETUP), new ExactMatcher()]) {
    it(`keeps A1 and A2 apart (${matcher.name}), the same in any order`, () => {
      const records = people('a', rows);
      const groups = groupsById(records, dedupe(matcher, records));
      for (const group of groups) expect(group).not.toEqual(expect.arrayContaining(['A1', 'A2']));
      for (const order of [[2, 1, 0], [1, 2, 0], [2, 0, 1]]) {
        const again = reordered(records, order);
        expect(groupsById(again, dedupe(matcher, again))).toEqual(groups);
      }
    });
  }

  it('keeps two Cyrillic numbers apart that one Latin number reads as (exact)', () => {
    // АБ and АВ both read AB in Latin: the Latin number is either, but not both.
    const records = people('a', [{ ...man, serviceNumber: 'АБ 672301' }, { ...man, serviceNumber: 'AB672301' }, { ...man, serviceNumber: 'АВ 672301' }]);
    const groups = dedupe(new ExactMatcher(), records);
    expect(groups).toHaveLength(1);
    for (const g of groups) expect([g.keep, ...g.copies]).not.toEqual(expect.arrayContaining([0, 2]));
  });
});

describe('property: no duplicate group holds two records that conflict, and the groups do not depend on the row order', () => {
  // Records of one person or one body that may carry identifiers that conflict (or none).
  const service = fc.constantFrom(undefined, 'АА 111111', 'ББ 222222', 'AA111111');
  const dna = fc.constantFrom(undefined, 'DNA-1', 'DNA-4');
  const recovered = fc.constantFrom(undefined, '2024-01-01', '2024-01-05');
  const personRow = fc.record({ serviceNumber: service, sex: fc.constantFrom(undefined, 'M', 'F'), dob: fc.constantFrom('1980-01-01', '1980') });
  const bodyRow = fc.record({ dnaSampleId: dna, recoveredOn: recovered, tag: fc.constantFrom('101', 'UA-2024-000101') });
  const build = (rows: ReadonlyArray<Record<string, string | undefined>>) =>
    rows.map((row, i) => {
      const fields = Object.fromEntries(Object.entries(row).filter(([, v]) => v !== undefined)) as Fields & { recoveredOn?: string };
      const { recoveredOn, ...rest } = fields;
      return person('a', i, { surname: 'Бондар', givenName: 'Іван', ...rest, recordId: `r${i}`, ...(recoveredOn ? { recoveredOn: date(recoveredOn) } : {}) });
    });

  // What the test knows conflicts, told from the fields as written. The exact matcher reads no sex.
  const differ = (p?: string, q?: string) => p !== undefined && q !== undefined && p !== q;
  const serviceOf = (r: PersonRecord) => r.serviceNumber?.replace(/\s/g, '').replace('АА', 'AA');
  const day = (r: PersonRecord) => (r.recoveredOn ? `${r.recoveredOn.year}-${r.recoveredOn.month}-${r.recoveredOn.day}` : undefined);
  const numbers = (x: PersonRecord, y: PersonRecord) => differ(serviceOf(x), serviceOf(y));
  const twoPeople = (x: PersonRecord, y: PersonRecord) => numbers(x, y) || differ(x.sex, y.sex);
  const bodies = (x: PersonRecord, y: PersonRecord) => differ(x.dnaSampleId, y.dnaSampleId) || differ(day(x), day(y));

  const cases = [
    { name: 'people (scored)', rows: personRow, conflict: twoPeople, matcher: () => new ScoredMatcher(DEFAULT_THRESHOLDS, PERSON_SETUP) },
    { name: 'people (exact)', rows: personRow, conflict: numbers, matcher: () => new ExactMatcher() },
    { name: 'bodies (scored)', rows: bodyRow, conflict: bodies, matcher: () => new ScoredMatcher(DEFAULT_THRESHOLDS, BODY_SETUP) },
  ];
  for (const { name, rows, conflict, matcher } of cases) {
    it(name, () => {
      fc.assert(
        fc.property(
          fc.array(rows as fc.Arbitrary<Record<string, string | undefined>>, { minLength: 2, maxLength: 7 }).chain((list) =>
            fc.tuple(fc.constant(list), fc.shuffledSubarray(list.map((_, i) => i), { minLength: list.length, maxLength: list.length })),
          ),
          ([list, order]) => {
            const records = build(list);
            const groups = dedupe(matcher(), records);
            for (const g of groups) {
              const members = [g.keep, ...g.copies].map((i) => records[i]!);
              for (const x of members) for (const y of members) expect(conflict(x, y), `${x.recordId} ${y.recordId}`).toBe(false);
            }
            const again = reordered(records, order);
            expect(groupsById(again, dedupe(matcher(), again))).toEqual(groupsById(records, groups));
          },
        ),
        { numRuns: 150 },
      );
    });
  }
});
