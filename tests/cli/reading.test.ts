// Reading clerk lists through the built command: notes on stderr, summary.json sections,
// --strict-headers exit 2, --header-row.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exchange, tempDir } from './run.js';

const UA = 'tests/io/clerk-files/ua-1251.csv';
const RU = 'tests/io/clerk-files/ru.csv';

describe('reading clerk lists', () => {
  it('reports skipped rows and unused columns on stderr, one line each, and in summary.json', () => {
    const out = join(tempDir(), 'out');
    const run = exchange(['reconcile', UA, RU, '--out', out, '--fail-on', 'never']);
    expect(run.status).toBe(0);
    expect(run.stderr.split('\n').filter(Boolean)).toEqual([
      `exchange: ${UA}: line 1 skipped above the header (line 3): "Список військовополонених для обміну"`,
      `exchange: ${UA}: line 2 skipped above the header (line 3): an empty row`,
      `exchange: ${UA}: column "Статус" (column 8) is not used; did you mean medical_status? --map "Статус=medical_status"`,
      `exchange: ${RU}: line 1 skipped above the header (line 2): "Список военнопленных, подлежащих обмену"`,
      `exchange: ${RU}: column "Отчетство" (column 7) is not used; did you mean patronymic? --map "Отчетство=patronymic"`,
      `exchange: ${RU}: column "Позывной" (column 8) is not used; it is carried through to the ledger`,
    ]);
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
    expect(summary.inputs.map((i: Record<string, unknown>) => [i.rows, i.header_line, i.skipped_rows, i.unused_columns])).toEqual([
      [7, 3, [{ line: 1, text: 'Список військовополонених для обміну' }, { line: 2, text: '' }], [{ header: 'Статус', column: 8, suggestion: 'medical_status' }]],
      [4, 2, [{ line: 1, text: 'Список военнопленных, подлежащих обмену' }], [{ header: 'Отчетство', column: 7, suggestion: 'patronymic' }, { header: 'Позывной', column: 8 }]],
    ]);
    expect(summary.codes['empty-row']).toBe(4);
    expect(summary.codes['total-mismatch']).toBe(1);
    expect(summary.status.invalid).toBe(6);
    const ledger = readFileSync(join(out, 'ledger.csv'), 'utf8');
    expect(ledger.split('\n')[0]).toContain(',a_Статус,b_Отчетство,b_Позывной');
    expect(ledger).toMatch(/^invalid,,8,,8,.*total-mismatch,closing total row: 4,/m);
  });

  it('tells the header written again on a later page on stderr, keeps its rows in the ledger as invalid, and counts no one for them', () => {
    const dir = tempDir();
    const [a, b, out] = [join(dir, 'a.csv'), join(dir, 'b.csv'), join(dir, 'out')];
    const header = 'Прізвище;Ім\'я;Дата народження';
    writeFileSync(a, [header, 'Коваль;Іван;01.01.1990', header, 'Шевчук;Петро;02.02.1991', header, 'Бондар;Олег;03.03.1992'].join('\n'));
    writeFileSync(b, ['surname,given_name,date_of_birth', 'Коваль,Иван,1990-01-01', 'Шевчук,Петр,1991-02-02', 'Бондарь,Олег,1992-03-03'].join('\n'));
    const run = exchange(['reconcile', a, b, '--out', out, '--fail-on', 'never']);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain(`exchange: ${a}: the header (line 1) is written again on lines 3, 5; not a person, kept in the ledger as invalid`);
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
    expect(summary.status).toMatchObject({ matched: 3, invalid: 2 });
    expect(summary.codes['only-in-a']).toBe(0);
    expect(summary.codes['count-mismatch']).toBe(0);
    const ledger = readFileSync(join(out, 'ledger.csv'), 'utf8');
    expect(ledger.match(/^invalid,,3,,3,.*the header again/m)).not.toBeNull();
  });

  it('tells the lines to sign on at the end of a list on stderr, without their text, and keeps them in the ledger as invalid', () => {
    const dir = tempDir();
    const [a, b, out] = [join(dir, 'a.csv'), join(dir, 'b.csv'), join(dir, 'out')];
    writeFileSync(a, ['surname,given_name,date_of_birth', 'Коваль,Іван,1990-01-01', 'Начальник штабу ________ І. Петренко,,', 'М.П.,,'].join('\n'));
    writeFileSync(b, ['surname,given_name,date_of_birth', 'Коваль,Иван,1990-01-01'].join('\n'));
    const run = exchange(['reconcile', a, b, '--out', out, '--fail-on', 'never']);
    expect(run.stderr).toContain(`exchange: ${a}: lines 3, 4 are lines to sign on (a signature, the stamp's place); not a person, kept in the ledger as invalid`);
    expect(run.stderr).not.toContain('Петренко');
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
    expect(summary.status).toMatchObject({ matched: 1, invalid: 2, only_a: 0 });
    expect(readFileSync(join(out, 'ledger.csv'), 'utf8').match(/^invalid,,3,,3,.*a signature line/m)).not.toBeNull();
  });

  it('a list of the other kind: a remains list read as prisoners has its tag column told with --kind remains; a list of prisoners read as remains is told', () => {
    const dir = tempDir();
    const bodies = join(dir, 'bodies.csv');
    writeFileSync(bodies, 'surname,given_name,tag,ДНК\nКоваль,Іван,379,D-1\n');
    const asPrisoners = exchange(['validate', bodies]);
    expect(asPrisoners.stderr).toContain(`exchange: ${bodies}: column "tag" (column 3) is not used; it names tag, a field of a list of remains: is it one? (--kind remains)`);
    expect(asPrisoners.stderr).toContain('it names dna_sample_id, a field of a list of remains');
    expect(exchange(['validate', bodies, '--kind', 'remains']).stderr).toBe('');
    const prisoners = join(dir, 'pow.csv');
    writeFileSync(prisoners, 'surname,given_name,date_of_birth\nКоваль,Іван,1990-01-01\n');
    expect(exchange(['validate', prisoners, '--kind', 'remains']).stderr).toContain(
      `exchange: ${prisoners}: read as a list of remains (--kind remains), but no column holds a tag, a DNA sample id, a recovery date or place, or whether the body is identified: is it a list of prisoners? (leave out --kind remains)`,
    );
    expect(exchange(['validate', prisoners]).stderr).toBe('');
  });

  it('says its notes in the run\'s language: Ukrainian and Russian with their plural forms, English by default', () => {
    const dir = tempDir();
    const [a, b] = [join(dir, 'a.csv'), join(dir, 'b.csv')];
    const header = 'Прізвище;Ім\'я;Дата народження;Позивний';
    writeFileSync(a, ['Список для обміну', header, 'Коваль;Іван;01.01.1990;Сокіл', header, 'Шевчук;Петро;02.02.1991;', header].join('\n'));
    writeFileSync(b, ['surname,given_name,date_of_birth', 'Коваль,Иван,1990-01-01', 'Шевчук,Петр,1991-02-02'].join('\n'));
    const uk = exchange(['reconcile', a, b, '--lang', 'uk', '--fail-on', 'never', '--map', 'nosuch=notes']).stderr;
    expect(uk).toContain(`exchange: ${a}: рядок 1 пропущено над заголовком (рядок 2): «Список для обміну»`);
    expect(uk).toContain(`exchange: ${a}: заголовок (рядок 2) повторено в рядках 4, 6; це не особи, у реєстрі як недійсні`);
    expect(uk).toContain(`exchange: ${a}: стовпець «Позивний» (стовпець 4) не використано; його перенесено до реєстру`);
    expect(uk).toContain(`exchange: --map "nosuch=notes": стовпця «nosuch» немає в ${a} чи ${b}; не використано`);
    const ru = exchange(['reconcile', a, b, '--lang', 'ru', '--fail-on', 'never']).stderr;
    expect(ru).toContain(`exchange: ${a}: заголовок (строка 2) повторён в строках 4, 6; это не люди, в реестре как недействительные`);
    expect(ru).toContain(`exchange: ${a}: столбец «Позивний» (столбец 4) не использован; он перенесён в реестр`);
    const en = exchange(['reconcile', a, b, '--lang', 'en', '--fail-on', 'never']).stderr;
    expect(en).toContain(`exchange: ${a}: the header (line 2) is written again on lines 4, 6; not a person, kept in the ledger as invalid`);
    // One repeated header: the singular form.
    writeFileSync(a, [header, 'Коваль;Іван;01.01.1990;', header].join('\n'));
    expect(exchange(['validate', a, '--lang', 'uk']).stderr).toContain(`exchange: ${a}: заголовок (рядок 1) повторено в рядку 3; це не особа, у реєстрі як недійсний`);
    // Exit 2 speaks English, as every exit-2 message does.
    expect(exchange(['validate', a, '--lang', 'uk', '--strict-headers']).stderr).toContain('is not used; name its field with --map');
  });

  it('--strict-headers: an unused header is exit 2, with the --map to use', () => {
    const run = exchange(['validate', UA, '--strict-headers']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`exchange: ${UA}:3:8: column "Статус" (column 8) is not used; did you mean medical_status? --map "Статус=medical_status"`);
    const mapped = exchange(['validate', UA, '--strict-headers', '--map', 'Статус=notes']);
    expect(mapped.status).toBe(1);
    expect(mapped.stdout).toContain('line 8: the closing total says 4, the list holds 3 records [total-mismatch]');
  });

  it('--map: a column no input has is said, once, naming the files; with --strict-headers exit 2', () => {
    const alone = exchange(['validate', 'fixtures/pow/ua.csv', '--map', 'nosuch=surname']);
    expect(alone.status).toBe(1);
    expect(alone.stderr).toBe('exchange: --map "nosuch=surname": no column "nosuch" in fixtures/pow/ua.csv; it is not used\n');
    const strict = exchange(['validate', 'fixtures/pow/ua.csv', '--map', 'nosuch=surname', '--strict-headers']);
    expect(strict.status).toBe(2);
    expect(strict.stderr).toBe('exchange: --map "nosuch=surname": no column "nosuch" in fixtures/pow/ua.csv (--strict-headers)\n');
    // Примітки is in ua.csv only, Примечание in ru.csv only: both used. A column in neither is said once.
    const out = join(tempDir(), 'out');
    const pair = exchange(['reconcile', 'fixtures/pow/ua.csv', 'fixtures/pow/ru.csv', '--out', out, '--fail-on', 'never',
      '--map', 'Примітки=notes', '--map', 'примечание=notes', '--map', 'Позивний=notes']);
    expect(pair.status).toBe(0);
    expect(pair.stderr).toBe('exchange: --map "Позивний=notes": no column "Позивний" in fixtures/pow/ua.csv or fixtures/pow/ru.csv; it is not used\n');
  });

  it('--map to a field the kind of list does not hold is exit 2 at once, naming the field and the fields it has', () => {
    const run = exchange(['reconcile', 'fixtures/pow/ua.csv', 'fixtures/pow/ru.csv', '--map', 'Примітки=tag', '--out', join(tempDir(), 'out')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('exchange: --map "Примітки=tag": a pow list has no field tag (see --kind); its fields: record_id, full_name, surname, '
      + 'given_name, patronymic, date_of_birth, service_number, rank, unit, citizenship, sex, captured_on, captured_at, notes, category, '
      + 'medical_status, medical_commission\n');
    expect(exchange(['validate', 'fixtures/pow/ua.csv', '--kind', 'remains', '--map', 'Примітки=tag']).stderr).toBe('');
  });

  it('--header-row N: the header is on that physical line', () => {
    expect(exchange(['validate', UA, '--header-row', '3']).status).toBe(1);
    const wrong = exchange(['validate', UA, '--header-row', '1']);
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toMatch(/ua-1251\.csv:1: no column holds a name or service number/);
    expect(exchange(['validate', UA, '--header-row', 'x']).stderr).toMatch(/--header-row "x": expected a line number/);
  });
});
