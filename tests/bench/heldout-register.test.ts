// The held-out register's lists (src/bench/heldout-register.ts): what section e of
// `npm run bench:heldout` measures recall and precision against must be what the files hold.
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { registerLists } from '../../src/bench/heldout-register.js';
import { readRepoTsv } from '../../src/data.js';
import { Rng } from '../../src/random.js';

const names = {
  surnames: readRepoTsv('bench/heldout/surname_pairs.tsv', ['ua', 'ru', 'sex']),
  given: readRepoTsv('bench/heldout/given_name_pairs.tsv', ['ua', 'other', 'sex', 'kind']),
  patronymics: readRepoTsv('bench/heldout/patronymic_pairs.tsv', ['ua', 'ru', 'sex']),
};
const seeded = (seed: string) => {
  const rng = new Rng(seed);
  return () => rng.next();
};
const rowsOf = (text: string, delimiter: string) => parse(text, { delimiter, columns: true }) as Array<Record<string, string>>;

describe('the held-out register', () => {
  const lists = registerLists(names, 4_000, seeded('11'));
  const a = rowsOf(lists.a, ';');
  const b = rowsOf(lists.b, ',');

  it('holds every true pair on both sides, each record once, and the ones on one side only', () => {
    const aIds = new Set(a.map((r) => r['№ з/п']));
    const bIds = new Set(b.map((r) => r['№ п/п']));
    expect(aIds.size).toBe(a.length);
    expect(bIds.size).toBe(b.length);
    const pairs = [...lists.truth].map((p) => p.split('\t') as [string, string]);
    expect(pairs.every(([x, y]) => aIds.has(x) && bIds.has(y))).toBe(true);
    expect(new Set(pairs.map(([x]) => x)).size).toBe(pairs.length);
    expect(new Set(pairs.map(([, y]) => y)).size).toBe(pairs.length);
    // About 4% only on A and 4% only on B (binomial; far outside these bounds is a broken draw).
    for (const side of [a.length, b.length]) expect(side - pairs.length).toBeGreaterThan(100);
    for (const side of [a.length, b.length]) expect(side - pairs.length).toBeLessThan(230);
    expect(a.length + b.length - pairs.length).toBe(lists.people);
  });

  it('writes each true pair from the same held-out rows, the same person told apart only by the differences it names', () => {
    const byA = new Map(a.map((r) => [r['№ з/п'], r]));
    const byB = new Map(b.map((r) => [r['№ п/п'], r]));
    const surnames = new Map(names.surnames.map((s) => [s.ua, s.ru]));
    for (const pair of lists.truth) {
      const [x, y] = pair.split('\t') as [string, string];
      const [ra, rb] = [byA.get(x)!, byB.get(y)!];
      const ways = lists.written.get(pair)!;
      if (!ways.includes('surname-typo')) expect(rb['фамилия']).toBe(surnames.get(ra['прізвище']!));
      else expect([...rb['фамилия']!].sort().join('')).toBe([...surnames.get(ra['прізвище']!)!].sort().join(''));
      if (!ways.some((w) => w.startsWith('day') || w === 'year-off')) {
        const [d, m, yr] = ra['дата народження']!.split('.');
        expect(rb['дата рождения']).toBe(`${yr}-${m}-${d}`);
      }
      if (ways.includes('no-patronymic')) expect(rb['отчество']).toBe('');
      if (ways.includes('service-latin')) expect(rb['личный номер']).toMatch(/^$|^[A-Z]{2,4}\d{6}$/);
      if (ways.includes('no-service-number')) expect([ra['особистий номер'], rb['личный номер']]).toEqual(['', '']);
    }
  });

  it('writes side B through a transliteration where asked: the same people, rows and slips, in other letters', () => {
    const upper = (text: string) => text.toUpperCase();
    const latin = registerLists(names, 4_000, seeded('11'), upper);
    expect(latin.a).toBe(lists.a);
    expect(latin.truth).toEqual(lists.truth);
    const rows = rowsOf(latin.b, ',');
    expect(rows.length).toBe(b.length);
    rows.forEach((row, i) => {
      expect(row['record_id']).toBe(b[i]!['№ п/п']);
      expect([row['surname'], row['given_name'], row['patronymic']]).toEqual([b[i]!['фамилия'], b[i]!['имя'], b[i]!['отчество']].map((x) => upper(x!)));
      expect([row['date_of_birth'], row['service_number']]).toEqual([b[i]!['дата рождения'], b[i]!['личный номер']]);
    });
  });

  it('is the same lists for the same seed, other lists for another', () => {
    expect(registerLists(names, 4_000, seeded('11')).b).toBe(lists.b);
    expect(registerLists(names, 4_000, seeded('12')).b).not.toBe(lists.b);
  });
});
