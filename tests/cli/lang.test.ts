// --lang and the locale change the words people read, never the columns, statuses or codes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { exchange, ROOT, tempDir } from './run.js';

const POW = ['reconcile', 'fixtures/pow/ua.csv', 'fixtures/pow/ru.csv', '--a-label', 'UA', '--b-label', 'RU'];
const rows = (dir: string, file: string) => parse(readFileSync(join(dir, file)), { columns: true }) as Array<Record<string, string>>;
const header = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8').split('\n')[0];
const EXPECTED = join(ROOT, 'fixtures/pow/expected');

function run(args: string[], env: NodeJS.ProcessEnv = {}) {
  const out = tempDir();
  const result = exchange([...POW, ...args, '--out', out], { env });
  return { ...result, out };
}

describe('--lang', () => {
  it('uk: the summary, the messages and the explanations in Ukrainian; columns, statuses and codes as they are', () => {
    const { stdout, stderr, status, out } = run(['--lang', 'uk']);
    expect(stderr).toBe('');
    expect(status).toBe(1);
    for (const word of ['розрахункова дата 2025-06-02', '47 рядків', '46 рядків', 'Категорії', 'Тяжкопоранені та тяжкохворі', 'Віком від 18 до 25 років',
      'Реєстр', 'зіставлено', 'Розбіжності  16 помилок, 15 попереджень', 'only-in-a', 'помилка', 'попередження', 'Записано файли:', 'НЕ ПРОЙДЕНО']) {
      expect(stdout, word).toContain(word);
    }
    expect(stdout).not.toMatch(/Categories|Ledger|Discrepancies|FAIL/);
    expect(header(out, 'discrepancies.csv')).toBe(header(EXPECTED, 'discrepancies.csv'));
    const findings = rows(out, 'discrepancies.csv');
    expect(findings.find((f) => f.code === 'only-in-a')!.message).toMatch(/^Запис UA № \S+ \(рядок \d+\) не має відповідника в RU$/);
    expect(findings.every((f) => !/has no counterpart|is listed under|\{|undefined/.test(f.message ?? ''))).toBe(true);
    expect(header(out, 'ledger.csv')).toBe(header(EXPECTED, 'ledger.csv'));
    const review = rows(out, 'ledger.csv').find((e) => e.status === 'review')!;
    expect(review.explanation).toMatch(/^збігаються: прізвище, дата народження, ім'я відрізняється: /);
    expect(rows(out, 'review.csv')[0]!.explanation).toBe(review.explanation);
  });

  it('ru: the summary and the messages in Russian', () => {
    const { stdout, out } = run(['--lang', 'ru']);
    for (const word of ['47 строк', 'Категории', 'Тяжелораненые и тяжелобольные', 'Реестр', 'сопоставлено', 'Расхождения  16 ошибок, 15 предупреждений', 'НЕ ПРОЙДЕНО']) {
      expect(stdout, word).toContain(word);
    }
    const findings = rows(out, 'discrepancies.csv');
    expect(findings.find((f) => f.code === 'only-in-b')!.message).toMatch(/^Запись RU № \S+ \(строка \d+\) не имеет соответствия в UA$/);
    const english = run(['--lang', 'en']);
    expect(findings.map((f) => [f.code, f.severity, f.a_record_id, f.b_record_id])).toEqual(rows(english.out, 'discrepancies.csv').map((f) => [f.code, f.severity, f.a_record_id, f.b_record_id]));
    expect(rows(out, 'ledger.csv').map((e) => [e.status, e.codes, e.why])).toEqual(rows(english.out, 'ledger.csv').map((e) => [e.status, e.codes, e.why]));
  });

  it('follows the locale without --lang, and --lang en overrides it to the English summary', () => {
    expect(run([], { LANG: 'uk_UA.UTF-8' }).stdout).toContain('Категорії');
    expect(run([], { LC_ALL: 'ru_RU.UTF-8', LANG: 'uk_UA.UTF-8' }).stdout).toContain('Категории');
    const english = run(['--lang', 'en'], { LANG: 'uk_UA.UTF-8' });
    expect(english.stdout.replaceAll(english.out, '<out>')).toBe(readFileSync(join(EXPECTED, 'stdout.txt'), 'utf8'));
  });

  it('refuses a language it does not have (exit 2)', () => {
    const { status, stderr } = run(['--lang', 'de']);
    expect(status).toBe(2);
    expect(stderr).toMatch(/--lang/);
  });
});
