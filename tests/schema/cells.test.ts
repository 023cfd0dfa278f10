import fc from 'fast-check';
import { describe, expect, it, test } from 'vitest';
import { defaultAgreement } from '../../src/agreement/terms.js';
import { PROFILES } from '../../src/kinds/index.js';
import type { PersonRecord } from '../../src/model.js';
import { showControls } from '../../src/render/visible.js';
import { compileReaders, Refused, remembered, type CellReader } from '../../src/schema/cells.js';
import { DATE_FORMATS_HINT } from '../../src/schema/dates.js';
import type { FieldName } from '../../src/schema/fields.js';
import { interpretTable } from '../../src/schema/records.js';
import { table } from '../helpers.js';

const agreement = defaultAgreement();

/** The reader of one field with nothing remembered yet: the reading of the cell alone. */
const readAlone = (field: FieldName, cell: string) => compileReaders({ [field]: 0 }, agreement)[0]!.read(cell);

// Cells clerks write, good and bad, and arbitrary ones from the letters dates and values use.
const KNOWN = [
  '', '14.03.1988', '1988-03-14', '14.03.88', '31.02.1990', '1899', '19880314', '45000', '60', '14 березня 1988',
  'березень 88', '14.03.1988, м. Київ', '12.05.24', '2030-01-01', 'M', 'ж', 'X', 'wounded_ill|heroes', 'всі на всіх',
  'age_18_25|age_18_25', '|', 'тяжкопоранений', 'здоровий', 'nope', 'підтверджено', 'maybe', 'так', 'ні', 'Коваленко',
  'Ко\u0007валенко', 'x\ufffdy', 'line\nbreak', 'tab\there', 'AA 123456',
];
const arbitrary = fc.string({ unit: fc.constantFrom('1', '9', '0', '.', '-', '/', ' ', '|', ',', 'р', 'я', 'M', '\u0001', '\ufffd'), maxLength: 10 });
const cell = fc.oneof(fc.constantFrom(...KNOWN), arbitrary);

const FIELDS = PROFILES.remains.schema.fields.filter((field) => field !== 'full_name' && field !== 'surname');

/** The record property a field's value lands in, and what it holds for a reading. */
function expectedValue(field: FieldName, reading: unknown): [keyof PersonRecord, unknown] {
  const value = reading instanceof Refused ? reading.kept : reading;
  switch (field) {
    case 'category': return ['categories', (value as string[]).length > 0 ? value : ['all_for_all']];
    case 'medical_commission': return ['medicalCommission', value ?? 'pending'];
    case 'identified': return ['identified', value === undefined ? undefined : value === 'yes'];
    default: return [field.replace(/_(\w)/g, (_, c: string) => c.toUpperCase()) as keyof PersonRecord, value];
  }
}

describe('compiled cell readers', () => {
  test('every bad cell is one finding per problem, at its line and column, and every good cell is its reading', () => {
    const shape = fc.shuffledSubarray(FIELDS, { minLength: 0, maxLength: 8 }).chain((fields) => {
      const columns: FieldName[] = ['surname', ...fields];
      return fc.record({
        columns: fc.shuffledSubarray(columns, { minLength: columns.length, maxLength: columns.length }),
        rows: fc.array(fc.array(cell, { minLength: columns.length, maxLength: columns.length }), { minLength: 1, maxLength: 12 }),
      });
    });
    fc.assert(
      fc.property(shape, ({ columns, rows }) => {
        const { list, findings } = interpretTable(table(columns, rows), {
          side: 'b', schema: PROFILES.remains.schema, label: 'B', agreement, userMap: new Map(),
        });
        const expected: unknown[] = [];
        rows.forEach((cells, index) => {
          const record = list.records[index]!;
          const line = index + 2;
          if (record.rowKind !== undefined) return;
          const id = columns.indexOf('record_id');
          const idReading = id === -1 ? undefined : readAlone('record_id', cells[id]!);
          expect(record.recordId).toBe(typeof idReading === 'string' ? idReading : String(line));
          // Findings go column by column, left to right.
          columns.forEach((field, column) => {
            const reading = readAlone(field, cells[column]!);
            if (reading instanceof Refused) {
              // The finding shows the cell's control characters as `[U+001B]` (findings/make.ts).
              for (const problem of reading.problems) expected.push([line, column + 1, field, showControls(cells[column]!), showControls(problem)]);
            }
            if (field === 'record_id') return;
            const [property, value] = expectedValue(field, reading);
            expect(record[property], `${field} of "${cells[column]}"`).toEqual(value);
          });
        });
        expect(findings.map((f) => [f.b?.line, f.column, f.field, f.bValue, (f.args as { problem: string }).problem])).toEqual(expected);
        expect(findings.every((f) => f.code === 'invalid-value' && f.file === 'list.csv')).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  test('a remembered reader reads every cell as the reader does, however many distinct cells it has seen', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FIELDS), fc.array(cell, { maxLength: 30 }), fc.integer({ min: 0, max: 5 }), (field, cells, limit) => {
        const read = compileReaders({ [field]: 0 }, agreement)[0]!.read as CellReader<unknown>;
        const kept = remembered(read, limit);
        for (const text of cells) expect(kept(text)).toEqual(readAlone(field, text));
      }),
    );
  });

  it('reads the columns in column order, whatever the order of the fields', () => {
    const readers = compileReaders({ sex: 4, surname: 0, date_of_birth: 2 }, agreement);
    expect(readers.map((r) => [r.field, r.column])).toEqual([['surname', 0], ['date_of_birth', 2], ['sex', 4]]);
  });

  it('says what is wrong in the words of an invalid-value finding', () => {
    const problems = (field: FieldName, text: string) => {
      const reading = readAlone(field, text);
      return reading instanceof Refused ? reading.problems : [];
    };
    expect(problems('surname', 'Ко\u0007валенко')).toEqual(['contains a control character or an undecodable byte']);
    expect(problems('notes', 'two\nlines\tand a tab')).toEqual([]);
    expect(problems('sex', 'x')).toEqual(['unknown sex (expected M or F)']);
    expect(problems('medical_status', 'nope')).toEqual(['unknown medical status (expected severely_wounded, seriously_ill, wounded, ill or healthy)']);
    expect(problems('medical_commission', 'maybe')).toEqual(['unknown commission finding (expected confirmed, rejected or pending)']);
    expect(problems('identified', 'perhaps')).toEqual(['unknown identified value (expected yes or no)']);
    expect(problems('category', 'heroes|wounded_ill|x')).toEqual([
      'unknown category "heroes" (agreed: wounded_ill, age_18_25, all_for_all)',
      'unknown category "x" (agreed: wounded_ill, age_18_25, all_for_all)',
    ]);
    expect(problems('date_of_birth', 'soon')).toEqual([`not a date in a known format (${DATE_FORMATS_HINT})`]);
    expect(problems('date_of_birth', '31.02.2001')).toEqual(['not a real day (2001-02 has 28 days)']);
  });

  it("refuses a spreadsheet's error value in a name, an id or a number, and lets a note say it", () => {
    const problems = (field: FieldName, text: string) => {
      const reading = readAlone(field, text);
      return reading instanceof Refused ? reading.problems : [];
    };
    for (const error of ['#N/A', '#REF!', '#VALUE!', '#DIV/0!', '#NAME?', '#n/a', 'Err:502']) {
      for (const field of ['surname', 'given_name', 'record_id', 'service_number'] as const) {
        expect(problems(field, error)).toEqual([`a spreadsheet's error value (${error}), not a value: the formula behind it failed`]);
      }
      expect(problems('notes', error)).toEqual([]);
    }
    // A name that only begins so, or a number sign in a service number, is a value.
    expect(problems('surname', '#N/A Коваль')).toEqual([]);
    expect(problems('service_number', '#123456')).toEqual([]);
  });

  it('keeps the agreed words of a category cell beside an unknown one, once each', () => {
    const reading = readAlone('category', 'age_18_25 | heroes | Aged 18 to 25 | all_for_all');
    expect(reading).toBeInstanceOf(Refused);
    expect((reading as Refused<string[]>).kept).toEqual(['age_18_25', 'all_for_all']);
  });

  it('gives every record of a repeated cell the same value', () => {
    const { list } = interpretTable(table(['surname', 'date_of_birth', 'category'], [['Бондар', '1990', 'wounded_ill'], ['Коваль', '1990', 'wounded_ill']]), {
      side: 'a', schema: PROFILES.pow.schema, label: 'A', agreement, userMap: new Map(),
    });
    const [first, second] = list.records;
    expect(second!.dateOfBirth).toBe(first!.dateOfBirth);
    expect(second!.categories).toBe(first!.categories);
  });
});
