// .xlsx in and out, through the built command: workbook inputs, --sheet, --excel, --xlsx, and
// decisions typed into report.xlsx.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { exchange, tempDir } from './run.js';

const UA = 'fixtures/pow/ua.csv';
const RU = 'fixtures/pow/ru.csv';
type Row = Record<string, string>;
const readCsv = (path: string) => parse(readFileSync(path), { columns: true, bom: true }) as Row[];
// The fixtures: ua.csv is `;`-separated, ru.csv `,`-separated.
const csvRows = (path: string) => parse(readFileSync(path), { delimiter: path === UA ? ';' : ',', relax_column_count: true }) as string[][];

/** A fixture list as a workbook, each cell through `cell` (by default the text itself). */
async function listWorkbook(path: string, target: string, options: { cell?: (text: string, row: number, column: number) => ExcelJS.CellValue; before?: string[] } = {}): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const name of options.before ?? []) wb.addWorksheet(name).addRow(['not a list']);
  const ws = wb.addWorksheet('Список');
  csvRows(path).forEach((cells, r) => ws.addRow(cells.map((text, c) => (options.cell ? options.cell(text, r + 1, c + 1) : text))));
  await wb.xlsx.writeFile(target);
  return target;
}

async function loadXlsx(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

const DMY = /^(\d\d)\.(\d\d)\.(\d{4})$/;

describe('.xlsx lists', () => {
  const dir = tempDir();
  let ua: string;
  let ru: string;
  beforeAll(async () => {
    // Side A with its dates of birth as date cells and one surname as a formula with its cached
    // result; side B with its row numbers as number cells.
    ua = await listWorkbook(UA, join(dir, 'ua.xlsx'), {
      cell: (text, row, column) => {
        const dmy = DMY.exec(text);
        const date = dmy && new Date(`${dmy[3]}-${dmy[2]}-${dmy[1]}T00:00:00Z`);
        // A real date becomes a date cell; 31.02.2001 stays text (and stays invalid).
        if (row > 1 && column === 5 && date && date.toISOString().startsWith(`${dmy[3]}-${dmy[2]}-${dmy[1]}`)) return date;
        if (row === 2 && column === 2) return { formula: 'PROPER("білоус")', result: text };
        return text;
      },
    });
    ru = await listWorkbook(RU, join(dir, 'ru.xlsx'), { cell: (text, row, column) => (row > 1 && column === 1 && /^\d+$/.test(text) ? Number(text) : text) });
  });

  it('reconcile reads two title-less workbooks as it reads the CSV lists', () => {
    const fromCsv = exchange(['reconcile', UA, RU, '--out', join(dir, 'csv')]);
    const fromXlsx = exchange(['reconcile', ua, ru, '--out', join(dir, 'xlsx')]);
    expect(fromXlsx.stderr).toBe('');
    expect(fromXlsx.status).toBe(fromCsv.status);
    for (const file of ['ledger.csv', 'review.csv']) {
      expect(readFileSync(join(dir, 'xlsx', file), 'utf8')).toBe(readFileSync(join(dir, 'csv', file), 'utf8'));
    }
    const summary = JSON.parse(readFileSync(join(dir, 'xlsx', 'summary.json'), 'utf8')) as { inputs: Array<{ sha256: string; path: string }> };
    expect(summary.inputs.map((i) => i.sha256)).toEqual([ua, ru].map((p) => createHash('sha256').update(readFileSync(p)).digest('hex')));
  });

  it('an invalid cell is located by sheet row and column', () => {
    const rows = readCsv(join(dir, 'xlsx', 'discrepancies.csv'));
    const messages = rows.filter((r) => r.code === 'invalid-value').map((r) => r.message);
    expect(messages).toContain(`${ua}:5:9: category "цивільні": unknown category "цивільні" (agreed: wounded_ill, age_18_25, all_for_all)`);
    expect(messages.some((m) => m?.startsWith(`${ua}:32:5: date_of_birth "31.02.2001"`))).toBe(true);
  });

  it('--sheet picks a sheet by name; an unknown one is exit 2 naming the file and listing the sheets', async () => {
    const book = await listWorkbook(UA, join(dir, 'book.xlsx'), { before: ['Титул'] });
    const picked = exchange(['validate', book, '--sheet', 'Список', '--fail-on', 'never', '--format', 'json']);
    expect(picked.status).toBe(0);
    const first = exchange(['validate', book, '--fail-on', 'never']);
    expect(first.status).toBe(2);
    const unknown = exchange(['reconcile', book, ru, '--sheet', 'Аркуш1']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain(`${book}: has no sheet "Аркуш1" (its sheets: "Титул", "Список")`);
  });

  it('--sheet beside CSV lists only is said on stderr (it was passed over without a word); beside a workbook it is not', async () => {
    const book = await listWorkbook(UA, join(dir, 'sheets.xlsx'), { before: ['Титул'] });
    const csv = exchange(['reconcile', UA, RU, '--sheet', 'Список', '--format', 'json']);
    expect(csv.status).toBe(1);
    expect(csv.stderr).toContain(`exchange: --sheet "Список": none of ${UA}, ${RU} is an .xlsx workbook; it is not used`);
    expect(exchange(['validate', UA, '--sheet', 'Список']).stderr).toContain(`exchange: --sheet "Список": ${UA} is not an .xlsx workbook; it is not used`);
    expect(exchange(['reconcile', book, RU, '--sheet', 'Список', '--format', 'json']).stderr).not.toContain('--sheet');
  });

  it('a formula without a saved result is an empty cell, with a warning on stderr naming the cell', async () => {
    const unsaved = await listWorkbook(RU, join(dir, 'unsaved.xlsx'), { cell: (text, row, column) => (row === 3 && column === 7 ? { formula: 'UPPER(G2)' } : text) });
    const run = exchange(['reconcile', ua, unsaved, '--fail-on', 'never']);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe(`${unsaved}:3:7: warning: the formula in G3 has no saved result (formulas are not calculated); read as an empty cell\n`);
  });

  it('a workbook may come on standard input', () => {
    const run = exchange(['reconcile', '-', ru, '--format', 'json'], { input: readFileSync(ua) });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout).inputs[0].sha256).toBe(createHash('sha256').update(readFileSync(ua)).digest('hex'));
  });
});

describe('--excel and --xlsx', () => {
  const dir = tempDir();
  const out = join(dir, 'out');
  const run = exchange(['reconcile', UA, RU, '--out', out, '--excel', '--xlsx']);
  const plain = join(dir, 'plain');
  exchange(['reconcile', UA, RU, '--out', plain]);

  it('--excel writes the CSV files with a BOM and ; and the same cells, numbers with a decimal comma', () => {
    expect(run.stdout).toContain(`${join(out, 'report.xlsx')}`);
    for (const file of ['ledger.csv', 'discrepancies.csv', 'review.csv']) {
      const bytes = readFileSync(join(out, file));
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(bytes.subarray(3).toString('utf8').split('\n', 1)[0]).toMatch(/^[a-z_]+(;[a-z_]+)+$/);
      const excelRows = parse(bytes, { bom: true, delimiter: ';' }) as string[][];
      // The score is the only number with decimals: Excel on a Ukrainian or Russian Windows reads
      // 14.05 as a date (14 May) and 38.51 as text; a text cell (a date of birth, 14.05.1990) stays.
      const plainRows = parse(readFileSync(join(plain, file))) as string[][];
      const score = plainRows[0]!.indexOf('score');
      expect(excelRows).toEqual(plainRows.map((row, r) => row.map((cell, c) => (r > 0 && c === score ? cell.replace('.', ',') : cell))));
      if (score >= 0) expect(excelRows.slice(1).some((row) => /^-?\d+,\d\d$/.test(row[score]!))).toBe(true);
      expect([...readFileSync(join(plain, file)).subarray(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf]);
    }
    expect(readFileSync(join(out, 'summary.json'), 'utf8')).toBe(readFileSync(join(plain, 'summary.json'), 'utf8'));
  });

  it('--xlsx writes report.xlsx: the three reports as sheets with the CSV cells, frozen headers and filters', async () => {
    const wb = await loadXlsx(join(out, 'report.xlsx'));
    expect(wb.worksheets.map((s) => s.name)).toEqual(['ledger', 'discrepancies', 'review']);
    for (const sheet of wb.worksheets) {
      const csv = parse(readFileSync(join(plain, `${sheet.name}.csv`))) as string[][];
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.autoFilter).toMatch(/^A1:[A-Z]+1$/);
      expect(sheet.getColumn(1).width).toBeGreaterThan(5);
      const cells: string[][] = [];
      sheet.eachRow((row) => {
        const values: string[] = [];
        for (let c = 1; c <= csv[0]!.length; c++) {
          const cell = row.getCell(c);
          const value = cell.value;
          // A score is a number cell shown with two decimals (numFmt 0.00), as the CSV writes it.
          const decimals = /^0\.(0+)$/.exec(String(cell.numFmt ?? ''))?.[1]?.length;
          values.push(value === null || value === undefined ? '' : typeof value === 'number' && decimals ? value.toFixed(decimals) : String(value));
        }
        cells.push(values);
      });
      expect(cells).toEqual(csv);
      const score = (sheet.getRow(1).values as string[]).indexOf('score');
      if (score > 0 && sheet.rowCount > 1) expect(typeof sheet.getCell(2, score).value, `${sheet.name}: a score is a number`).toBe('number');
    }
  });

  it('report.xlsx is byte-identical on a rerun', () => {
    const again = join(dir, 'again');
    exchange(['reconcile', UA, RU, '--out', again, '--xlsx']);
    expect(readFileSync(join(again, 'report.xlsx')).equals(readFileSync(join(out, 'report.xlsx')))).toBe(true);
  });

  it('--xlsx without --out is exit 2', () => {
    const bare = exchange(['reconcile', UA, RU, '--xlsx']);
    expect(bare.status).toBe(2);
    expect(bare.stderr).toContain('--out');
  });
});

describe('decisions typed into report.xlsx', () => {
  const dir = tempDir();
  exchange(['reconcile', UA, RU, '--out', join(dir, 'first'), '--xlsx']);
  const review = readCsv(join(dir, 'first', 'review.csv'));

  async function decide(decision: (row: number) => string, target: string): Promise<string> {
    const wb = await loadXlsx(join(dir, 'first', 'report.xlsx'));
    const sheet = wb.getWorksheet('review')!;
    const column = (sheet.getRow(1).values as string[]).indexOf('decision');
    for (let row = 2; row <= sheet.rowCount; row++) sheet.getCell(row, column).value = decision(row);
    await wb.xlsx.writeFile(target);
    return target;
  }

  it('--decisions report.xlsx reads the review sheet as it reads review.csv', async () => {
    expect(review.length).toBeGreaterThan(0);
    const decided = await decide(() => 'Так', join(dir, 'decided.xlsx'));
    const run = exchange(['reconcile', UA, RU, '--out', join(dir, 'second'), '--xlsx', '--decisions', decided]);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(new RegExp(`Decisions: ${review.length} applied`));
    const ledger = readCsv(join(dir, 'second', 'ledger.csv'));
    for (const pair of review) {
      expect(ledger.find((r) => r.a_record_id === pair.a_record_id)).toMatchObject({ status: 'matched', b_record_id: pair.b_record_id, decision: 'same' });
    }
    const again = (await loadXlsx(join(dir, 'second', 'report.xlsx'))).getWorksheet('review')!;
    expect(again.getCell(2, 4).value).toBe('same');
  });

  it('a bad decision names the file, the sheet row and the column', async () => {
    const bad = await decide((row) => (row === 2 ? 'maybe' : ''), join(dir, 'bad.xlsx'));
    const run = exchange(['reconcile', UA, RU, '--decisions', bad]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`${bad}:2:4: decision "maybe" is neither same nor different`);
  });

  it('a workbook without a review sheet is exit 2 listing its sheets', async () => {
    const other = await listWorkbook(UA, join(dir, 'list.xlsx'));
    const run = exchange(['reconcile', UA, RU, '--decisions', other]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`${other}: has no sheet "review" (its sheets: "Список")`);
  });
});
