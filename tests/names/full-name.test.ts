import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSpace, splitFullName } from '../../src/names/full-name.js';
import { cell, readFixture } from './fixtures.js';

const orUndefined = (s: string): string | undefined => (s === '' ? undefined : s);

describe('splitFullName', () => {
  it.each(readFixture('full_names.tsv'))('"$written": $why', (row) => {
    const parts = splitFullName(cell(row, 'written'));
    expect(parts.surname).toBe(orUndefined(cell(row, 'surname')));
    expect(parts.givenName).toBe(orUndefined(cell(row, 'given_name')));
    expect(parts.patronymic).toBe(orUndefined(cell(row, 'patronymic')));
    expect(parts.swapped).toBe(cell(row, 'swapped') === 'true');
  });

  it('keeps the spelling of each part, look-alikes and all', () => {
    expect(splitFullName('КОВАЛЕНКO Олександр')).toMatchObject({ surname: 'КОВАЛЕНКO', givenName: 'Олександр' });
  });

  it('reads as white space exactly what a regular expression\'s \\s does, for every UTF-16 code unit', () => {
    const differing: number[] = [];
    for (let code = 0; code <= 0xffff; code++) if (isSpace(code) !== /\s/u.test(String.fromCharCode(code))) differing.push(code);
    expect(differing).toEqual([]);
  });

  it('splits a name the same whatever white space stands between its words', () => {
    const written = readFixture('full_names.tsv').map((row) => cell(row, 'written')).filter((text) => !/\s{2}|^\s|\s$/u.test(text));
    const space = fc.constantFrom(' ', '  ', '\t', '\u00a0', '\u2007', '\u202f', '\u3000', '\ufeff', ' \n ');
    fc.assert(
      fc.property(fc.constantFrom(...written), fc.array(space, { minLength: 8, maxLength: 8 }), space, (text, between, edge) => {
        let k = 0;
        const spaced = edge + text.replace(/ /g, () => between[k++ % between.length]!) + edge;
        expect(splitFullName(spaced)).toEqual(splitFullName(text));
      }),
    );
  });
});

