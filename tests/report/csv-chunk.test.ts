import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { packChunk, unpackChunk } from '../../src/render/csv-chunk.js';

describe('a chunk of cells packed for the CSV worker', () => {
  it('comes back as the same cells, to the code unit, whatever the rows hold', () => {
    // Rows of any width (none too), cells of any text: empty, lone surrogates, astral characters, separators.
    const cell = fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), fc.constantFrom('', ',', '"', '\n', '\ud800', '\udc00x'));
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 20 }), { maxLength: 30 }), (rows) => {
        const packed = packChunk(rows);
        expect(packed.texts).toHaveLength(rows.length);
        expect(unpackChunk(packed)).toEqual(rows);
      }),
    );
  });

  it('sends one text a row and the lengths in a typed array of their own', () => {
    const packed = packChunk([['Коваленко', '', 'UA-1'], ['x']]);
    expect(packed.texts).toEqual(['КоваленкоUA-1', 'x']);
    expect([...packed.lengths]).toEqual([3, 9, 0, 4, 1, 1]);
    expect(packed.lengths.buffer.byteLength).toBe(6 * 4);
  });
});
