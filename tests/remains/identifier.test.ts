import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateDetailed } from '../../src/generate/index.js';
import { canonicalTag } from '../../src/generate/remains.js';
import { compareIdentifiers, identifiersConflict, readDnaSampleId, readTag } from '../../src/remains/identifier.js';
import { sides } from '../generate/helpers.js';

const tags = (x: string, y: string) => compareIdentifiers(readTag(x)!, readTag(y)!);
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
    const { b } = sides(detail, 'remains');
    let conflicts = 0;
    for (const r of b) {
      const body = r.person.body!;
      const agreement = tags(r.row.tag ?? '', canonicalTag(body.recoveredOn.y, body.number));
      if (agreement === 'different') conflicts++;
      else expect(agreement === 'same' || (agreement === 'partial' && r.row.tag!.startsWith('№')), r.row.tag).toBe(true);
    }
    // B writes another body's tag for about 1% of bodies (tagConflict).
    expect(conflicts).toBeGreaterThan(0);
    expect(conflicts / b.length).toBeLessThan(0.03);
  });
});
