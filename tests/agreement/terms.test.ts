import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultAgreement, parseAgreement, readAgreement, repeatedKey } from '../../src/agreement/terms.js';
import { InputError } from '../../src/errors.js';
import { encodeWindows1251 } from '../io/windows-1251.js';
import { tempDir, writeTemp } from '../cli/run.js';

const SPEC_TERMS = {
  name: 'Istanbul, 2 June 2025',
  reference_date: '2025-06-02',
  categories: [
    { id: 'wounded_ill', label: 'Severely wounded and ill', medical_status: ['severely_wounded', 'seriously_ill'], commission_required: true },
    { id: 'age_18_25', label: 'Aged 18 to 25', age: { min: 18, max: 25 } },
    { id: 'all_for_all', label: 'All for all' },
  ],
  remains_quota: 6000,
};

describe('agreement terms', () => {
  it('embeds the Istanbul 2025 terms exactly as SPEC.md shows them', () => {
    expect(defaultAgreement()).toEqual(SPEC_TERMS);
    expect(JSON.parse(readFileSync(new URL('../../data/agreement.istanbul-2025.json', import.meta.url), 'utf8'))).toEqual(SPEC_TERMS);
  });

  it('accepts a valid file with a matching section', () => {
    const terms = parseAgreement(JSON.stringify({ ...SPEC_TERMS, matching: { match: 10, review: 2 } }), 'x.json');
    expect(terms.matching).toEqual({ match: 10, review: 2 });
  });

  it.each([
    ['{"name": "x",', /x\.json:1:\d+: not valid JSON/],
    [JSON.stringify({ ...SPEC_TERMS, reference_date: '2025-02-30' }), /reference_date: expected a real date/],
    [JSON.stringify({ ...SPEC_TERMS, categories: [{ id: 'a', label: 'A', age: { min: 30, max: 20 } }] }), /age\.min is above age\.max/],
    [JSON.stringify({ ...SPEC_TERMS, categories: [{ id: 'a', label: 'A' }, { id: 'a', label: 'B' }] }), /appears twice/],
    [JSON.stringify({ ...SPEC_TERMS, categories: [{ id: 'a', label: 'A', medical_status: ['dead'] }] }), /categories\.0\.medical_status\.0/],
    [JSON.stringify({ ...SPEC_TERMS, comission: true }), /unrecognized key|Unrecognized key/i],
  ])('refuses %s with a located message', (text, message) => {
    expect(() => parseAgreement(text, 'x.json')).toThrow(InputError);
    expect(() => parseAgreement(text, 'x.json')).toThrow(message);
  });
});

describe('the text of an agreement file', () => {
  it('loses its invisible characters in the name and each label, one line each naming the file and the field, and shows control characters', () => {
    const lines: string[] = [];
    const terms = parseAgreement(JSON.stringify({
      ...SPEC_TERMS,
      name: 'Istanbul\u202e, 2 June\u001b[2J 2025',
      categories: [SPEC_TERMS.categories[0], { ...SPEC_TERMS.categories[1], label: 'Aged\u200b 18 to 25\u009b' }, SPEC_TERMS.categories[2]],
    }), 'x.json', (line) => lines.push(line));
    expect(terms.name).toBe('Istanbul, 2 June[U+001B][2J 2025');
    expect(terms.categories.map((c) => c.label)).toEqual(['Severely wounded and ill', 'Aged 18 to 25[U+009B]', 'All for all']);
    expect(lines).toEqual([
      'exchange: x.json: name "Istanbul[U+202E], 2 June\u001b[2J 2025": invisible characters removed (U+202E right-to-left override)',
      'exchange: x.json: categories.1.label "Aged[U+200B] 18 to 25\u009b": invisible characters removed (U+200B zero width space)',
    ]);
  });

  it('says nothing of plain text', () => {
    const lines: string[] = [];
    expect(parseAgreement(JSON.stringify(SPEC_TERMS), 'x.json', (line) => lines.push(line))).toEqual(SPEC_TERMS);
    expect(lines).toEqual([]);
  });

  it('refuses a label of nothing but invisible characters, or nothing but spaces', () => {
    for (const label of ['\u200b\u202e', '   ', ' \u200b ']) {
      const text = JSON.stringify({ ...SPEC_TERMS, categories: [{ id: 'a', label }] });
      expect(() => parseAgreement(text, 'x.json', () => undefined)).toThrow('x.json: invalid agreement: categories.0.label: nothing but spaces or invisible characters');
    }
  });

  it('refuses a category id holding an invisible character, naming it: cells are read without them, so it could never match', () => {
    const text = JSON.stringify({ ...SPEC_TERMS, categories: [{ id: 'wounded\u200b_ill', label: 'W' }] });
    expect(() => parseAgreement(text, 'x.json')).toThrow(InputError);
    expect(() => parseAgreement(text, 'x.json')).toThrow('x.json: invalid agreement: categories.0.id: category id "wounded[U+200B]_ill" is not lower-case letters, digits and _');
  });
});

describe('a key given twice in an agreement file', () => {
  it('is refused at the line and column of its second occurrence (JSON.parse kept the second and dropped the first in silence)', () => {
    const text = '{\n  "name": "A",\n  "reference_date": "2025-06-02",\n  "remains_quota": 10,\n  "categories": [{ "id": "a", "label": "A" }],\n  "remains_quota": 6000\n}';
    expect(() => parseAgreement(text, 'x.json')).toThrow('x.json:6:3: "remains_quota" is given twice in one object (JSON would keep the second and drop the first); give it once');
    const nested = JSON.stringify({ ...SPEC_TERMS, categories: [{ id: 'a', label: 'A' }] }).replace('"label":"A"', '"label":"A","label":"B"');
    expect(() => parseAgreement(nested, 'x.json')).toThrow('"label" is given twice in one object');
    // Written with an escape, a key is still the same key.
    expect(repeatedKey('{"age": 1, "\\u0061ge": 2}')).toEqual({ key: 'age', at: 11 });
  });

  it('is no key twice for the same key in two objects, a value equal to a key, or quotes, braces and commas inside strings', () => {
    expect(repeatedKey('[{"a": 1}, {"a": 2}]')).toBeUndefined();
    expect(repeatedKey('{"a": "a", "b": {"a": "\\"a\\", {", "c": ["a", "a"]}}')).toBeUndefined();
    expect(repeatedKey(JSON.stringify(SPEC_TERMS))).toBeUndefined();
  });

  it('finds none in any JSON that JSON.stringify writes (which never repeats a key), and the one a key written again adds', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string({ minLength: 1, maxLength: 4 }), fc.jsonValue(), { minKeys: 1 }), (object) => {
        const text = JSON.stringify(object);
        expect(repeatedKey(text)).toBeUndefined();
        const key = Object.keys(object)[0]!;
        const again = `${text.slice(0, -1)},${JSON.stringify(key)}:0}`;
        expect(repeatedKey(again)?.key).toBe(key);
      }),
      { numRuns: 500 },
    );
  });
});

describe('the encoding of an agreement file', () => {
  const text = JSON.stringify({ ...SPEC_TERMS, name: 'Стамбул, 2 червня 2025' }, null, 2);
  const dir = tempDir();

  it('reads UTF-8 with or without BOM, and UTF-16 with BOM', async () => {
    const files = [
      Buffer.from(text),
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]),
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
      Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]),
    ].map((bytes, i) => writeTemp(dir, `terms-${i}.json`, bytes));
    for (const file of files) expect((await readAgreement(file)).agreement.name).toBe('Стамбул, 2 червня 2025');
  });

  it('refuses Windows-1251 at the line and column of the first byte that is not UTF-8 (it read as question marks, in silence)', async () => {
    const file = writeTemp(dir, 'terms-1251.json', Buffer.from(encodeWindows1251(text)));
    await expect(readAgreement(file)).rejects.toThrow(InputError);
    await expect(readAgreement(file)).rejects.toThrow(`${file}:2:12: is not UTF-8 (saved as Windows-1251?): save the agreement as UTF-8`);
  });
});
