import fc from 'fast-check';
import { stringify } from 'csv-stringify/sync';
import { describe, expect, test } from 'vitest';
import { parseCsv } from '../../src/io/csv.js';
import { InputError } from '../../src/errors.js';

const cellText = fc.string({
  unit: fc.constantFrom('a', 'Z', '7', 'Я', 'і', 'Ї', 'ґ', ' ', '\u00a0', '\t', ',', ';', '"', "'", '\n', '\r', '\r\n'),
  maxLength: 12,
});
// Header names are words: a header that itself holds delimiters is a question for detection,
// tested by example, not the round trip this property is about.
const headerText = fc.string({ unit: fc.constantFrom('a', 'b', 'Я', 'і', '_', ' '), maxLength: 8 });

// At least two columns: in a one-column file an empty cell and a blank line are the same text.
const table = fc.integer({ min: 2, max: 5 }).chain((columns) =>
  fc.record({
    header: fc.array(headerText, { minLength: columns, maxLength: columns }),
    rows: fc.array(fc.array(cellText, { minLength: columns, maxLength: columns }), { maxLength: 8 }),
    delimiter: fc.constantFrom(',' as const, ';' as const, '\t' as const),
    lineEnd: fc.constantFrom('unix' as const, 'windows' as const),
  }),
);

const lineBreaks = (cells: string[]) => cells.reduce((n, cell) => n + (cell.match(/\r\n|\r|\n/g)?.length ?? 0), 0);

describe('parseCsv properties', () => {
  test('csv-stringify → parseCsv gives back the trimmed cells and the line where each row starts', () => {
    fc.assert(
      fc.property(table, ({ header, rows, delimiter, lineEnd }) => {
        const text = stringify([header, ...rows], { delimiter, record_delimiter: lineEnd, quote_record_delimiter: true });
        let line = 1 + 1 + lineBreaks(header);
        const expectedRows = rows.map((cells) => {
          const row = { line, cells: cells.map((cell) => cell.trim()) };
          line += 1 + lineBreaks(cells);
          return row;
        });
        expect(parseCsv(text, 'list.csv')).toEqual({
          delimiter,
          header: header.map((name) => name.trim()),
          headerLine: 1,
          rows: expectedRows,
        });
      }),
      { numRuns: 500 },
    );
  });

  test('any text either parses or is refused with a located InputError', () => {
    const anyText = fc.string({ unit: fc.constantFrom('a', 'Я', ' ', '\u00a0', '\v', ',', ';', '\t', '"', '\n', '\r'), maxLength: 40 });
    fc.assert(
      fc.property(anyText, (text) => {
        try {
          parseCsv(text, 'list.csv');
        } catch (error) {
          expect(error).toBeInstanceOf(InputError);
          const { line, detail } = error as InputError;
          if (line === undefined) expect(detail).toBe('the file is empty (no header row)');
          else expect(detail).toMatch(/quoted cell/);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
