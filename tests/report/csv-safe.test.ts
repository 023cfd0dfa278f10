import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeCell, toCsv } from '../../src/render/csv-safe.js';

describe('formula injection', () => {
  it.each(['=SUM(A1)', '+1', '-2+3', '@cmd', '\tx', '\rx'])('neutralises %j', (cell) => {
    expect(safeCell(cell)).toBe(`'${cell}`);
  });

  it('leaves ordinary text alone and writes our own numbers as numbers', () => {
    expect(safeCell('Коваленко')).toBe('Коваленко');
    expect(toCsv(['score', 'name'], [[-1.5, '-x']])).toBe("score,name\n-1.5,'-x\n");
  });

  it('no written text cell can start a formula', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string(), { minLength: 2, maxLength: 2 }), { maxLength: 5 }), (rows) => {
        const parsed = parse(toCsv(['x', 'y'], rows)) as string[][];
        for (const row of parsed) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
        expect(parsed).toHaveLength(rows.length + 1);
      }),
    );
  });
});
