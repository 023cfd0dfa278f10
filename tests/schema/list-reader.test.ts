// A list is read row by row as it is parsed (schema/records.ts ListReader, via interpretFile):
// the records, findings and notes must be those of reading the whole table first.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultAgreement } from '../../src/agreement/terms.js';
import { DEFAULT_LIMITS } from '../../src/io/limits.js';
import { readTable } from '../../src/io/read-table.js';
import { PROFILES } from '../../src/kinds/index.js';
import { interpretFile, interpretTable, type ReadOptions } from '../../src/schema/records.js';

const options = (extra: Partial<ReadOptions> = {}): ReadOptions => ({
  side: 'a', label: 'A', schema: PROFILES.pow.schema, agreement: defaultAgreement(), userMap: new Map(), ...extra,
});
const dir = mkdtempSync(join(tmpdir(), 'list-reader-'));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

async function bothWays(path: string, extra: Partial<ReadOptions> = {}) {
  const whole = interpretTable(await readTable(path), options(extra));
  const streamed = await interpretFile(path, options(extra), { limits: DEFAULT_LIMITS });
  return { whole, streamed };
}

describe('reading a list row by row', () => {
  it('gives the records, findings and notes of the whole table, for the bundled fixtures', async () => {
    const lists = [
      ['fixtures/pow/ua.csv', PROFILES.pow.schema], ['fixtures/pow/ru.csv', PROFILES.pow.schema],
      ['fixtures/remains/ua.csv', PROFILES.remains.schema], ['fixtures/remains/ru.csv', PROFILES.remains.schema], ['fixtures/excel/ua.xlsx', PROFILES.pow.schema],
    ] as const;
    for (const [path, schema] of lists) {
      const { whole, streamed } = await bothWays(path, { schema });
      expect(streamed).toEqual(whole);
      expect(streamed.list.records.length).toBeGreaterThan(5);
    }
  });

  it('finds a header below title rows, and one past the first 30 rows given --header-row', async () => {
    const titles = Array.from({ length: 40 }, (_, i) => `Список ${i + 1}`);
    const rows = ['прізвище,ім\'я,дата народження,примітка2', 'Шевченко,Тарас,09.03.1994,', 'Коваль,Іван,31.02.1990,x'];
    const below = file('below.csv', ['Список військовополонених', '', ...rows].join('\n'));
    const deep = file('deep.csv', [...titles, ...rows].join('\n'));
    const a = await bothWays(below);
    expect(a.streamed).toEqual(a.whole);
    expect(a.streamed.list.reading!.headerLine).toBe(3);
    expect(a.streamed.list.records.map((r) => r.surname)).toEqual(['Шевченко', 'Коваль']);
    expect(a.streamed.findings.map((f) => f.code)).toEqual(['invalid-value']);
    const b = await bothWays(deep, { headerRow: 41 });
    expect(b.streamed).toEqual(b.whole);
    expect(b.streamed.list.reading!.skippedRows).toHaveLength(40);
    expect(b.streamed.list.records).toHaveLength(2);
  });

  it('says --header-row names no row the same way as the whole table, before and past the last row', async () => {
    const path = file('short.csv', 'surname,given_name\n"Bond\nJames",Джеймс\nКоваль,Іван\n');
    const problem = async (read: Promise<unknown>) => read.then(() => undefined, (error: { detail: string; line?: number }) => `${error.line}: ${error.detail}`);
    for (const [headerRow, detail] of [[3, /no row starts on that line/], [9, /the last row starts on line 4/]] as const) {
      const streamed = await problem(interpretFile(path, options({ headerRow }), { limits: DEFAULT_LIMITS }));
      const whole = await problem(readTable(path).then((table) => interpretTable(table, options({ headerRow }))));
      expect(streamed).toMatch(detail);
      expect(streamed).toBe(whole);
    }
  });

  it('counts an unnamed column as used when a cell holds only invisible characters, as the whole table does', async () => {
    const path = file('unnamed.csv', 'surname,given_name,\nКоваль,Іван,\u200b\nШевченко,Тарас,\n');
    const { whole, streamed } = await bothWays(path);
    expect(streamed.list.reading!.unusedColumns).toEqual(whole.list.reading!.unusedColumns);
    expect(streamed.list.reading!.unusedColumns).toEqual([{ header: '', column: 3 }]);
  });
});
