// The worked example of the README: the Ukrainian fixture list as a workbook with a title row and
// a closing total reconciles like the CSV list.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exchange, tempDir } from './run.js';

const matched = (ledger: string) => ledger.split('\n').filter((l) => l.startsWith('matched,')).map((l) => l.split(',').slice(2, 4).join('~'));

describe('fixtures/excel/ua.xlsx', () => {
  it('skips its title row, checks its total, and pairs the same people as the CSV list', () => {
    const [xlsxOut, csvOut] = [tempDir(), tempDir()];
    const run = exchange(['reconcile', 'fixtures/excel/ua.xlsx', 'fixtures/pow/ru.csv', '--out', xlsxOut, '--fail-on', 'never']);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/ua\.xlsx: line 1 skipped above the header \(line 3\)/);
    exchange(['reconcile', 'fixtures/pow/ua.csv', 'fixtures/pow/ru.csv', '--out', csvOut, '--fail-on', 'never']);
    const summary = JSON.parse(readFileSync(join(xlsxOut, 'summary.json'), 'utf8'));
    expect(summary.codes['total-mismatch']).toBe(0);
    expect(matched(readFileSync(join(xlsxOut, 'ledger.csv'), 'utf8'))).toEqual(matched(readFileSync(join(csvOut, 'ledger.csv'), 'utf8')));
  });
});
