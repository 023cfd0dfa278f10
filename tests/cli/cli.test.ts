import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { encodeWindows1251 } from '../io/windows-1251.js';
import { exchange, tempDir, writeTemp } from './run.js';

const A = [
  'Номер запису;Прізвище;Ім\'я;По батькові;Дата народження;Особистий номер;Категорія',
  'UA-1;Коваленко;Олександр;Іванович;03.04.1998;АА123456;',
  'UA-2;Шевченко;Петро;Миколайович;12.11.1990;;тяжкопоранені та хворі',
  'UA-3;Бондар;Іван;;01.01.1980;ВВ111;',
  'UA-4;;;;;;',
].join('\n');
const B = [
  'ID,Фамилия,Имя,Отчество,Дата рождения,Личный номер,Категория',
  'RU-1,Коваленко,Александр,Иванович,1998-04-03,AA 123-456,',
  'RU-2,Шевченко,Пётр,Николаевич,1990-11-12,,',
  'RU-9,Сидоренко,Олег,,1975-05-05,,',
].join('\n');

function lists() {
  const dir = tempDir();
  return { dir, a: writeTemp(dir, 'ua.csv', A), b: writeTemp(dir, 'ru.csv', B) };
}

describe('exchange reconcile', () => {
  it('prints a plain summary, writes the five files and exits 1 on errors', () => {
    const { dir, a, b } = lists();
    const out = join(dir, 'out');
    const run = exchange(['reconcile', a, b, '--out', out]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/Categories/);
    expect(run.stdout).not.toMatch(/\u001b\[/);
    expect(readdirSync(out).sort()).toEqual(['discrepancies.csv', 'ledger.csv', 'report.html', 'review.csv', 'summary.json']);
    const ledger = parse(readFileSync(join(out, 'ledger.csv')), { columns: true }) as Array<Record<string, string>>;
    expect(ledger.map((r) => [r.status, r.a_record_id, r.b_record_id])).toEqual([
      ['matched', 'UA-1', 'RU-1'],
      ['matched', 'UA-2', 'RU-2'],
      ['only_a', 'UA-3', ''],
      ['invalid', 'UA-4', ''],
      ['only_b', '', 'RU-9'],
    ]);
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
    expect(summary.inputs.map((i: { rows: number; label: string }) => [i.label, i.rows])).toEqual([['ua.csv', 4], ['ru.csv', 3]]);
    expect(summary.codes['category-mismatch']).toBe(1);
    expect(summary.codes['missing-identity']).toBe(1);
  });

  it('writes byte-identical files on a rerun', () => {
    const { dir, a, b } = lists();
    exchange(['reconcile', a, b, '-o', join(dir, 'one')]);
    exchange(['reconcile', a, b, '-o', join(dir, 'two')]);
    for (const name of ['ledger.csv', 'discrepancies.csv', 'review.csv', 'summary.json', 'report.html']) {
      expect(readFileSync(join(dir, 'two', name))).toEqual(readFileSync(join(dir, 'one', name)));
    }
  });

  it('--fail-on never exits 0; --format json prints summary.json', () => {
    const { a, b } = lists();
    const run = exchange(['reconcile', a, b, '--fail-on', 'never', '--format', 'json']);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).status.matched).toBe(2);
  });

  it('reads a Windows-1251 list and a UTF-16 list with BOM like UTF-8 ones', () => {
    const dir = tempDir();
    const cp1251 = writeTemp(dir, 'ru-1251.csv', Buffer.from(encodeWindows1251(B.replaceAll('\n', '\r\n'))));
    const utf16 = writeTemp(dir, 'ua-16.csv', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(A, 'utf16le')]));
    const run = exchange(['reconcile', utf16, cp1251, '--format', 'json', '--fail-on', 'never']);
    expect(run.stderr).toBe('');
    const summary = JSON.parse(run.stdout);
    expect(summary.status.matched).toBe(2);
    expect(summary.inputs.map((i: { rows: number }) => i.rows)).toEqual([4, 3]);
  });

  it('reads stdin for -', () => {
    const { a } = lists();
    const run = exchange(['reconcile', a, '-', '--format', 'json'], { input: B });
    expect(JSON.parse(run.stdout).inputs[1]).toMatchObject({ label: 'stdin', rows: 3 });
  });

  it.each([
    [['reconcile', 'missing.csv', 'other.csv'], /missing\.csv: .*(no such file|not found)/i],
    [['reconcile'], /missing required argument/],
    [['reconcile', 'x', 'y', '--kind', 'cars'], /invalid/i],
    [['nonsense'], /unknown command/],
  ])('exits 2 with one line for %j', (args, message) => {
    const run = exchange(args);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('reports a problem in list B (parsed on a worker thread) with its file, line and column', () => {
    const { dir, a } = lists();
    const broken = writeTemp(dir, 'broken.csv', 'surname,given_name\nКоваль,Іван\n"Бондар,Петро\n');
    const run = exchange(['reconcile', a, broken]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(new RegExp(`^exchange: ${broken.replaceAll('/', '\\/')}:3(:\\d+)?: `));
    expect(exchange(['reconcile', a, join(dir, 'absent.csv')]).stderr).toMatch(/absent\.csv: no such file/);
  });

  it('exits 2 naming the file when columns are ambiguous or missing', () => {
    const dir = tempDir();
    const bad = writeTemp(dir, 'bad.csv', 'surname,Фамилия\nx,y\n');
    const none = writeTemp(dir, 'none.csv', 'rank,unit\nx,y\n');
    expect(exchange(['reconcile', bad, none]).stderr).toMatch(/bad\.csv:1:2: columns/);
    expect(exchange(['reconcile', none, bad]).stderr).toMatch(/none\.csv:1: no column holds a name/);
  });

  it('refuses a zipped workbook with status 2', () => {
    const dir = tempDir();
    const zip = writeTemp(dir, 'list.xlsx', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]));
    const run = exchange(['reconcile', zip, zip]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/list\.xlsx/);
  });

  it('never writes over an input file', () => {
    const { dir, a } = lists();
    const clash = writeTemp(dir, 'ledger.csv', A);
    const run = exchange(['reconcile', clash, a, '-o', dir]);
    expect(run.status).toBe(2);
    expect(readFileSync(clash, 'utf8')).toBe(A);
    expect(existsSync(join(dir, 'summary.json'))).toBe(false);
  });

  it('never writes over the agreement file either', () => {
    const { dir, a, b } = lists();
    const terms = exchange(['agreement']).stdout;
    const agreement = writeTemp(dir, 'summary.json', terms);
    const run = exchange(['reconcile', a, b, '--agreement', agreement, '-o', dir]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`it would overwrite the input file ${agreement}`);
    expect(readFileSync(agreement, 'utf8')).toBe(terms);
  });

  it('refuses an option given twice with two values (the first was dropped in silence); the same value twice, a flag twice and --map are taken', () => {
    const { dir, a, b } = lists();
    const first = writeTemp(dir, 'first.csv', 'a_record_id,b_record_id,decision\nUA-1,RU-1,same\n');
    const second = writeTemp(dir, 'second.csv', 'a_record_id,b_record_id,decision\nUA-2,RU-2,same\n');
    const twice = exchange(['reconcile', a, b, '--decisions', first, '--decisions', second, '--format', 'json']);
    expect(twice.status).toBe(2);
    expect(twice.stdout).toBe('');
    expect(twice.stderr).toContain(`error: option '--decisions <file>' given twice ("${first}", then "${second}"): give it once`);
    expect(exchange(['reconcile', a, b, '-o', join(dir, 'x'), '--out', join(dir, 'y')]).status).toBe(2);
    expect(existsSync(join(dir, 'x')) || existsSync(join(dir, 'y'))).toBe(false);
    expect(exchange(['generate', '--size', '5', '--size', '7', '-o', join(dir, 'g')]).status).toBe(2);
    const same = exchange(['reconcile', a, b, '--decisions', first, '--decisions', first, '--quiet', '--quiet', '--map', 'x=notes', '--map', 'y=rank', '--format', 'json']);
    expect(same.status).toBe(1);
    expect(JSON.parse(same.stdout).decisions.applied).toBe(1);
  });

  it('generate --size takes digits only: 0x10, 1e3 and 0b11 are no size', () => {
    const dir = tempDir();
    for (const size of ['0x10', '1e3', '0b11', '12.0', '-3']) {
      const run = exchange(['generate', '--size', size, '-o', join(dir, 'g')]);
      expect(run.status, size).toBe(2);
      expect(run.stderr, size).toContain(`--size "${size}": expected a whole number from 1 to 10000000`);
    }
    expect(exchange(['generate', '--size', '12', '-o', join(dir, 'g')]).status).toBe(0);
    expect(existsSync(join(dir, 'g', 'truth.csv'))).toBe(true);
  });

  it('shows the control characters of a usage error as [U+001B], never sends them', () => {
    const { a, b } = lists();
    const run = exchange(['reconcile', a, b, '--lang', '\u001b[2J', '--a-label', 'x']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("argument '[U+001B][2J' is invalid");
    expect(run.stderr).not.toMatch(/\u001b/);
  });
});

describe('exchange validate', () => {
  it('reports every bad cell as file:line:column and exits 1', () => {
    const dir = tempDir();
    const file = writeTemp(dir, 'v.csv', 'surname,date_of_birth,category\nКоваль,31.02.2001,героі\n,1990,\n');
    const run = exchange(['validate', file]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(`${file}:2:2: date_of_birth "31.02.2001"`);
    expect(run.stdout).toContain(`${file}:2:3: category`);
    expect(run.stdout).toMatch(/missing-identity/);
  });

  it('exits 0 on a clean file', () => {
    const { a, b } = lists();
    const run = exchange(['validate', b]);
    expect(run.status).toBe(0);
    expect(exchange(['validate', a]).status).toBe(1);
  });
});

describe('exchange summary and agreement', () => {
  it('summarises one list per category', () => {
    const { a } = lists();
    const run = exchange(['summary', a, '--format', 'json', '--fail-on', 'never']);
    const summary = JSON.parse(run.stdout);
    expect(summary.categories.find((c: { id: string }) => c.id === 'wounded_ill').listed).toBe(1);
    expect(summary.invalid).toBe(1);
  });

  it("summary counts a list's invalid rows as such: no identity, an empty row, a closing total (it said 'without identity' of all three)", () => {
    const dir = tempDir();
    const list = writeTemp(dir, 'l.csv', 'record_id,surname,given_name\n1,Koval,Ivan\n2,,\n,,,\nВсього: 5\n');
    const text = exchange(['summary', list, '--fail-on', 'never', '--lang', 'en']);
    expect(text.stdout).toMatch(/^ {2}people +1$/m);
    expect(text.stdout).toMatch(/^ {2}invalid rows +3$/m);
    expect(text.stdout).not.toContain('without identity');
    expect(JSON.parse(exchange(['summary', list, '--format', 'json', '--fail-on', 'never']).stdout).invalid).toBe(3);
  });

  it('prints the embedded agreement, and validates a given one', () => {
    const run = exchange(['agreement']);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).remains_quota).toBe(6000);
    const dir = tempDir();
    const bad = writeTemp(dir, 'terms.json', '{"name": "x"}');
    const refused = exchange(['agreement', '--agreement', bad]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/terms\.json: invalid agreement: reference_date/);
  });

  it('shows no bidi or control character of the agreement name or a category label, on the terminal or in a report', () => {
    const dir = tempDir();
    const embedded = JSON.parse(exchange(['agreement']).stdout);
    embedded.name = 'Istanbul\u202e, 2 June\u001b[2J 2025';
    embedded.categories[1].label = 'Aged\u200b 18 to 25\u009b';
    const terms = writeTemp(dir, 'terms.json', JSON.stringify(embedded));
    const out = join(dir, 'out');
    const run = exchange(['reconcile', 'fixtures/pow/ua.csv', 'fixtures/pow/ru.csv', '--agreement', terms, '--out', out, '--fail-on', 'never']);
    expect(run.status).toBe(0);
    expect(run.stderr.split('\n').filter(Boolean)).toEqual([
      `exchange: ${terms}: name "Istanbul[U+202E], 2 June[U+001B][2J 2025": invisible characters removed (U+202E right-to-left override)`,
      `exchange: ${terms}: categories.1.label "Aged[U+200B] 18 to 25[U+009B]": invisible characters removed (U+200B zero width space)`,
    ]);
    const unseen = /[\u200b\u202e\u001b\u009b]/;
    expect(unseen.test(run.stdout)).toBe(false);
    expect(run.stdout).toContain('Istanbul, 2 June[U+001B][2J 2025');
    for (const name of ['summary.json', 'report.html']) expect(unseen.test(readFileSync(join(out, name), 'utf8')), name).toBe(false);
    expect(JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')).agreement.name).toBe('Istanbul, 2 June[U+001B][2J 2025');
  });
});
