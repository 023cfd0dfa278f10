import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fixed, toCsv, type ReportTable } from '../../src/render/csv-safe.js';
import { EXCEL_CELL_MAX, reportXlsx, sheetText, setZipTimes, workbookTime } from '../../src/report/xlsx.js';
import { setLanguage } from '../../src/i18n/lang.js';

const table = (header: string[], rows: ReportTable['rows']): ReportTable => ({ header, rows });
const sheets = () => ({
  ledger: table(['status', 'a_line', 'surname'], [['matched', 2, 'Коваленко'], ['only_a', 3, '=HYPERLINK("http://x")']]),
  discrepancies: table(['code', 'message'], [['only-in-a', '-1 a long message that should widen its column a good deal']]),
  review: table(['a_record_id', 'b_record_id', 'decision'], []),
});
const TIME = workbookTime({ reference_date: '2025-06-02' });

async function load(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('report.xlsx', () => {
  it('has the three sheets, frozen header rows, autofilters and readable column widths', async () => {
    const wb = await load(await reportXlsx(sheets(), TIME));
    expect(wb.worksheets.map((s) => s.name)).toEqual(['ledger', 'discrepancies', 'review']);
    for (const sheet of wb.worksheets) {
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.getRow(1).font?.bold).toBe(true);
    }
    expect(wb.getWorksheet('ledger')!.autoFilter).toBe('A1:C1');
    expect(wb.getWorksheet('review')!.autoFilter).toBe('A1:C1');
    const discrepancies = wb.getWorksheet('discrepancies')!;
    expect(discrepancies.getColumn(1).width).toBeGreaterThanOrEqual(9);
    expect(discrepancies.getColumn(2).width).toBe(60);
    expect(wb.created).toEqual(TIME);
    expect(wb.modified).toEqual(TIME);
  });

  it('has the cells of the CSV files: numbers as numbers, text as strings with the formula-injection rule', async () => {
    const ledger = (await load(await reportXlsx(sheets(), TIME))).getWorksheet('ledger')!;
    expect(ledger.getRow(2).values).toEqual([undefined, 'matched', 2, 'Коваленко']);
    const cell = ledger.getCell('C3');
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.value).toBe(`'=HYPERLINK("http://x")`);
    expect(toCsv(['surname'], [['=HYPERLINK("http://x")']])).toContain(`'=HYPERLINK`);
  });

  it('cuts a cell longer than Excel holds (32,767 characters), saying so in the run\'s language and where the whole text is', async () => {
    setLanguage('uk');
    try {
      const note = 'x'.repeat(40_000);
      const long = { ledger: table(['status', 'a_note'], [['matched', note], ['matched', 'Коваленко'], ['matched', '=' + 'y'.repeat(EXCEL_CELL_MAX)]]), discrepancies: table(['code'], []), review: table(['decision'], []) };
      const ledger = (await load(await reportXlsx(long, TIME))).getWorksheet('ledger')!;
      const cells = [2, 3, 4].map((row) => String(ledger.getCell(row, 2).value));
      for (const cell of cells) expect(cell.length).toBeLessThanOrEqual(EXCEL_CELL_MAX);
      expect(cells[0]).toMatch(/^x+… \[обрізано: текст довжиною 40000 не вміщується в клітинку аркуша; повністю — у файлі ledger\.csv\]$/);
      expect(cells[1]).toBe('Коваленко');
      // Never half of a surrogate pair: one of the two offsets puts the cut inside a pair.
      for (const emoji of ['😀'.repeat(20_000), `a${'😀'.repeat(20_000)}`]) {
        const cut = sheetText(emoji, 'ledger.csv');
        expect(cut.length).toBeLessThanOrEqual(EXCEL_CELL_MAX);
        expect(cut).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
      }
      expect(cells[2]!.startsWith("'=yyy")).toBe(true);
      expect(cells[2]).toContain('32769');
    } finally {
      setLanguage('en');
    }
  });

  it('a score is the number the CSV file writes (38.51), not the unrounded one only shown so', async () => {
    const scored = { ledger: table(['status', 'score'], [['matched', fixed(38.511135203879455, 2)]]), discrepancies: table(['code'], []), review: table(['decision'], []) };
    const cell = (await load(await reportXlsx(scored, TIME))).getWorksheet('ledger')!.getCell('B2');
    expect(cell.value).toBe(38.51);
    expect(cell.numFmt).toBe('0.00');
    expect(toCsv(['score'], [[fixed(38.511135203879455, 2)]])).toBe('score\n38.51\n');
  });

  it('is byte-identical whenever it is written', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2031-03-04T05:06:07Z'));
    const first = await reportXlsx(sheets(), TIME);
    vi.setSystemTime(new Date('2040-11-12T13:14:15Z'));
    const second = await reportXlsx(sheets(), TIME);
    expect(second.equals(first)).toBe(true);
  });

  it('the fixed time is the reference date, or a constant where a ZIP cannot hold it', () => {
    expect(TIME.toISOString()).toBe('2025-06-02T00:00:00.000Z');
    expect(workbookTime({ reference_date: '1975-01-01' }).toISOString()).toBe('2000-01-01T00:00:00.000Z');
  });

  it('setZipTimes rewrites every entry of the archive', async () => {
    const bytes = await reportXlsx(sheets(), TIME);
    const copy = Buffer.from(bytes);
    setZipTimes(copy, new Date(Date.UTC(1999, 11, 31, 23, 59, 58)));
    expect(copy.equals(bytes)).toBe(false);
    // DOS date of 1999-12-31 at every local header (offset 12 from the signature).
    let at = copy.indexOf('PK\x03\x04', 0, 'latin1');
    let count = 0;
    while (at >= 0) {
      expect(copy.readUInt16LE(at + 12)).toBe(((1999 - 1980) << 9) | (12 << 5) | 31);
      count++;
      at = copy.indexOf('PK\x03\x04', at + 4, 'latin1');
    }
    expect(count).toBeGreaterThan(5);
    await expect(load(copy)).resolves.toBeDefined();
  });
});

describe('--excel CSV', () => {
  it('is UTF-8 with a BOM and ; between cells, numbers with a decimal comma; the default has none of them', () => {
    const rows = [['Коваленко; Іван', 1.5, '=1']];
    expect(toCsv(['name', 'score', 'x'], rows, { excel: true })).toBe("\ufeffname;score;x\n\"Коваленко; Іван\";1,5;'=1\n");
    expect(toCsv(['name', 'score', 'x'], rows)).toBe("name,score,x\nКоваленко; Іван,1.5,'=1\n");
  });

  it('writes a score such as 14.05 as 14,05, which Excel on a Ukrainian or Russian Windows reads as a number, not as 14 May', () => {
    const rows = [[fixed(14.05, 2), fixed(-0.5, 2), 7, '14.05', '14.05.1990']];
    expect(toCsv(['score', 'low', 'a_line', 'a_record_id', 'date_of_birth'], rows, { excel: true })).toBe('\ufeffscore;low;a_line;a_record_id;date_of_birth\n14,05;-0,50;7;14.05;14.05.1990\n');
    expect(toCsv(['score'], [[fixed(14.05, 2)]])).toBe('score\n14.05\n');
  });
});
