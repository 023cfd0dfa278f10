import { describe, expect, it } from 'vitest';
import { latinSkeleton } from '../../src/names/skeleton.js';
import { surnameKey } from '../../src/names/surname.js';
import { surnamePatterns, surnameRootRows, surnameRuleRows } from '../../src/names/tables.js';
import { cell, readFixture } from './fixtures.js';

const splitList = (cellText: string): string[] => cellText.split(/[;,]/).map((s) => s.trim()).filter(Boolean);

describe('surnameKey', () => {
  it('gives both sides of every example pair of surname_patterns_ua_ru.tsv one key', () => {
    expect(surnamePatterns.length).toBe(35);
    for (const row of surnamePatterns) {
      // "Петрив; Петров": each Russian form listed must meet the Ukrainian one.
      for (const ru of splitList(row.example_ru)) {
        expect(surnameKey(ru), `${row.example_ua} / ${ru} (${row.pattern_ua})`).toBe(surnameKey(row.example_ua));
      }
    }
  });

  it("gives both sides of every example of surname_rules.tsv one key", () => {
    for (const row of surnameRuleRows) {
      const ua = splitList(row.example_ua);
      const ru = splitList(row.example_ru);
      expect(ua.length, row.pattern).toBe(ru.length);
      ua.forEach((name, i) => expect(surnameKey(ru[i] ?? ''), `${name} (${row.pattern})`).toBe(surnameKey(name)));
    }
  });

  it('gives both sides of every example pair in the notes of surname_roots_ua_ru.tsv one key', () => {
    for (const row of surnameRootRows) {
      const pairs = [...row.note.matchAll(/(\p{L}+)\/(\p{L}+)/gu)].filter(([, ua = '']) => ua.toLowerCase().startsWith(row.ua));
      expect(pairs.length, row.note).toBeGreaterThan(0);
      for (const [, ua = '', ru = ''] of pairs) expect(surnameKey(ru), `${ua} / ${ru}`).toBe(surnameKey(ua));
    }
  });

  it('meets across scripts: Cyrillic and passport Latin of both languages', () => {
    for (const group of [
      ['Гайворонський', 'Haivoronskyi', 'Гайворонский', 'Gaivoronskii', 'Gayvoronskiy'],
      ['Лозинська', 'Lozynska', 'Лозинская', 'Lozinskaia', 'Lozinskaya'],
      ['Кравець', 'Kravets', 'Кравец', 'Kravetc'],
      ['Білоус', 'Bilous', 'Белоус', 'Belous'],
    ]) {
      expect(new Set(group.map(surnameKey)).size, group.join(' ')).toBe(1);
    }
  });

  it('keys each word of a double surname on its own', () => {
    expect(surnameKey('Петрів-Гайворонський')).toBe(surnameKey('Петров-Гайворонский'));
    expect(surnameKey('Петрів-Гайворонський')).toBe(surnameKey('Petriv Haivoronskyi'));
  });

  it('starts from the skeleton: what the skeleton joins stays joined', () => {
    for (const name of ['Коваленко', 'Шевченко', 'Щербина', 'Ковальчук']) {
      expect(surnameKey(name)).toBe(latinSkeleton(name));
    }
  });
});

describe('names that must stay apart', () => {
  const keyOf: Record<string, (s: string) => string | undefined> = { skeleton: latinSkeleton, surname: surnameKey };

  it.each(readFixture('distinct_names.tsv').filter((row) => cell(row, 'key') in keyOf))(
    '$a and $b differ by $key',
    (row) => {
      const key = keyOf[cell(row, 'key')] ?? latinSkeleton;
      expect(key(cell(row, 'a'))).not.toBe(key(cell(row, 'b')));
    },
  );

  // Pairs the keys join on purpose, as the price of joining spellings of one name. The matcher
  // tells them apart by the other fields; this test keeps the list honest.
  it.each(readFixture('known_collisions.tsv'))('$a and $b meet by $key: $why', (row) => {
    const key = keyOf[cell(row, 'key')] ?? latinSkeleton;
    expect(key(cell(row, 'a'))).toBe(key(cell(row, 'b')));
  });
});
