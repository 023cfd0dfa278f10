import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateDetailed } from '../../src/generate/index.js';
import { canonicalTag } from '../../src/generate/remains.js';
import {
  compareIdentifiers, describeTag, identifiersConflict, readDnaSampleId, readTag, tagConvention, type TagConvention,
} from '../../src/remains/identifier.js';
import { sides } from '../generate/helpers.js';

const tags = (x: string, y: string, cx?: TagConvention, cy?: TagConvention) => compareIdentifiers(readTag(x, cx)!, readTag(y, cy)!);
const samples = (x: string, y: string) => compareIdentifiers(readDnaSampleId(x)!, readDnaSampleId(y)!);

describe('reading a body tag', () => {
  it.each([
    // The generator's formats of UA-2024-000379 (src/generate/remains.ts).
    'UA2024000379', '2024-000379', 'UA-2024-379', 'УА-2024-000379', 'ua 2024 000379',
    // Prefix words, separators, look-alike letters.
    'бирка 2024/379', 'Бірка № UA-2024-000379', 'тіло UA 2024 379', 'Тело UA-2024-000379', 'case UA-2024-0379',
    'No. UA-2024-000379', '# 2024 000379', 'UА-2024-000379', 'ua_2024_000379', 'UA–2024–000379', 'ＵＡ-２０２４-０００３７９',
    // Bags of one body are that body.
    'UA-2024-000379/2', 'UA2024000379 / 3',
  ])('%s is UA-2024-000379', (written) => {
    expect(tags(written, 'UA-2024-000379')).toBe('same');
  });

  it.each([
    ['№379', 'UA-2024-000379'],
    ['бирка №379', 'UA-2024-000379'],
    ['Тело № 379/2', 'UA-2024-000379'],
    ['000379', 'UA-2024-000379'],
  ])('%s keeps only the end of %s: partial', (x, y) => {
    expect(tags(x, y)).toBe('partial');
    expect(tags(y, x)).toBe('partial');
  });

  it('tells other letters on the same digits from another number', () => {
    expect(tags('RU-2024-000379', 'UA-2024-000379')).toBe('other-letters');
    expect(tags('UA-2024-000380', 'UA-2024-000379')).toBe('different');
    expect(tags('UA-2023-000379', 'UA-2024-000379')).toBe('different');
    expect(tags('№378', 'UA-2024-000379')).toBe('different');
  });

  it('keeps a slash inside the number, and a long number after it', () => {
    expect(readTag('2024/379')?.numbers).toEqual(['2024', '379']);
    expect(readTag('UA-2024-000379/2')?.numbers).toEqual(['2024', '379']);
    expect(readTag('UA-2024/07')?.numbers).toEqual(['2024', '7']);
  });

  it('reads nothing from a tag without digits', () => {
    expect(readTag('б/н')).toBeUndefined();
    expect(readTag('бирка')).toBeUndefined();
    expect(readTag('')).toBeUndefined();
    expect(readTag(undefined)).toBeUndefined();
  });

  it('gives padded, unpadded and run-together forms one loose key', () => {
    const keys = ['UA-2024-000379', 'UA-2024-379', 'UA2024000379', '2024 0379'].map((t) => readTag(t)?.loose);
    expect(new Set(keys)).toEqual(new Set(['224379']));
  });
});

// Registers numbered within the year: `YEAR/SERIAL` on one side, `PREFIX-YEAR-SERIAL` on the other,
// serials restarting each year. A column's convention (tagConvention) settles `2022/5`.
const YEAR: TagConvention = { register: 'year', yearFirst: true, evidence: 'column' };
const PLAIN: TagConvention = { register: 'plain', yearFirst: true, evidence: 'column' };

describe('reading a year register', () => {
  it.each([
    // Year first and serial first, any separator, any padding.
    '2022/9', '2022 / 9', '2022/0009', '2022/000009', '9/2022', '0009/2022', '9 / 2022', '9-2022', '2022-9', '2022 9', '9 2022',
    // Prefixes in Latin and Cyrillic, and prefix words.
    'UA 2022/9', 'УА-2022/9', 'УА 9/2022', '№ 2022/9', 'бирка 2022/9', 'Тіло № 9/2022', 'case UA-9-2022',
  ])('%s in a year register is UA-2022-000009', (written) => {
    for (const other of ['UA-2022-000009', 'UA-2022-9', 'UA 2022 000009', 'УА-2022-000009', 'UA2022000009', 'ua_2022_09']) {
      expect(tags(written, other, YEAR), `${written} ~ ${other}`).toBe('same');
      expect(identifiersConflict(readTag(written, YEAR), readTag(other, PLAIN)), `${written} ~ ${other}`).toBe(false);
    }
  });

  it('puts the year first, whichever way it was written', () => {
    expect(readTag('9/2022', YEAR)).toMatchObject({ numbers: ['2022', '9'], year: 2022, decided: true });
    expect(readTag('2022/9', YEAR)).toMatchObject({ numbers: ['2022', '9'], year: 2022, decided: true });
    expect(readTag('UA-2022-000009')).toMatchObject({ numbers: ['2022', '9'], year: 2022 });
    expect(readTag('UA-2022-000009')?.decided).toBeUndefined();
    // Both groups could be years: the register's order decides.
    expect(readTag('2023/2024', YEAR)?.numbers).toEqual(['2023', '2024']);
    expect(readTag('2023/2024', { ...YEAR, yearFirst: false })?.numbers).toEqual(['2024', '2023']);
  });

  it('keeps serials of different years apart: they restart each year', () => {
    expect(tags('2024/123', '2025/123', YEAR, YEAR)).toBe('different');
    expect(tags('UA-2024-000123', '2025/123', PLAIN, YEAR)).toBe('different');
    expect(tags('123/2024', 'UA-2025-000123', YEAR)).toBe('different');
    expect(tags('2024/9', 'UA-2025-000009', YEAR)).toBe('different');
    expect(identifiersConflict(readTag('2024/9', YEAR), readTag('UA-2025-000009'))).toBe(true);
  });

  it('takes only four-digit years in the register range for a year', () => {
    expect(readTag('1989/123')?.year).toBeUndefined();
    expect(readTag('2036/123')?.year).toBeUndefined();
    expect(readTag('1990/123')?.year).toBe(1990);
    expect(readTag('2035/123')?.year).toBe(2035);
    // Padded, it is a serial: `0379/2024` is serial 379 of 2024.
    expect(readTag('0379/2024')).toMatchObject({ numbers: ['2024', '379'], year: 2024 });
    expect(readTag('12345/2024')).toMatchObject({ numbers: ['2024', '12345'] });
  });

  it('still reads a bag after a body in a year register', () => {
    expect(readTag('2022/9/2', YEAR)).toMatchObject({ numbers: ['2022', '9'], bag: 2 });
    expect(readTag('9/2022/2', YEAR)).toMatchObject({ numbers: ['2022', '9'], bag: 2 });
    expect(tags('2022/9/2', 'UA-2022-000009/3', YEAR)).toBe('same');
  });

  it('agrees partly with the serial alone, of any year', () => {
    expect(tags('№9', '2022/9', PLAIN, YEAR)).toBe('partial');
    expect(tags('№9', '9/2023', PLAIN, YEAR)).toBe('partial');
  });
});

describe('a bag or a serial: the column decides', () => {
  it('reads a short number after a slash as a bag in a bag-style column', () => {
    expect(readTag('379/2', PLAIN)).toMatchObject({ numbers: ['379'], bag: 2 });
    expect(readTag('UA-2024-000379/2', PLAIN)).toMatchObject({ numbers: ['2024', '379'], bag: 2 });
    // The bag after a body is a bag in either register.
    expect(readTag('379/2', YEAR)).toMatchObject({ numbers: ['379'], bag: 2 });
    expect(readTag('UA-2024-000379/2', YEAR)).toMatchObject({ numbers: ['2024', '379'], bag: 2 });
    expect(readTag('2022/2', PLAIN)).toMatchObject({ numbers: ['2022'], bag: 2 });
  });

  it('reads `2022/5` as serial 5 of 2022 in a column of YEAR/SERIAL', () => {
    const column = ['2022/5', '2022/379', '2023/1204', '2023/0017', '9/2024', '2024/388', '№ 2024/512'];
    expect(tagConvention(column)).toEqual({ register: 'year', yearFirst: true, evidence: 'column' });
    expect(readTag('2022/5', tagConvention(column))).toMatchObject({ numbers: ['2022', '5'], year: 2022 });
    expect(tags('2022/5', 'UA-2022-000005', tagConvention(column))).toBe('same');
  });

  it('reads `2022/5` as bag 5 of body 2022 in a column of plain numbers with bags', () => {
    const column = ['2022/5', '17', '№18', '19/2', '2047', '2048', '2049/3', 'бирка 2050'];
    expect(tagConvention(column)).toEqual({ register: 'plain', yearFirst: true, evidence: 'column' });
    expect(readTag('2022/5', tagConvention(column))).toMatchObject({ numbers: ['2022'], bag: 5 });
    expect(tags('2022/5', '2022', tagConvention(column))).toBe('same');
  });

  it('takes a prefix-year-serial column with bags for a bag-style column', () => {
    const column = ['UA-2024-000379', 'UA-2024-000379/2', 'UA 2024 000380', 'UA-2024-000381', '2024-000382', '2024/2'];
    expect(tagConvention(column).register).toBe('plain');
  });

  it('reads serials in numbers after `YEAR/` that are spread like serials, even with nothing else', () => {
    expect(tagConvention(['2022/5', '2022/17', '2023/3', '2023/41', '2024/9']).register).toBe('year');
    expect(tagConvention(['2022/5', '2023/17', '2024/33']).register).toBe('year');
    // Bag numbers are few and small: this could be bags of bodies 2022 and 2023.
    expect(tagConvention(['2022/2', '2022/3', '2023/2'])).toMatchObject({ register: 'plain', evidence: 'default' });
  });

  it("takes the other list's convention where its own column cannot tell", () => {
    const alone = ['2022/5'];
    expect(tagConvention(alone)).toMatchObject({ register: 'plain', evidence: 'default' });
    expect(tagConvention(alone, ['2022/379', '2023/1204', '2024/17'])).toMatchObject({ register: 'year', evidence: 'other list' });
    expect(tagConvention(alone, ['379', '380/2', '381'])).toMatchObject({ register: 'plain', evidence: 'other list' });
    // A column that can tell keeps its own convention.
    expect(tagConvention(['2022/379', '2023/1204'], ['379', '380/2', '381'])).toMatchObject({ register: 'year', evidence: 'column' });
  });

  it('depends on the values only, not on their order or blanks', () => {
    const column = ['2022/5', '', undefined, '2022/379', '2023/1204', 'б/н', '17'];
    expect(tagConvention([...column].reverse())).toEqual(tagConvention(column));
  });

  it('tells the serial-first order from the column', () => {
    expect(tagConvention(['379/2024', '5/2023', '1204/2023']).yearFirst).toBe(false);
    expect(tagConvention(['2024/379', '2023/5', 'UA-2023-001204']).yearFirst).toBe(true);
  });
});

describe('how a tag was read, for why', () => {
  it('describes year and serial, a plain number, a bag', () => {
    expect(describeTag(readTag('9/2022', YEAR))).toBe('year 2022 serial 9');
    expect(describeTag(readTag('2022/9', YEAR))).toBe('year 2022 serial 9');
    expect(describeTag(readTag('2022/9', PLAIN))).toBe('number 2022 bag 9');
    expect(describeTag(readTag('UA-2024-000379/2'))).toBe('year 2024 serial 379 bag 2');
    expect(describeTag(readTag('№379'))).toBe('number 379');
    expect(describeTag(undefined)).toBe('none');
  });
});

describe('reading a DNA sample id', () => {
  it.each(['DNA-24-0112648', 'ДНК-24-0112648', 'ДНК 24 112648', 'зразок ДНК № 24-0112648', 'образец DNA24-0112648', 'dna 24/0112648'])(
    '%s is DNA-24-0112648',
    (written) => {
      expect(samples(written, 'DNA-24-0112648')).toBe('same');
    },
  );

  it('has no bags: a slash is a separator', () => {
    expect(readDnaSampleId('DNA-24/2')?.numbers).toEqual(['24', '2']);
  });

  it('tells a different sample', () => {
    expect(samples('DNA-24-0112648', 'DNA-24-0112684')).toBe('different');
  });
});

describe('conflict', () => {
  it('is another number or other letters, never an omission or an unreadable side', () => {
    expect(identifiersConflict(readTag('UA-2024-000380'), readTag('UA-2024-000379'))).toBe(true);
    expect(identifiersConflict(readTag('RU-2024-000379'), readTag('UA-2024-000379'))).toBe(true);
    expect(identifiersConflict(readTag('№379'), readTag('UA-2024-000379'))).toBe(false);
    expect(identifiersConflict(readTag('б/н'), readTag('UA-2024-000379'))).toBe(false);
  });
});

describe('properties', () => {
  const tag = fc.record({ year: fc.integer({ min: 2014, max: 2030 }), number: fc.integer({ min: 1, max: 999_999 }) });
  const pad = (n: number) => String(n).padStart(6, '0');

  it('reads every format of a tag as the canonical one, and `№n` as its end', () => {
    fc.assert(
      fc.property(tag, fc.integer({ min: 2, max: 9 }), ({ year, number }, bag) => {
        const canonical = canonicalTag(year, number);
        for (const written of [`UA${year}${pad(number)}`, `${year}-${pad(number)}`, `UA-${year}-${number}`, `УА-${year}-${pad(number)}`, `ua ${year} ${pad(number)}`, `${canonical}/${bag}`]) {
          expect(tags(written, canonical), written).toBe('same');
        }
        expect(tags(`№${number}`, canonical)).toBe('partial');
      }),
    );
  });

  it('compares symmetrically', () => {
    const written = fc.string({ unit: fc.constantFrom(...'UAУА№ -/0123456789бирка'.split('')), maxLength: 16 });
    fc.assert(
      fc.property(written, written, (x, y) => {
        const [a, b] = [readTag(x), readTag(y)];
        if (a && b) expect(compareIdentifiers(a, b)).toBe(compareIdentifiers(b, a));
      }),
    );
  });

  const yearRegister = fc.record({ year: fc.integer({ min: 1990, max: 2035 }), serial: fc.integer({ min: 1, max: 99_999 }) });
  it('reads every form of a year register as the prefix-year-serial tag', () => {
    fc.assert(
      fc.property(yearRegister, fc.constantFrom('/', ' / ', '-', ' '), fc.integer({ min: 0, max: 6 }), ({ year, serial }, sep, width) => {
        const padded = String(serial).padStart(width, '0');
        // A serial that could itself be a register year (`1991/1990`) is told apart only by the
        // column's order, so the serial-first forms are read under the serial-first convention.
        const serialFirst = { ...YEAR, yearFirst: false };
        for (const [written, convention] of [
          [`${year}${sep}${padded}`, YEAR],
          [`${padded}${sep}${year}`, serialFirst],
          [`УА ${year}${sep}${padded}`, YEAR],
          [`№ ${padded}${sep}${year}`, serialFirst],
        ] as const) {
          expect(tags(written, canonicalTag(year, serial), convention), written).toBe('same');
        }
      }),
    );
  });

  it('never takes serials of two years, or two serials, for one body', () => {
    fc.assert(
      fc.property(yearRegister, yearRegister, (x, y) => {
        fc.pre(x.year !== y.year || x.serial !== y.serial);
        expect(tags(`${x.year}/${x.serial}`, `${y.year}/${y.serial}`, YEAR, YEAR)).not.toBe('same');
        expect(tags(`${x.year}/${x.serial}`, canonicalTag(y.year, y.serial), YEAR)).not.toBe('same');
      }),
    );
  });

  it('never takes two different body numbers for one', () => {
    fc.assert(
      fc.property(tag, tag, (x, y) => {
        fc.pre(x.year !== y.year || x.number !== y.number);
        expect(tags(canonicalTag(x.year, x.number), canonicalTag(y.year, y.number))).not.toBe('same');
      }),
    );
  });
});

describe('on generated lists', () => {
  it("reads B's tag of every body as A's, except where B wrote another body's", () => {
    const detail = generateDetailed({ size: 1000, seed: 'identifier', kind: 'remains' });
    const { a, b } = sides(detail, 'remains');
    // B keeps a year register (`2024/37`): its column says so, and `2024/37` is read as serial 37, not bag 37.
    const convention = tagConvention(b.map((r) => r.row.tag), a.map((r) => r.row.tag));
    expect(convention).toMatchObject({ register: 'year', evidence: 'column' });
    let conflicts = 0;
    for (const r of b) {
      const body = r.person.body!;
      const agreement = tags(r.row.tag ?? '', canonicalTag(body.recoveredOn.y, body.number), convention);
      if (agreement === 'different') conflicts++;
      else expect(agreement === 'same' || (agreement === 'partial' && r.row.tag!.startsWith('№')), r.row.tag).toBe(true);
    }
    // B writes another body's tag for about 1% of bodies (tagConflict).
    expect(conflicts).toBeGreaterThan(0);
    expect(conflicts / b.length).toBeLessThan(0.03);
  });
});
