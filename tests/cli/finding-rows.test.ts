// `summary` and `validate` say which rows each finding is on.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exchange, tempDir, writeTemp } from './run.js';

const LIST = [
  "Прізвище;Ім'я;По батькові;Дата народження;Категорія",
  'Коваленко;Олег;Іванович;03.04.1980;18-25 років',
  'Мельник;Петро;Петрович;31.02.1990;',
  ';;;;',
  'Ткачук;Іван;Степанович;07.07.1999;',
].join('\r\n');

describe('which rows a finding is on', () => {
  it('summary lists each finding with its line, in file order', () => {
    const file = writeTemp(tempDir(), 'list.csv', LIST);
    const run = exchange(['summary', file, '--fail-on', 'never']);
    expect(run.status).toBe(0);
    const rows = run.stdout.slice(run.stdout.indexOf('\nRows\n')).split('\n').filter((l) => l.startsWith('  line'));
    expect(rows.map((l) => l.trim().split(/\s+/).slice(0, 3).join(' '))).toEqual([
      'line 2 age-out-of-range',
      'line 3 invalid-value',
      expect.stringMatching(/^line 4 (missing-identity|empty-row)$/),
      'line 5 eligible-not-listed',
    ]);
  });

  it('summary --format json holds every finding as a row', () => {
    const file = writeTemp(tempDir(), 'list.csv', LIST);
    const summary = JSON.parse(exchange(['summary', file, '--format', 'json', '--fail-on', 'never']).stdout);
    expect(summary.findings.map((f: { code: string; line: number }) => [f.line, f.code])).toEqual([
      [2, 'age-out-of-range'],
      [3, 'invalid-value'],
      [4, expect.stringMatching(/^(missing-identity|empty-row)$/)],
      [5, 'eligible-not-listed'],
    ]);
    expect(summary.findings[1]).toMatchObject({ column: 4, field: 'date_of_birth', value: '31.02.1990' });
  });
});

describe('--out for summary and validate', () => {
  it('writes discrepancies.csv with every finding, its line and its file', () => {
    const dir = tempDir();
    const file = writeTemp(dir, 'list.csv', LIST);
    const out = `${dir}/out`;
    expect(exchange(['validate', file, '--out', out, '--fail-on', 'never']).status).toBe(0);
    const rows = readFileSync(`${out}/discrepancies.csv`, 'utf8').trim().split('\n');
    expect(rows[0]).toBe('code,severity,a_record_id,b_record_id,a_line,b_line,field,a_value,b_value,message,file');
    expect(rows.slice(1).map((r) => r.split(',').slice(0, 5).join(','))).toEqual([
      'invalid-value,error,3,,3',
      expect.stringMatching(/^(missing-identity,error|empty-row,warning),4,,4$/),
    ]);
    expect(rows[1]!.endsWith(`,${file}`)).toBe(true);
  });

  it('summary --out --excel writes it as Excel opens it', () => {
    const dir = tempDir();
    const file = writeTemp(dir, 'list.csv', LIST);
    exchange(['summary', file, '--out', `${dir}/out`, '--excel', '--fail-on', 'never']);
    const text = readFileSync(`${dir}/out/discrepancies.csv`, 'utf8');
    expect(text.startsWith('\ufeffcode;severity;')).toBe(true);
    expect(text.split('\n').filter((l) => l.includes(';age-out-of-range;') || l.startsWith('age-out-of-range;'))).toHaveLength(1);
  });
});

describe('summary and validate in the clerks’ language', () => {
  it('--lang uk and --lang ru give the frame words and the rows in that language', () => {
    const file = writeTemp(tempDir(), 'list.csv', LIST);
    const uk = exchange(['summary', file, '--lang', 'uk', '--fail-on', 'never']).stdout;
    expect(uk).toMatch(/— 4 рядки, список військовополонених, /);
    expect(uk).toMatch(/\nРядки\n {2}рядок 2 /);
    expect(uk).not.toMatch(/^(Findings|Rows)\b|Category|  listed$/m);
    const ru = exchange(['validate', file, '--lang', 'ru', '--fail-on', 'never']).stdout;
    expect(ru).toMatch(/: 4 строки, 2 проблемы\n$/);
  });
});
