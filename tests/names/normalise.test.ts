import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exactKey, normaliseText } from '../../src/names/normalise.js';
import { characterRows, lookalikeRows } from '../../src/names/tables.js';
import { nameText } from './arbitraries.js';

const char = (codepoint: string): string => String.fromCodePoint(Number.parseInt(codepoint.slice(2), 16));

describe('normaliseText', () => {
  it('lower-cases, composes and collapses spaces, including no-break and other Unicode spaces', () => {
    expect(normaliseText('  КОВАЛЕНКО\u00A0\u2003 Олександр\t')).toBe('коваленко олександр');
    expect(normaliseText('АНДРИ\u0306')).toBe('андрй');
  });

  it('removes every invisible character of characters.tsv', () => {
    const deleted = characterRows.filter((row) => row.becomes === 'delete');
    expect(deleted.length).toBeGreaterThanOrEqual(6);
    for (const row of deleted) expect(normaliseText(`Кова${char(row.codepoint)}ленко`), row.codepoint).toBe('коваленко');
  });

  it('writes every apostrophe and dash variant of characters.tsv one way', () => {
    for (const row of characterRows.filter((r) => r.becomes === "U+0027")) {
      expect(normaliseText(`Дем${char(row.codepoint)}янчук`), row.codepoint).toBe("дем'янчук");
    }
    for (const row of characterRows.filter((r) => r.becomes === 'U+002D')) {
      expect(normaliseText(`Петренко${char(row.codepoint)}Коваль`), row.codepoint).toBe('петренко-коваль');
    }
  });

  it('keeps the hyphen of a double surname and drops the spaces around it', () => {
    expect(normaliseText('Петренко-Коваль')).toBe('петренко-коваль');
    expect(normaliseText('Петренко – Коваль')).toBe('петренко-коваль');
  });

  it('writes ё as е', () => {
    expect(normaliseText('Ковалёв')).toBe('ковалев');
    expect(normaliseText('ФЁДОР')).toBe('федор');
  });

  it('puts every Latin look-alike inside a Cyrillic word back into Cyrillic, and the reverse', () => {
    for (const { latin, cyrillic } of lookalikeRows) {
      expect(normaliseText(`жд${latin}лш`), latin).toBe(`жд${cyrillic}лш`);
      expect(normaliseText(`dl${cyrillic}fg`), cyrillic).toBe(`dl${latin}fg`);
    }
    expect(normaliseText('КОВАЛЕНКO')).toBe('коваленко'); // Latin O
    expect(normaliseText('Сергiй')).toBe('сергій'); // Latin i
    expect(normaliseText('ТAPAC Шевченко')).toBe('тарас шевченко'); // no letter of ТAPAC decides: the text does
    expect(normaliseText('MАXIM')).toBe('maxim'); // nothing decides: most letters are Latin
    expect(normaliseText('Ivаn Petrenko')).toBe('ivan petrenko'); // Cyrillic а
  });

  it('leaves words of different scripts alone when each is in one script', () => {
    expect(normaliseText('Коваленко Oleksandr')).toBe('коваленко oleksandr');
  });

  it('is idempotent', () => {
    fc.assert(fc.property(nameText, (s) => normaliseText(normaliseText(s)) === normaliseText(s)), { numRuns: 2000 });
  });
});

describe('exactKey', () => {
  it("drops apostrophes, so Дем'янчук and Демянчук meet", () => {
    expect(exactKey("Дем'янчук")).toBe(exactKey('Демянчук'));
    expect(exactKey('ДЕМ’ЯНЧУК')).toBe('демянчук');
  });

  it('keeps soft signs and letters: it is the exact key', () => {
    expect(exactKey('Демьянчук')).not.toBe(exactKey('Демянчук'));
  });
});
