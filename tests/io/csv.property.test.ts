import fc from 'fast-check';
import { stringify } from 'csv-stringify/sync';
import { describe, expect, test } from 'vitest';
import { eachRecord, parseCsv } from '../../src/io/csv.js';
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

  test("records taken from csv-parse's parser directly are its sync reader's, with the same blank lines and bytes counted", () => {
    const anyText = fc.string({ unit: fc.constantFrom('a', 'Я', ' ', '\u00a0', ',', ';', '"', '\n', '\r', '\r\n'), maxLength: 60 });
    const options = { delimiter: ',', record_delimiter: ['\r\n', '\n', '\r'], trim: true, relax_quotes: true, relax_column_count: true, skip_empty_lines: true };
    // Each record with the counts as they stood when it was read; an error by its code.
    const read = (text: string, direct: boolean) => {
      const seen: Array<{ cells: string[]; emptyLines: number; bytes: number }> = [];
      try {
        eachRecord(text, options, (cells, context) => seen.push({ cells: [...cells], emptyLines: context.empty_lines, bytes: context.bytes }), direct);
      } catch (error) {
        return { seen, error: (error as { code?: string }).code };
      }
      return { seen, error: undefined };
    };
    fc.assert(
      fc.property(anyText, (text) => {
        const direct = read(text, true);
        expect(direct).toEqual(read(text, false));
      }),
      { numRuns: 2000 },
    );
    // What is compared is what parseCsvRows uses: blank lines before a record, bytes read past it.
    expect(read('a,b\n\n \nc,d\n', true)).toEqual({
      seen: [{ cells: ['a', 'b'], emptyLines: 0, bytes: 4 }, { cells: ['c', 'd'], emptyLines: 2, bytes: 11 }],
      error: undefined,
    });
  });

  test('a record that throws stops the reading, by either path', () => {
    for (const direct of [true, false]) {
      const lines: number[] = [];
      expect(() =>
        eachRecord('a\nb\nc\n', { delimiter: ',' }, (cells) => {
          lines.push(lines.length);
          if (cells[0] === 'b') throw new InputError('list.csv', 'stop', 2);
        }, direct),
      ).toThrow(InputError);
      expect(lines).toEqual([0, 1]);
    }
  });
});
