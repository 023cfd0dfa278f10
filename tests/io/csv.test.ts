import { describe, expect, test } from 'vitest';
import { parseCsv } from '../../src/io/csv.js';
import { InputError } from '../../src/errors.js';

const parse = (text: string) => parseCsv(text, 'list.csv');
const lines = (text: string) => parse(text).rows.map((row) => row.line);

function parseError(text: string): InputError {
  try {
    parse(text);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error('the text was accepted');
}

describe('parseCsv: delimiters', () => {
  test.each([
    [',', 'surname,given_name,dob\nIvanenko,Ivan,2001-02-03\n'],
    [';', 'surname;given_name;dob\nIvanenko;Ivan;2001-02-03\n'],
    ['\t', 'surname\tgiven_name\tdob\nIvanenko\tIvan\t2001-02-03\n'],
  ])('%j', (delimiter, text) => {
    expect(parse(text)).toEqual({
      delimiter,
      header: ['surname', 'given_name', 'dob'],
      headerLine: 1,
      rows: [{ line: 2, cells: ['Ivanenko', 'Ivan', '2001-02-03'] }],
    });
  });

  test('a one-column file is comma-delimited', () => {
    expect(parse('surname\nIvanenko\n')).toEqual({
      delimiter: ',',
      header: ['surname'],
      headerLine: 1,
      rows: [{ line: 2, cells: ['Ivanenko'] }],
    });
  });

  test('delimiters inside quotes do not count', () => {
    const result = parse('"a;b;c";d\n"x;y;z";1\n');
    expect(result.delimiter).toBe(';');
    expect(result.header).toEqual(['a;b;c', 'd']);
  });

  test('the delimiter that agrees with the records wins over one that only appears in a header name', () => {
    const result = parse("ПІБ (прізвище, ім'я, по батькові);Дата\nІваненко Іван Іванович;01.02.2001\nПетренко Петро;03.04.2002\n");
    expect(result.delimiter).toBe(';');
    expect(result.header).toEqual(["ПІБ (прізвище, ім'я, по батькові)", 'Дата']);
  });

  test('the most frequent delimiter on the header line wins when the records agree with both', () => {
    expect(parse('a,b,c;d\n1,2,3;4\n').delimiter).toBe(',');
  });
});

describe('parseCsv: lines and rows', () => {
  test('CRLF line endings', () => {
    expect(parse('a,b\r\n1,2\r\n3,4\r\n')).toEqual({
      delimiter: ',',
      header: ['a', 'b'],
      headerLine: 1,
      rows: [
        { line: 2, cells: ['1', '2'] },
        { line: 3, cells: ['3', '4'] },
      ],
    });
  });

  test('CR-only and mixed line endings count as lines too', () => {
    expect(lines('a,b\r1,2\r3,4')).toEqual([2, 3]);
    expect(lines('a,b\n1,2\r\n3,4\r5,6\n')).toEqual([2, 3, 4]);
  });

  test('a quoted cell spanning lines: its row starts where it starts, later rows are not shifted', () => {
    const result = parse('id,notes,x\n1,"first\nsecond\nthird",a\n2,plain,b\n3,"one\ntwo",c\n4,,d\n');
    expect(result.rows).toEqual([
      { line: 2, cells: ['1', 'first\nsecond\nthird', 'a'] },
      { line: 5, cells: ['2', 'plain', 'b'] },
      { line: 6, cells: ['3', 'one\ntwo', 'c'] },
      { line: 8, cells: ['4', '', 'd'] },
    ]);
  });

  test('multi-line quoted cells with CRLF keep their CRLF and count it once', () => {
    const result = parse('id,notes\r\n1,"a\r\nb\r\nc"\r\n2,x\r\n');
    expect(result.rows).toEqual([
      { line: 2, cells: ['1', 'a\r\nb\r\nc'] },
      { line: 5, cells: ['2', 'x'] },
    ]);
  });

  test('a quoted cell that spans lines in the header shifts the rows too', () => {
    expect(parse('"sur\nname",b\n1,2\n')).toEqual({
      delimiter: ',',
      header: ['sur\nname', 'b'],
      headerLine: 1,
      rows: [{ line: 3, cells: ['1', '2'] }],
    });
  });

  test('blank lines (also of spaces only) are skipped; a line of delimiters is a row of empty cells', () => {
    const result = parse('a,b,c,d\n\n1,2,3,4\n   \n,,,\n\r\n\n5,6,7,8\n\n');
    expect(result.rows).toEqual([
      { line: 3, cells: ['1', '2', '3', '4'] },
      { line: 5, cells: ['', '', '', ''] },
      { line: 8, cells: ['5', '6', '7', '8'] },
    ]);
  });

  test('a quoted empty cell is a row, not a blank line', () => {
    expect(parse('a,b\n""\n').rows).toEqual([{ line: 2, cells: ['', ''] }]);
  });

  test('blank lines before the header: the header is the first record, lines stay physical', () => {
    expect(parse('\n\na,b\n1,2\n')).toEqual({ delimiter: ',', header: ['a', 'b'], headerLine: 3, rows: [{ line: 4, cells: ['1', '2'] }] });
  });

  test('short rows are padded with empty cells; long rows keep their extra cells', () => {
    expect(parse('a,b,c\n1\n1,2\n1,2,3,4,5\n').rows).toEqual([
      { line: 2, cells: ['1', '', ''] },
      { line: 3, cells: ['1', '2', ''] },
      { line: 4, cells: ['1', '2', '3', '4', '5'] },
    ]);
  });

  test('cells and header names are trimmed, quoted or not (FEBRL-style space after each comma)', () => {
    expect(parse(' rec_id , given_name, surname\nrec-1-org, michael, "  smith, jr "\n')).toEqual({
      delimiter: ',',
      header: ['rec_id', 'given_name', 'surname'],
      headerLine: 1,
      rows: [{ line: 2, cells: ['rec-1-org', 'michael', 'smith, jr'] }],
    });
  });

  test('a stray quote inside an unquoted cell is text', () => {
    expect(parse('name,height\nO"Brien,5\'10"\n').rows).toEqual([{ line: 2, cells: ['O"Brien', '5\'10"'] }]);
  });

  test('escaped quotes inside a quoted cell', () => {
    expect(parse('a,b\n"say ""hi""",""""\n').rows).toEqual([{ line: 2, cells: ['say "hi"', '"'] }]);
  });

  test('a stray control character stays in its cell', () => {
    expect(parse('a,b\nx\x01y,z\n').rows).toEqual([{ line: 2, cells: ['x\x01y', 'z'] }]);
  });

  test('a header alone is a valid list with no rows', () => {
    expect(parse('surname,given_name')).toEqual({ delimiter: ',', header: ['surname', 'given_name'], headerLine: 1, rows: [] });
    expect(parse('surname,given_name\r\n\r\n').rows).toEqual([]);
  });
});

describe('parseCsv: malformed input', () => {
  test('an empty file has no header', () => {
    for (const text of ['', '\n', '\r\n  \n \n']) {
      const error = parseError(text);
      expect(error.message).toBe('list.csv: the file is empty (no header row)');
    }
  });

  test('an unclosed quote: the line and column where the quoted cell opens', () => {
    const error = parseError('a,b,c\n1,2,3\n4,"unclosed\n5,6,7\n8,9,10\n');
    expect([error.file, error.line, error.column]).toEqual(['list.csv', 3, 2]);
    expect(error.message).toMatch(/^list\.csv:3:2: this quoted cell is never closed/);
  });

  test('an unclosed quote after a multi-line cell and CRLF lines', () => {
    const error = parseError('a;b\r\n"x\r\ny";1\r\n\r\n2;   "open\r\nrest\r\n');
    expect([error.line, error.column]).toEqual([5, 2]);
  });

  test('text after a closing quote: the line and column of the offending text', () => {
    const error = parseError('a,b,c\n1,"multi\nline" tail,3\n');
    expect([error.line, error.column]).toEqual([3, 2]);
    expect(error.detail).toMatch(/text after the closing quote/);
  });

  test('a stray quote that swallows lines: the text after the "closing" quote, and the line where the quoted cell opened', () => {
    const error = parseError('surname,given_name\n"Ko,Ivan\nA,B\nC,"D"\n');
    expect([error.line, error.column]).toEqual([4, 1]);
    expect(error.detail).toMatch(/text after the closing quote.*the quoted cell opened on line 2, and a quote there may be missing its pair/);
    // Within one line there is nothing more to say.
    expect(parseError('a,b\n"x"y,1\n').detail).not.toMatch(/opened on line/);
  });

  test('a no-break space after a closing quote (which csv-parse refuses) is located and named', () => {
    const error = parseError('a,b\n"q"\u00a0,x\n');
    expect([error.line, error.column]).toEqual([2, 1]);
    expect(error.detail).toMatch(/no-break space/);
  });

  test('no csv-parse wording reaches the user', () => {
    const error = parseError('a,b\n"x"y,1\n');
    expect(error.message).not.toMatch(/CSV_|Invalid Closing Quote|non trimable/);
  });
});

describe('parseCsv: title rows above the header', () => {
  test('a title row without delimiters does not decide the delimiter', () => {
    expect(parse('Список військовополонених\nПрізвище;Ім\'я;Дата\nКоваль;Іван;2001\nБондар;Петро;1999\n').delimiter).toBe(';');
  });
  test('nor does a title row that holds a comma', () => {
    const result = parse('Список військовополонених, обмін 2025\nПрізвище;Ім\'я;Дата\nКоваль;Іван;2001\nБондар;Петро;1999\n');
    expect(result.delimiter).toBe(';');
    expect(result.header).toEqual(['Список військовополонених, обмін 2025']);
    expect(result.rows.map((row) => row.line)).toEqual([2, 3, 4]);
  });
});
