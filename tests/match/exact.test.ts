// The exact matcher (src/match/exact.ts), directly: it links a pair when its records share a
// normalised service number, or a normalised surname + given name + full date of birth, and that
// key is unique on both sides; a person's decisions come first; dedupe groups one list's copies.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ExactMatcher } from '../../src/match/exact.js';
import { nameDobKey, serviceKey } from '../../src/match/keys.js';
import { decisionsOf, type LinkedPair } from '../../src/match/matcher.js';
import { people, person, type Fields } from './records.js';

const matcher = new ExactMatcher();
const link = (a: Fields[], b: Fields[], decisions = decisionsOf()) => matcher.link(people('a', a), people('b', b), decisions);
const pairs = (linked: LinkedPair[]) => linked.map((p) => [p.a, p.b]);

const BONDAR: Fields = { surname: 'Бондар', givenName: 'Іван', dob: '1980-01-01' };

describe('ExactMatcher.link: the keys', () => {
  it('links on a service number written with other spaces, dashes, dots and case', () => {
    const linked = link(
      [{ surname: 'Коваль', serviceNumber: 'аа 123-456' }, { surname: 'Мороз', serviceNumber: 'KK.654/321' }],
      [{ surname: 'Інший', serviceNumber: 'KK654321' }, { surname: 'Зовсім', serviceNumber: 'АА123456' }],
    );
    expect(linked).toEqual([
      { a: 0, b: 1, status: 'matched', score: 1, why: 'service_number=exact' },
      { a: 1, b: 0, status: 'matched', score: 1, why: 'service_number=exact' },
    ]);
  });

  it('links on surname + given name + full date of birth, normalised (case, apostrophe, ё, spaces)', () => {
    const linked = link(
      [{ surname: "Дем'янчук", givenName: 'Сергій', dob: '1985-01-01' }, { surname: 'Семёнов', givenName: ' Пётр ', dob: '1970-12-31' }],
      [{ surname: 'СЕМЕНОВ', givenName: 'петр', dob: '1970-12-31' }, { surname: 'ДЕМЯНЧУК', givenName: 'сергій', dob: '1985-01-01' }],
    );
    expect(linked.map((p) => [p.a, p.b, p.why])).toEqual([
      [0, 1, 'surname+given+dob=exact'],
      [1, 0, 'surname+given+dob=exact'],
    ]);
  });

  it('ignores the patronymic, rank and every other field in the name key', () => {
    const linked = link([{ ...BONDAR, patronymic: 'Петрович', rank: 'солдат' }], [{ ...BONDAR, patronymic: 'Олегович', rank: 'сержант' }]);
    expect(pairs(linked)).toEqual([[0, 0]]);
  });

  it('does not transliterate: the same man in Cyrillic and in Latin is not linked', () => {
    expect(link([{ surname: 'Петренко', givenName: 'Олександр', dob: '1990-04-03' }], [{ surname: 'Petrenko', givenName: 'Oleksandr', dob: '1990-04-03' }])).toEqual([]);
    expect(link([{ givenName: 'Олександр', serviceNumber: 'АА 123456' }], [{ serviceNumber: 'AA 123456' }])).toEqual([]);
  });

  it('needs every part of the name key: no link on a partial date, a missing given name, or a day/month swap', () => {
    expect(link([{ ...BONDAR, dob: '1980' }], [{ ...BONDAR, dob: '1980' }])).toEqual([]);
    expect(link([{ ...BONDAR, dob: '1980-01' }], [{ ...BONDAR, dob: '1980-01' }])).toEqual([]);
    expect(link([{ surname: 'Бондар', dob: '1980-01-01' }], [{ surname: 'Бондар', dob: '1980-01-01' }])).toEqual([]);
    expect(link([{ ...BONDAR, dob: '1980-03-04' }], [{ ...BONDAR, dob: '1980-04-03' }])).toEqual([]);
  });

  it('links on the service number before the name: a record paired by number is not paired again by name', () => {
    const linked = link([{ ...BONDAR, serviceNumber: 'AA111' }], [{ ...BONDAR }, { surname: 'Інший', serviceNumber: 'AA111' }]);
    expect(linked).toEqual([{ a: 0, b: 1, status: 'matched', score: 1, why: 'service_number=exact' }]);
  });
});

describe('ExactMatcher.link: only unique keys, one to one', () => {
  it('links no namesakes: a name key held by two records on either side proves nothing', () => {
    expect(link([BONDAR, BONDAR], [BONDAR])).toEqual([]);
    expect(link([BONDAR], [BONDAR, BONDAR])).toEqual([]);
  });

  it('links no service number held by two records on one side', () => {
    expect(link([{ serviceNumber: 'AA1' }, { serviceNumber: 'aa-1' }], [{ serviceNumber: 'AA1' }])).toEqual([]);
  });

  it('judges a key unique among the records still unpaired', () => {
    // Two Бондарі in A, but one is paired by his number first: the other is then the only one.
    const linked = link([{ ...BONDAR, serviceNumber: 'AA1' }, BONDAR], [{ serviceNumber: 'AA1' }, BONDAR]);
    expect(linked.map((p) => [p.a, p.b, p.why])).toEqual([
      [0, 0, 'service_number=exact'],
      [1, 1, 'surname+given+dob=exact'],
    ]);
  });

  // Lists drawn from a few values, so that keys collide often.
  const fieldsArb = fc.record(
    {
      surname: fc.constantFrom('Бондар', 'Коваль', 'КОВАЛЬ'),
      givenName: fc.constantFrom('Іван', 'Петро'),
      dob: fc.constantFrom('1980-01-01', '1980-01-02', '1980'),
      serviceNumber: fc.constantFrom('AA1', 'aa 1', 'BB2', 'CC3', 'DD4'),
    },
    { requiredKeys: [] },
  );
  const listsArb = fc.tuple(fc.array(fieldsArb, { maxLength: 8 }), fc.array(fieldsArb, { maxLength: 8 }));

  it('pairs each record at most once, on a key both records hold and no other record of its side holds', () => {
    fc.assert(
      fc.property(listsArb, ([aFields, bFields]) => {
        const [a, b] = [people('a', aFields), people('b', bFields)];
        const linked = matcher.link(a, b, decisionsOf());
        expect(new Set(linked.map((p) => p.a)).size).toBe(linked.length);
        expect(new Set(linked.map((p) => p.b)).size).toBe(linked.length);
        expect(linked.map((p) => p.a)).toEqual([...linked.map((p) => p.a)].sort((x, y) => x - y));
        for (const p of linked) {
          const key = p.why === 'service_number=exact' ? (r: (typeof a)[number]) => serviceKey(r.serviceNumber) : nameDobKey;
          const k = key(a[p.a]!);
          expect(k).not.toBe('');
          expect(key(b[p.b]!)).toBe(k);
          // Unique among the records not paired by an earlier key.
          const earlier = p.why === 'service_number=exact' ? [] : linked.filter((q) => q.why === 'service_number=exact');
          expect(a.filter((r) => !earlier.some((q) => q.a === r.index) && key(r) === k)).toHaveLength(1);
          expect(b.filter((r) => !earlier.some((q) => q.b === r.index) && key(r) === k)).toHaveLength(1);
        }
      }),
    );
  });

  it('is symmetric: swapping the lists swaps the pairs', () => {
    fc.assert(
      fc.property(listsArb, ([aFields, bFields]) => {
        const forward = pairs(link(aFields, bFields));
        const backward = matcher.link(people('a', bFields), people('b', aFields), decisionsOf()).map((p) => [p.b, p.a]);
        expect(backward.sort((x, y) => x[0]! - y[0]!)).toEqual(forward);
      }),
    );
  });
});

describe('ExactMatcher.link: decisions', () => {
  it('honours `same` whatever the keys say, marking the pair as decided', () => {
    const linked = link([{ surname: 'Коваль' }, BONDAR], [BONDAR, { surname: 'Шевчук' }], decisionsOf([[0, 1]]));
    expect(linked).toEqual([
      { a: 0, b: 1, status: 'matched', score: 1, why: 'decided=same', decided: 'same' },
      { a: 1, b: 0, status: 'matched', score: 1, why: 'surname+given+dob=exact' },
    ]);
  });

  it('takes a decided record out of the key passes', () => {
    // A0 and B0 share a number, but a person paired B0 with A1.
    const linked = link([{ serviceNumber: 'AA1' }, { surname: 'Коваль' }], [{ serviceNumber: 'AA1' }], decisionsOf([[1, 0]]));
    expect(pairs(linked)).toEqual([[1, 0]]);
  });

  it('keeps one pair per record when decisions contradict (the first in A, then B order wins) and ignores unknown indexes', () => {
    // Taken in the order (0,0) (0,1) (1,0) (1,1) (1,9) (5,0): (0,1) and (1,0) meet a taken record.
    const linked = link([{}, {}], [{}, {}], decisionsOf([[0, 1], [1, 0], [0, 0], [1, 1], [5, 0], [1, 9]]));
    expect(linked.map((p) => [p.a, p.b, p.decided])).toEqual([[0, 0, 'same'], [1, 1, 'same']]);
  });

  it('never pairs a `different` pair, on either key, and still pairs the others', () => {
    const a = [{ ...BONDAR, serviceNumber: 'AA1' }, { serviceNumber: 'BB2' }];
    const b = [{ ...BONDAR, serviceNumber: 'AA1' }, { serviceNumber: 'BB2' }];
    expect(pairs(link(a, b, decisionsOf([], [[0, 0]])))).toEqual([[1, 1]]);
  });

  it('never pairs any `different` pair, for any lists and decisions', () => {
    const fieldsArb = fc.record({ surname: fc.constantFrom('Бондар', 'Коваль'), givenName: fc.constant('Іван'), dob: fc.constant('1980-01-01'), serviceNumber: fc.constantFrom('AA1', 'BB2', 'CC3', 'DD4', 'EE5') }, { requiredKeys: [] });
    const indexes = fc.tuple(fc.nat(5), fc.nat(5));
    fc.assert(
      fc.property(fc.array(fieldsArb, { maxLength: 6 }), fc.array(fieldsArb, { maxLength: 6 }), fc.array(indexes), fc.array(indexes), (aFields, bFields, same, different) => {
        const decisions = decisionsOf(same.filter(([x, y]) => !different.some(([p, q]) => p === x && q === y)), different);
        for (const p of link(aFields, bFields, decisions)) {
          expect(decisions.different.has(p.a, p.b)).toBe(false);
          if (p.decided) expect(decisions.same.has(p.a, p.b)).toBe(true);
        }
      }),
    );
  });
});

describe('ExactMatcher.dedupe', () => {
  const dedupe = (rows: Fields[]) => matcher.dedupe(people('a', rows));

  it('groups records sharing a normalised service number, keeping the first', () => {
    expect(dedupe([{ serviceNumber: 'AA 1' }, { surname: 'Коваль' }, { serviceNumber: 'aa-1' }, { serviceNumber: 'AA1' }])).toEqual([{ keep: 0, copies: [2, 3] }]);
  });

  it('groups records sharing name and full date of birth when their numbers do not contradict', () => {
    expect(dedupe([BONDAR, { ...BONDAR, serviceNumber: 'AA1' }])).toEqual([{ keep: 0, copies: [1] }]);
    // One number in Cyrillic, one of its Latin readings: the same number (sameServiceNumber).
    expect(dedupe([{ ...BONDAR, serviceNumber: 'АВ 672301' }, { ...BONDAR, serviceNumber: 'AB672301' }])).toEqual([{ keep: 0, copies: [1] }]);
  });

  it('keeps namesakes born the same day apart when their service numbers differ', () => {
    expect(dedupe([{ ...BONDAR, serviceNumber: 'AA1' }, { ...BONDAR, serviceNumber: 'BB2' }])).toEqual([]);
    // Cyrillic numbers compare by their own letters: АБ is not АВ, though both read AB in Latin.
    expect(dedupe([{ ...BONDAR, serviceNumber: 'АБ 672301' }, { ...BONDAR, serviceNumber: 'АВ 672301' }])).toEqual([]);
  });

  it('does not group on a partial date or across scripts', () => {
    expect(dedupe([{ ...BONDAR, dob: '1980' }, { ...BONDAR, dob: '1980' }])).toEqual([]);
    expect(dedupe([{ surname: 'Петренко', givenName: 'Іван', dob: '1980-01-01' }, { surname: 'Petrenko', givenName: 'Ivan', dob: '1980-01-01' }])).toEqual([]);
  });

  it('joins groups that share a record, and names records by their index, not their position', () => {
    const records = [
      person('a', 4, { serviceNumber: 'AA1' }),
      person('a', 7, { surname: 'Коваль' }),
      person('a', 9, { ...BONDAR, serviceNumber: 'AA1' }),
      person('a', 12, BONDAR),
      person('a', 15, { serviceNumber: 'ZZ9' }),
      person('a', 20, { serviceNumber: 'ZZ9' }),
    ];
    expect(matcher.dedupe(records)).toEqual([
      { keep: 4, copies: [9, 12] },
      { keep: 15, copies: [20] },
    ]);
  });

  // A record without a number joins neither of two namesakes whose numbers contradict.
  it('never puts two records with contradicting service numbers in one group', () => {
    const groups = dedupe([BONDAR, { ...BONDAR, serviceNumber: 'AA1' }, { ...BONDAR, serviceNumber: 'BB2' }]);
    for (const g of groups) expect([g.keep, ...g.copies]).not.toEqual(expect.arrayContaining([1, 2]));
  });
});
