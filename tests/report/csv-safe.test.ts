import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { counted, csvChunks, csvPieces, csvStart, csvText, rowsOf, safeCell, toCsv } from '../../src/render/csv-safe.js';

describe('formula injection', () => {
  it.each(['=SUM(A1)', '+1', '-2+3', '@cmd', '\tx', '\rx'])('neutralises %j', (cell) => {
    expect(safeCell(cell)).toBe(`'${cell}`);
  });

  it('neutralises exactly the cells a spreadsheet would read as a formula', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', ' ', '<', '>').chain((c) => fc.string().map((s) => c + s))), (cell) => {
        expect(safeCell(cell)).toBe(/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell);
      }),
    );
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

describe('CSV text made a chunk at a time', () => {
  const cell = fc.oneof(fc.string(), fc.constantFrom('a,b', 'say "no"', 'two\nlines', 'cr\r', '=1+1', ';', ''), fc.integer(), fc.constant(undefined));
  it('is the same text whatever the chunk size (the worker thread takes 1,024 rows, this thread 256), for Excel too', () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { maxLength: 40 }), fc.integer({ min: 1, max: 7 }), fc.boolean(), (rows, size, excel) => {
        const style = { excel };
        const whole = toCsv(['x', 'y', 'z'], rows, style);
        const chunked = csvStart(style) + [...csvChunks(['x', 'y', 'z'], rows, size)].map((chunk) => csvText(chunk, style)).join('');
        expect(chunked).toBe(whole);
      }),
    );
  });
});

describe('a table telling its rows as they are made', () => {
  it('tells the rows made every 4,096, as they are asked for, and writes the same text', () => {
    const items = Array.from({ length: 10_000 }, (_, i) => i);
    const table = () => rowsOf(['n', 'square'], items, (i) => [i, i * i]);
    const told: number[] = [];
    const source = counted(table(), (rows) => told.push(rows));
    // Nothing is made before it is asked for.
    expect(told).toEqual([]);
    const pieces = csvPieces(source.header, source.rows);
    const text = [...pieces].join('');
    expect(told).toEqual([0, 4_096, 8_192]);
    expect(text).toBe([...csvPieces(table().header, table().rows)].join(''));
    expect(source.count).toBe(10_000);
  });

  it('is the table itself when no one asks', () => {
    const table = rowsOf(['n'], [1, 2], (i) => [i]);
    expect(counted(table, undefined)).toBe(table);
  });
});
