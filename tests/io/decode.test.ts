import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { decodeBytes } from '../../src/io/decode.js';
import { InputError } from '../../src/errors.js';
import { encodeWindows1251 } from './windows-1251.js';

const TEXT = "прізвище,ім'я,фамилия,Ёлкин\nІваненко,Ґалина,Єрмак,ё№1\n";

function utf16le(text: string): Buffer {
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
}

function utf16be(text: string): Buffer {
  return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
}

function refusal(bytes: Uint8Array): InputError {
  try {
    decodeBytes(bytes, 'list.csv');
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error('the bytes were accepted');
}

describe('decodeBytes: encodings', () => {
  test('UTF-8 without BOM', () => {
    // The file's own bytes come back too: the text is exactly their UTF-8, so csv-parse reads them.
    expect(decodeBytes(Buffer.from(TEXT), 'list.csv')).toEqual({ text: TEXT, encoding: 'utf-8', utf8: Buffer.from(TEXT) });
  });

  test('UTF-8 with BOM: the BOM is stripped', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)]);
    expect(decodeBytes(bytes, 'list.csv')).toEqual({ text: TEXT, encoding: 'utf-8', utf8: Buffer.from(TEXT) });
  });

  test('UTF-8 with BOM and a malformed byte: the byte becomes U+FFFD, the file is still UTF-8', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('a,b\n1,'), Buffer.from([0xff])]);
    expect(decodeBytes(bytes, 'list.csv')).toEqual({ text: 'a,b\n1,\ufffd', encoding: 'utf-8' });
  });

  test('UTF-16LE with BOM', () => {
    expect(decodeBytes(utf16le(TEXT), 'list.csv')).toEqual({ text: TEXT, encoding: 'utf-16le' });
  });

  test('UTF-16BE with BOM', () => {
    expect(decodeBytes(utf16be(TEXT), 'list.csv')).toEqual({ text: TEXT, encoding: 'utf-16be' });
  });

  test('bytes that are not valid UTF-8 are Windows-1251', () => {
    expect(decodeBytes(encodeWindows1251(TEXT), 'list.csv')).toEqual({ text: TEXT, encoding: 'windows-1251' });
  });

  test('plain ASCII is UTF-8', () => {
    expect(decodeBytes(Buffer.from('a,b\n1,2\n'), 'list.csv').encoding).toBe('utf-8');
  });

  test('an empty file decodes to empty text (the parser says it is empty)', () => {
    expect(decodeBytes(new Uint8Array(), 'list.csv')).toEqual({ text: '', encoding: 'utf-8', utf8: new Uint8Array() });
  });
});

describe('decodeBytes: what is not text is refused, with a hint', () => {
  test('a ZIP container (.xlsx)', () => {
    const error = refusal(Buffer.from('PK\x03\x04\x14\x00\x06\x00[Content_Types].xml', 'latin1'));
    expect(error.file).toBe('list.csv');
    expect(error.detail).toMatch(/ZIP.*save it as CSV/);
    expect(error.message).toMatch(/^list\.csv: /);
  });

  test('an old .xls workbook (OLE)', () => {
    expect(refusal(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0x41])).detail).toMatch(/\.xls.*CSV/);
  });

  test('a PDF', () => {
    expect(refusal(Buffer.from('%PDF-1.7\n%âãÏÓ\n')).detail).toMatch(/PDF/);
  });

  test('random bytes with NULs and controls on every line', () => {
    let seed = 7;
    const bytes = Uint8Array.from({ length: 4096 }, () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) >>> 16 & 0xff);
    expect(refusal(bytes).detail).toMatch(/not a text CSV file/);
  });

  test('a PNG image', () => {
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]), Buffer.alloc(200, 0), Buffer.from('IDAT\x00\x01\x02\x03\n\x00\x00\x10', 'latin1')]);
    expect(refusal(png).detail).toMatch(/not a text CSV file/);
  });

  test('UTF-16 without BOM: NUL bytes, and a hint about it', () => {
    expect(refusal(Buffer.from('a,b\n1,2\n', 'utf16le')).detail).toMatch(/NUL.*UTF-16 without a byte order mark/);
  });

  test('Cyrillic UTF-16 without BOM, little- or big-endian, is told as such (it was "control characters all through it")', () => {
    const text = "Прізвище;Ім'я;По батькові\nКоваленко;Олександр;Іванович\nШевчук;Марія;Петрівна\n".repeat(3);
    const little = Buffer.from(text, 'utf16le');
    const big = Buffer.from(little).swap16();
    for (const bytes of [little, big]) {
      expect(refusal(bytes).detail).toMatch(/Cyrillic text in UTF-16 without a byte order mark .* save it as UTF-8/);
    }
    // With its byte order mark it is read.
    expect(decodeBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), little]), 'x.csv').text).toBe(text);
  });

  test('a high share of control characters', () => {
    const bytes = Uint8Array.from({ length: 400 }, (_, i) => (i % 4 === 0 ? 1 + (i % 8) : 0x41));
    expect(refusal(bytes).detail).toMatch(/control characters/);
  });

  test('a few stray control characters in cells do not make the file binary', () => {
    const text = 'a,b\n\x01x,y\x1b\nq,\x7f\n';
    expect(decodeBytes(Buffer.from(text), 'list.csv')).toEqual({ text, encoding: 'utf-8', utf8: Buffer.from(text) });
  });

  test('NUL bytes inside three cells spoil those cells, not the file', () => {
    const text = 'surname,given_name\nIvanenko\0,Petro\nBondar,\0\0Ivan\nShevchenko,Taras\0\n';
    expect(decodeBytes(Buffer.from(text), 'list.csv')).toEqual({ text, encoding: 'utf-8', utf8: Buffer.from(text) });
  });

  test('a NUL byte in a Windows-1251 file stays in its cell', () => {
    const text = 'прізвище,ім\'я\nІваненко\0,Петро\n';
    expect(decodeBytes(encodeWindows1251(text), 'list.csv')).toEqual({ text, encoding: 'windows-1251' });
  });

  test('one long cell padded with NULs, on one line of many, is a spoilt cell', () => {
    const rows = Array.from({ length: 50 }, (_, i) => `name${i},x`);
    rows[10] = `name10,${'\0'.repeat(2000)}`;
    const text = `surname,notes\n${rows.join('\n')}\n`;
    expect(decodeBytes(Buffer.from(text), 'list.csv').text).toBe(text);
  });

  test('a single control character in a tiny file is still accepted', () => {
    expect(decodeBytes(Buffer.from('a\n\x02'), 'list.csv').text).toBe('a\n\x02');
  });
});

describe('decodeBytes: the bytes csv-parse reads', () => {
  test('are exactly the UTF-8 of the text whenever they are given, BOM or none; a file not UTF-8 gives none', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.boolean(), (text, bom) => {
        const bytes = Buffer.concat([Buffer.from(bom ? [0xef, 0xbb, 0xbf] : []), Buffer.from(text)]);
        let decoded;
        try {
          decoded = decodeBytes(bytes, 'list.csv');
        } catch {
          return; // refused as binary: nothing to parse
        }
        if (decoded.encoding === 'utf-8') expect(decoded.utf8 && Buffer.from(decoded.utf8).equals(Buffer.from(decoded.text))).toBe(true);
        else expect(decoded.utf8).toBeUndefined();
      }),
    );
    expect(decodeBytes(encodeWindows1251(TEXT), 'list.csv').utf8).toBeUndefined();
    // A malformed byte after a BOM becomes U+FFFD in the text: those are not the file's bytes.
    expect(decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf, 0x61, 0xff])]), 'list.csv').utf8).toBeUndefined();
  });
});
