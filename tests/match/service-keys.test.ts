import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasServiceKey, ownServiceKey, sameServiceNumber, serviceKey, serviceKeys } from '../../src/match/keys.js';
import { features } from './records.js';
import { serviceLookalikeRows } from '../../src/names/tables.js';

const same = (x: string, y: string) => sameServiceNumber(serviceKeys(x), serviceKeys(y));

describe('service numbers across scripts', () => {
  it('removes spaces, dashes, dots and slashes and ignores case', () => {
    expect(serviceKey(' ab-12.34/56 ')).toBe('AB123456');
    expect(serviceKeys('')).toEqual([]);
    expect(serviceKeys(undefined)).toEqual([]);
  });

  it('reads a Cyrillic letter as its Latin look-alike', () => {
    for (const [x, y] of [['АК 481203', 'AK-481203'], ['ВС 220011', 'BC220011'], ['ТМ-7', 'TM 7'], ['НР 5', 'HP 5']]) {
      expect(same(x!, y!), `${x} / ${y}`).toBe(true);
    }
  });

  it('reads a Cyrillic letter by its transliteration: Б/B, Д/D, Г/H or G, Л/L, Ж/ZH, Я/YA', () => {
    for (const [x, y] of [
      ['БД 102938', 'BD-102938'],
      ['ГЛ 554433', 'HL 554433'],
      ['ГЛ 554433', 'GL-554433'],
      ['ЖП-12', 'ZHP 12'],
      ['ЯФ 900', 'YAF900'],
      ['ВЛ 1', 'VL 1'],
      ['СН 77', 'SN-77'],
    ]) {
      expect(same(x!, y!), `${x} / ${y}`).toBe(true);
    }
  });

  it('keeps different numbers different in either script', () => {
    for (const [x, y] of [['БД 102938', 'BD-102939'], ['ГЛ 554433', 'KL 554433'], ['АК 481203', 'AX 481203'], ['Д 1', 'B 1']]) {
      expect(same(x!, y!), `${x} / ${y}`).toBe(false);
    }
  });

  it('gives both-Cyrillic numbers one key', () => {
    expect(serviceKey('ГД-112233')).toBe(serviceKey('гд 112233'));
    expect(serviceKey('ГД-112233')).not.toBe(serviceKey('ГБ-112233'));
  });
});

describe('two numbers written in Cyrillic', () => {
  it('compare by their own letters, so a letter read alike in Latin does not join them', () => {
    expect(same('АБ 421448', 'АВ 421448')).toBe(false);
    expect(same('ГН 1', 'ГХ 1')).toBe(false);
    expect(same('АБ 421448', 'аб-421448')).toBe(true);
  });

  it('read a Latin look-alike typed among Cyrillic letters as the Cyrillic letter', () => {
    expect(same('AБ 421448', 'АБ 421448')).toBe(true);
    expect(serviceKey('AБ 421448')).toBe(serviceKey('АБ 421448'));
  });

  it("a record's sameService is sameServiceNumber of the two numbers' keys, in either script", () => {
    // Letters that read alike or by sound in the other script, and the digits, so that the two
    // numbers often meet through a reading; each ends in a digit, as every number holds one.
    const number = fc.string({ unit: fc.constantFrom('А', 'В', 'Г', 'Д', 'Я', 'A', 'B', 'H', 'G', 'D', 'Y', '1', '2', ' ', '-'), maxLength: 4 }).map((text) => `${text}1`);
    let met = 0;
    fc.assert(
      fc.property(number, number, (x, y) => {
        const [fx, fy] = [features({ serviceNumber: x }), features({ serviceNumber: y }, 'b')];
        fc.pre(fx.service !== '' && fy.service !== '');
        const expected = sameServiceNumber(serviceKeys(x), serviceKeys(y));
        if (expected && fx.service !== fy.service) met++;
        expect(fx.sameService(fy)).toBe(expected);
        expect(fy.sameService(fx)).toBe(expected);
      }),
      { numRuns: 5000 },
    );
    // Numbers met through a reading were among those tried (Д 1 and D 1), not only equal ones.
    expect(met).toBeGreaterThan(0);
  });

  it('is no number without a digit: a clerk\'s "none" written in letters or signs has no key, and two alike are not one number', () => {
    for (const text of ['N/A', 'NA', '?', '??', 'нет', 'НЕТ', 'немає', 'б/н', 'Б/Н', '—', 'X', 'ЗП']) {
      expect(serviceKeys(text), text).toEqual([]);
      expect(hasServiceKey(text), text).toBe(false);
      expect(same(text, text), text).toBe(false);
    }
    // One digit in any script makes a number.
    expect(serviceKey('ЗП 1')).toBe('ЗП1');
    expect(serviceKey('N/A 7')).toBe('NA7');
    expect(serviceKey('１２３４５６')).toBe('１２３４５６');
  });

  it('tells whether a number has a key as making the key does, for any text', () => {
    // Separators, spaces NFC changes (U+2000), a lone combining mark, ß (upper case: SS), a Greek
    // question mark (NFC: ;), letters of both scripts, digits; and any characters at all.
    const unit = fc.constantFrom(' ', '-', '\u2012', '_', '/', '.', '\u00a0', '\u200b', '\u2000', '\t', '\u0301', 'ß', '\u037e', 'А', 'b', '7');
    const texts = fc.oneof(fc.string({ unit, maxLength: 6 }), fc.string({ unit: 'binary', maxLength: 6 }));
    fc.assert(
      fc.property(texts, (text) => {
        expect(hasServiceKey(text)).toBe(ownServiceKey(text) !== '');
      }),
      { numRuns: 5000 },
    );
    expect(hasServiceKey(undefined)).toBe(false);
    expect([' - ', '\u2000.', 'А 1'].map(hasServiceKey)).toEqual([false, false, true]);
  });

  it('makes the own key as its definition does, whatever the text (a number written as its key is taken as it is)', () => {
    // The definition: NFC, upper case, the separators gone, and in a number with Cyrillic letters
    // each Latin look-alike read as its Cyrillic letter.
    const lookalike = new Map(serviceLookalikeRows.map((row) => [row.latin.toUpperCase(), row.cyrillic.toUpperCase()]));
    const definition = (text: string) => {
      // A text with no digit is no number.
      if (!/\p{Nd}/u.test(text)) return '';
      const compacted = text.normalize('NFC').toUpperCase().replace(/[\s\-\u2010-\u2015_/.\u00a0\u200b]/g, '');
      return /\p{Script=Cyrillic}/u.test(compacted) ? compacted.replace(/[A-Z]/g, (c) => lookalike.get(c) ?? c) : compacted;
    };
    // Digits, capitals of both scripts (Ё, Є, І, Ї, Ґ among them), a small letter of each, a Й
    // written as И and a breve, separators.
    const unit = fc.constantFrom('0', '7', 'A', 'B', 'K', 'Z', 'А', 'В', 'П', 'Я', 'Ё', 'Є', 'І', 'Ї', 'Ґ', 'Й', 'и\u0306', 'И\u0306', 'в', 'b', ' ', '-', '\u00a0');
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit, minLength: 1, maxLength: 10 }), fc.string({ unit: 'binary', minLength: 1, maxLength: 6 })), (text) => {
        expect(ownServiceKey(text)).toBe(definition(text));
      }),
      { numRuns: 5000 },
    );
  });
});
