// Blocking (src/match/engine/blocking.ts) on a constructed case: every true pair, whatever its
// slips (a typo, another script, swapped day and month, a missing patronymic or date, swapped
// names, only the service number in common), is among the candidates, and the background people
// add none, so the candidates stay within the true pairs' records: far below the full product.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { candidatePairs, candidatePairsWithin, MAX_BLOCK_PAIRS, MAX_BLOCK_RECORDS, PERSON_KEYS, WINDOW, type Candidates, type KeyFamily } from '../../src/match/engine/blocking.js';
import { featuresOf, type Features } from '../../src/match/engine/features.js';
import { features, people, person, type Fields } from './records.js';

/** [A, B]: one man as the Ukrainian list and as the other list wrote him. */
const TRUE_PAIRS: Array<[Fields, Fields]> = [
  // Another script.
  [{ surname: 'Коваленко', givenName: 'Олександр', patronymic: 'Іванович', dob: '1988-05-12' }, { surname: 'KOVALENKO', givenName: 'Oleksandr', dob: '1988-05-12' }],
  // Russian forms of the names.
  [{ surname: 'Поліщук', givenName: 'Микола', patronymic: 'Петрович', dob: '1990-11-12' }, { surname: 'ПОЛИЩУК', givenName: 'Николай', patronymic: 'Петрович', dob: '1990-11-12' }],
  // A letter dropped from the surname.
  [{ surname: 'Литвиненко', givenName: 'Андрій', dob: '1986-03-14' }, { surname: 'Литвинеко', givenName: 'Андрей', dob: '1986-03-14' }],
  // Day and month swapped.
  [{ surname: 'Гнатюк', givenName: 'Василь', dob: '1986-07-04' }, { surname: 'Гнатюк', givenName: 'Василий', dob: '1986-04-07' }],
  // Patronymic missing on one side, a typo in the given name.
  [{ surname: 'Мельничук', givenName: 'Сергій', patronymic: 'Миколайович', dob: '1979-10-09' }, { surname: 'Мельничук', givenName: 'Серегй', dob: '1979-10-09' }],
  // Surname and given name swapped by the clerk.
  [{ surname: 'Дмитро', givenName: 'Бойко', dob: '1995-02-17' }, { surname: 'Бойко', givenName: 'Дмитрий', dob: '1995-02-17' }],
  // No date of birth on one side.
  [{ surname: 'Мазур', givenName: 'Олег', patronymic: 'Вікторович', dob: '1983-09-10' }, { surname: 'Мазур', givenName: 'Олег', patronymic: 'Викторович' }],
  // Only the service number in common: Cyrillic against its Latin reading, the names another man's.
  [{ surname: 'Кравчук', givenName: 'Денис', serviceNumber: 'АВ 672301', dob: '1994-02-02' }, { surname: 'Nowak', givenName: 'Jan', serviceNumber: 'AB-672301' }],
  // A year off and a respelt surname (Latin o typed in Cyrillic).
  [{ surname: 'Бондаренко', givenName: 'Ігор', dob: '1979-12-09' }, { surname: 'Бондаренкo', givenName: 'Игорь', dob: '1978-12-09' }],
  // Ukrainian і for Russian е.
  [{ surname: 'Різник', givenName: 'Петро', dob: '1991-02-03' }, { surname: 'Резник', givenName: 'Пётр', dob: '1991-02-03' }],
  // Latin with a one-digit slip in the day.
  [{ surname: 'Савчук', givenName: 'Ярослав', dob: '1993-06-05' }, { surname: 'SAVCHUK', givenName: 'Yaroslav', dob: '1993-06-15' }],
  // A surname misspelt beyond the rules, the date in both orders.
  [{ surname: 'Зінченко', givenName: 'Максим', patronymic: 'Ігорович', dob: '2001-08-11' }, { surname: 'Зинчинко', givenName: 'Максим', patronymic: 'Игоревич', dob: '2001-11-08' }],
];

// Background people, one list's all named Тарас, the other's all Глеб: unique surnames built of
// syllables, birth dates on the 25th (no true pair's date), so no background record shares any
// key with a record of the other list — the case is built for that (see the first test).
const SYLLABLES = ['ба', 'ве', 'ги', 'до', 'жу', 'за', 'ке', 'ли', 'мо', 'ну'];
const syllables = (i: number) => `${SYLLABLES[i % 10]}${SYLLABLES[Math.floor(i / 10) % 10]}`;
const BACKGROUND = 150;
const background = (side: 'a' | 'b'): Fields[] =>
  Array.from({ length: BACKGROUND }, (_, i) => ({
    surname: side === 'a' ? `Пере${syllables(i)}ний` : `Тро${syllables(i)}ов`,
    givenName: side === 'a' ? 'Тарас' : 'Глеб',
    dob: { year: 1950 + (i % 50), month: (side === 'a' ? 1 : 7) + Math.floor(i / 50), day: 25 },
    serviceNumber: side === 'a' ? `ZZ${100000 + i}` : `YY${200000 + i}`,
  }));

// True pairs first in A, last in B, so positions differ from pair numbers.
const A = people('a', [...TRUE_PAIRS.map(([x]) => x), ...background('a')]).map((r) => featuresOf(r));
const B = people('b', [...background('b'), ...TRUE_PAIRS.map(([, y]) => y)]).map((r) => featuresOf(r));
const trueB = (pair: number) => BACKGROUND + pair;

const pairsOf = (c: Candidates) => Array.from(c.a, (a, p) => [a, c.b[p]!] as [number, number]);
const has = (c: Candidates, a: number, b: number) => pairsOf(c).some(([x, y]) => x === a && y === b);

describe('candidatePairs on a constructed case', () => {
  const candidates = candidatePairs(A, B);

  it('finds every true pair (recall 1 on the known case)', () => {
    const missed = TRUE_PAIRS.map((_, i) => i).filter((i) => !has(candidates, i, trueB(i)));
    expect(missed.map((i) => `${TRUE_PAIRS[i]![0].surname}~${TRUE_PAIRS[i]![1].surname}`)).toEqual([]);
  });

  it('finds every true pair by more than the service number when names survive (each key family can fail alone)', () => {
    expect(PERSON_KEYS.link[0]!(A[7]!)).toContain('AB672301');
    // Without the service key (the first family), every pair but the one that shares only its number is still found.
    const noService = candidatePairs(A, B, PERSON_KEYS.link.slice(1));
    const missed = TRUE_PAIRS.map((_, i) => i).filter((i) => !has(noService, i, trueB(i)));
    expect(missed).toEqual([7]);
  });

  it('stays within the true pairs’ records: at most 12 × 12 = 144 of the 162 × 162 = 26 244 pairs', () => {
    const t = TRUE_PAIRS.length;
    for (const [a, b] of pairsOf(candidates)) {
      expect(a, `A position ${a}`).toBeLessThan(t);
      expect(b, `B position ${b}`).toBeGreaterThanOrEqual(BACKGROUND);
    }
    expect(candidates.a.length).toBeLessThanOrEqual(t * t);
    expect(candidates.a.length).toBeLessThan((A.length * B.length) / 100);
    expect(candidates.stats).toEqual({ pairs: candidates.a.length, oversizedBlocks: 0 });
  });

  it('gives each pair once, sorted by A position then B position', () => {
    const ids = pairsOf(candidates).map(([a, b]) => a * B.length + b);
    expect(ids).toEqual([...new Set(ids)].sort((x, y) => x - y));
  });

  it('still finds every true pair when the background shares the true pairs’ given names', () => {
    // Blocks grow (Олександр born 1988 is now one of several), but recall must not drop.
    const given = TRUE_PAIRS.map(([x]) => x.givenName!);
    const crowdA = people('a', [...TRUE_PAIRS.map(([x]) => x), ...background('a').map((f, i) => ({ ...f, givenName: given[i % given.length] }))]).map((r) => featuresOf(r));
    const crowded = candidatePairs(crowdA, B);
    expect(TRUE_PAIRS.map((_, i) => i).filter((i) => !has(crowded, i, trueB(i)))).toEqual([]);
    expect(crowded.a.length).toBeLessThan(crowdA.length * B.length);
  });
});

describe('candidatePairs: the pairs that share a key', () => {
  /** Every key of a record under the families, as a set; a key is its family's own (two families' keys never meet). */
  const keysOf = (f: Features, families: readonly KeyFamily[]) =>
    new Set(families.flatMap((family, k) => {
      const keys = family(f);
      return (keys === undefined ? [] : typeof keys === 'object' ? [...keys] : [keys]).map((key) => `${k}:${typeof key}:${key}`);
    }));

  const fieldsArb = fc.record(
    {
      surname: fc.constantFrom('Бондар', 'Бондарь', 'Коваль', 'Kovalenko', 'Мельник'),
      givenName: fc.constantFrom('Іван', 'Иван', 'Петро', 'Олег'),
      patronymic: fc.constantFrom('Петрович', 'Іванович'),
      dob: fc.constantFrom('1980-01-02', '1980-02-01', '1981-01-02', '1980'),
      serviceNumber: fc.constantFrom('AA1', 'АА 1', 'BB2'),
    },
    { requiredKeys: [] },
  );

  it('are exactly the pairs of records with a key in common, when no block is oversized', () => {
    fc.assert(
      fc.property(fc.array(fieldsArb, { maxLength: 10 }), fc.array(fieldsArb, { maxLength: 10 }), (aFields, bFields) => {
        const a = people('a', aFields).map((r) => featuresOf(r));
        const b = people('b', bFields).map((r) => featuresOf(r));
        const expected: Array<[number, number]> = [];
        a.forEach((x, i) => {
          const kx = keysOf(x, PERSON_KEYS.link);
          b.forEach((y, j) => {
            if ([...keysOf(y, PERSON_KEYS.link)].some((k) => kx.has(k))) expected.push([i, j]);
          });
        });
        expect(pairsOf(candidatePairs(a, b, PERSON_KEYS.link))).toEqual(expected);
      }),
    );
  });

  it('meet on string keys whatever other keys a record holds, a key repeated by one record counting once', () => {
    const a = [featuresOf(person('a', 0)), featuresOf(person('a', 1))];
    const b = [featuresOf(person('b', 0)), featuresOf(person('b', 1))];
    // Record 0 of each list holds `shared` among other strings, at different places; record 1 holds it twice.
    const keys: KeyFamily = (f) => (f.index === 0 ? ['x', 'y', 'shared'] : ['shared', 'z', 'shared']);
    expect(pairsOf(candidatePairs(a, b, [keys]))).toEqual([[0, 0], [0, 1], [1, 0], [1, 1]]);
    expect(pairsOf(candidatePairsWithin(a, [keys]))).toEqual([[0, 1]]);
  });

  it('stops rather than miss a pair when a family gives a record more keys than a block can hold', () => {
    const a = [featuresOf(person('a', 0))];
    const many: KeyFamily = () => Array.from({ length: 70 }, (_, k) => `k${k}`);
    expect(() => candidatePairs(a, a, [many])).toThrow(/past what a block can hold/);
  });

  it('are positions in the lists, not record indexes', () => {
    const a = [featuresOf(person('a', 40, { serviceNumber: 'AA1' }))];
    const b = [featuresOf(person('b', 90, { serviceNumber: 'BB2' })), featuresOf(person('b', 91, { serviceNumber: 'AA1' }))];
    expect(pairsOf(candidatePairs(a, b))).toEqual([[0, 1]]);
  });
});

describe('the block size cap: large blocks by sorted neighbourhood', () => {
  const one: KeyFamily[] = [() => 'same'];
  const list = (side: 'a' | 'b', n: number) => Array.from({ length: n }, (_, i) => featuresOf(person(side, i)));
  const SURNAMES = ['Бондар', 'Коваль', 'Мельник', 'Шевчук', 'Ткаченко', 'Кравець', 'Олійник', 'Лисенко'];
  const GIVEN = ['Іван', 'Петро', 'Олег', 'Андрій', 'Микола', 'Сергій', 'Юрій'];
  /** n people sharing the block's key, each other in name and birth date. */
  const crowd = (side: 'a' | 'b', n: number) =>
    Array.from({ length: n }, (_, i) =>
      featuresOf(person(side, i, { surname: SURNAMES[i % 8]!, givenName: GIVEN[Math.floor(i / 8) % 7]!, dob: `19${60 + (i % 37)}-0${1 + (i % 9)}-1${i % 10}` })));

  it('compares a block of exactly MAX_BLOCK_PAIRS pairs in full, and one pair larger by neighbourhood', () => {
    const rows = 50;
    const kept = candidatePairs(list('a', rows), list('b', MAX_BLOCK_PAIRS / rows), one);
    expect(kept.stats).toEqual({ pairs: MAX_BLOCK_PAIRS, oversizedBlocks: 0 });
    const larger = candidatePairs(crowd('a', rows), crowd('b', MAX_BLOCK_PAIRS / rows + 1), one);
    expect(larger.stats.windowedBlocks).toBe(1);
    expect(larger.stats.oversizedBlocks).toBe(0);
    // Each record meets at most WINDOW others either side in each of three orders.
    const records = rows + MAX_BLOCK_PAIRS / rows + 1;
    expect(larger.a.length).toBeGreaterThan(0);
    expect(larger.a.length).toBeLessThanOrEqual(records * WINDOW * 3);
    expect(larger.a.length).toBeLessThan(rows * (MAX_BLOCK_PAIRS / rows + 1));
  });

  it('gives, with `keep`, exactly the candidates without it that `keep` takes: single pairs, small blocks and large ones alike', () => {
    // A large block (windowed), a small one, and the constructed case's single pairs.
    const a = [...crowd('a', 120), ...A];
    const b = [...crowd('b', 110), ...B];
    const families: KeyFamily[] = [...PERSON_KEYS.link, (f) => (f.index < 120 ? 'crowd' : f.index < 130 ? 'small' : '')];
    const all = pairsOf(candidatePairs(a, b, families));
    expect(candidatePairs(a, b, families).stats.windowedBlocks).toBeGreaterThan(0);
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 7 }), fc.integer({ min: 0, max: 6 }), (mod, rest) => {
        const keep = (i: number, j: number) => (i * 31 + j) % mod === rest % mod;
        expect(pairsOf(candidatePairs(a, b, families, undefined, keep))).toEqual(all.filter(([i, j]) => keep(i, j)));
      }),
      { numRuns: 20 },
    );
  });

  it('still pairs the records of one person in a large block, and no pair twice', () => {
    const a = crowd('a', 300);
    // B holds a's records 17 and 250 (one with a birth date typo), among 300 others.
    const b = [...crowd('b', 300).slice(0, 298), featuresOf(person('b', 298, { surname: 'Бондар', givenName: 'Петро', dob: '1977-09-17' })), featuresOf(person('b', 299, { surname: SURNAMES[250 % 8]!, givenName: GIVEN[Math.floor(250 / 8) % 7]!, dob: `19${60 + (250 % 37)}-0${1 + (250 % 9)}-10` }))];
    const c = candidatePairs(a, b, one);
    const pairs = pairsOf(c);
    expect(pairs).toContainEqual([17, 298]);
    expect(pairs).toContainEqual([250, 299]);
    expect(new Set(pairs.map(([x, y]) => `${x}|${y}`)).size).toBe(pairs.length);
    // Linear in the block, not its square (90,000 pairs).
    expect(pairs.length).toBeLessThan(600 * WINDOW * 3);
  });

  it('pairs the same records in a large block whatever order its rows come in', () => {
    const [a, b] = [crowd('a', 200), crowd('b', 150)];
    const byRecord = (xs: Features[], ys: Features[]) =>
      new Set(pairsOf(candidatePairs(xs, ys, one)).map(([i, j]) => `${xs[i]!.index}|${ys[j]!.index}`));
    // A fixed shuffle: every seventh record first, then the rest, each list reversed.
    const shuffle = (xs: Features[]) => [...xs.filter((_, i) => i % 7 === 0), ...xs.filter((_, i) => i % 7 !== 0)].reverse();
    const straight = byRecord(a, b);
    expect(straight.size).toBeGreaterThan(0);
    expect(byRecord(shuffle(a), shuffle(b))).toEqual(straight);
  });

  it('pairs a large block as sorted neighbourhoods over the fields joined as text would (the oracle)', () => {
    // The orders as first written: each record's fields joined by a character below any of theirs.
    const digits = (f: Features) => String(f.year * 10_000 + f.month * 100 + f.day).padStart(8, '0');
    const joined: Array<(f: Features) => string> = [
      (f) => [f.surnameSkeleton, f.givenSkeleton, digits(f), f.service].join('\u0000'),
      (f) => [f.givenSkeleton, digits(f), f.surnameSkeleton, f.service].join('\u0000'),
      (f) => [digits(f), f.surnameSkeleton, f.givenSkeleton, f.service].join('\u0000'),
    ];
    const oracle = (a: Features[], b: Features[]) => {
      const members = [...a.map((f, position) => ({ side: 0, position, f })), ...b.map((f, position) => ({ side: 1, position, f }))];
      const pairs = new Set<string>();
      for (const order of joined) {
        const sorted = members.map((m) => ({ ...m, key: order(m.f) }))
          .sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : x.side - y.side || x.position - y.position));
        for (let k = 0; k < sorted.length; k++) {
          for (let n = k + 1; n <= k + WINDOW && n < sorted.length; n++) {
            const [x, y] = [sorted[k]!, sorted[n]!];
            if (x.side !== y.side) pairs.add(x.side === 0 ? `${x.position}|${y.position}` : `${y.position}|${x.position}`);
          }
        }
      }
      return [...pairs].map((p) => p.split('|').map(Number)).sort((x, y) => x[0]! - y[0]! || x[1]! - y[1]!);
    };
    // Few values of each field, so that records tie on some fields and part on the next; a year
    // past 9999 writes more than eight digits.
    const record = fc.record({
      surname: fc.constantFrom('Бондар', 'Бондаренко', 'Bondar', 'Коваль', ''),
      givenName: fc.constantFrom('Іван', 'Иван', 'Ivan', 'Петро', ''),
      dob: fc.constantFrom('1990-01-02', '1990-02-01', '1990', '1989-12-31', '12000-01-01', undefined),
      serviceNumber: fc.constantFrom('АВ 672301', 'AB672301', '1104154167', '', undefined),
    }).map(({ dob, serviceNumber, ...names }) => ({ ...names, ...(dob ? { dob } : {}), ...(serviceNumber ? { serviceNumber } : {}) }));
    fc.assert(
      fc.property(fc.array(record, { minLength: 40, maxLength: 60 }), fc.array(record, { minLength: 30, maxLength: 40 }), (rowsA, rowsB) => {
        const [a, b] = [people('a', rowsA).map((r) => featuresOf(r)), people('b', rowsB).map((r) => featuresOf(r))];
        const found = candidatePairs(a, b, one);
        expect(found.stats.windowedBlocks).toBe(1);
        expect(pairsOf(found)).toEqual(oracle(a, b));
      }),
      { numRuns: 40 },
    );
  });

  it('within one list counts a block’s pairs as n(n-1)/2 and pairs i < j', () => {
    // 45 records: 990 pairs, in full; 46: 1,035, by neighbourhood.
    expect(candidatePairsWithin(list('a', 45), one).stats).toEqual({ pairs: 990, oversizedBlocks: 0 });
    const larger = candidatePairsWithin(crowd('a', 46), one);
    expect(larger.stats.windowedBlocks).toBe(1);
    expect(larger.a.length).toBeLessThan(1_035);
    for (let p = 0; p < larger.a.length; p++) expect(larger.a[p]!).toBeLessThan(larger.b[p]!);
  });

  it('skips a block of more than MAX_BLOCK_RECORDS records, and only it: pairs sharing another key are still found', () => {
    const families: KeyFamily[] = [() => 'same', (f) => (f.index === 3 ? 'rare' : undefined)];
    const huge = Array.from({ length: MAX_BLOCK_RECORDS + 1 }, (_, i) => features({ surname: 'Бондар' }, 'a', i));
    const c = candidatePairs(huge, [features({ surname: 'Бондар' }, 'b', 0), features({}, 'b', 1), features({}, 'b', 2), features({}, 'b', 3)], families);
    expect(c.stats.oversizedBlocks).toBe(1);
    expect(pairsOf(c)).toEqual([[3, 3]]);
  });
});

describe('candidatePairsWithin (duplicates)', () => {
  it('pairs near-identical copies of one list, each pair once with i < j, and no strangers', () => {
    const rows: Fields[] = [
      { surname: 'Мазур', givenName: 'Олег', dob: '1979-10-09' },
      { surname: 'Петренко', givenName: 'Іван', dob: '1985-01-01', serviceNumber: 'AA1' },
      { surname: 'Мазур', givenName: 'Олег', dob: '1979-10-09' }, // a copy of 0
      { surname: 'Петренко', givenName: 'Іван', dob: '1985-01-01', serviceNumber: 'AA1' }, // a copy of 1
      { surname: 'Мазурр', givenName: 'Олег', dob: '1979-10-09' }, // a surname typo: date + given name
      { surname: 'Шевчук', givenName: 'Тарас', dob: '1990-04-04' },
    ];
    const c = candidatePairsWithin(people('a', rows).map((r) => featuresOf(r)));
    expect(pairsOf(c)).toEqual([[0, 2], [0, 4], [1, 3], [2, 4]]);
  });

  it('uses the narrower duplicate keys: a swapped date alone makes no pair within a list', () => {
    const rows: Fields[] = [{ surname: 'Мазур', givenName: 'Олег', dob: '1979-10-09' }, { surname: 'Коваль', givenName: 'Петро', dob: '1979-09-10' }];
    const f = people('a', rows).map((r) => featuresOf(r));
    expect(candidatePairsWithin(f, PERSON_KEYS.dedupe).a.length).toBe(0);
    // The linking keys put the swapped date in one block.
    expect(pairsOf(candidatePairs([f[0]!], [f[1]!]))).toEqual([[0, 0]]);
  });
});
