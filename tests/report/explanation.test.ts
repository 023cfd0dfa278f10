// The ledger's and review's `explanation`: the `why` scores in plain words, in the run's language.
import { describe, expect, it } from 'vitest';
import { plainWords } from '../../src/match/engine/score.js';
import { record } from '../helpers.js';

const ivan = record('a', 0, { surname: 'Петренко', givenName: 'Іван', dateOfBirth: { year: 1990, month: 3, day: 4 } });
const yan = record('b', 0, { surname: 'Петренко', givenName: 'Ян', dateOfBirth: { year: 1990, month: 3, day: 4 } });
const REVIEW = 'prior=-5.5 surname=+8.2 given=diff(-4.9) patronymic=missing dob=+13.1 service=missing sex=+0.1 review-only=given';

describe('plain-words explanation', () => {
  it('says what agrees, what differs with both values, what is missing, and why a person decides', () => {
    expect(plainWords(REVIEW, ivan, yan, 'en')).toBe(
      'same surname, same date of birth, given name differs: Іван / Ян, nothing to compare: patronymic, service number, a person must decide: the given name rules out an automatic match',
    );
    expect(plainWords(REVIEW, ivan, yan, 'uk')).toBe(
      "збігаються: прізвище, дата народження, ім'я відрізняється: Іван / Ян, немає даних для порівняння: по батькові, особистий номер, потрібне рішення людини: через поле «ім'я» автоматичне зіставлення неможливе",
    );
    expect(plainWords(REVIEW, ivan, yan, 'ru')).toMatch(/^совпадают: фамилия, дата рождения, имя отличается: Іван \/ Ян, нет данных для сравнения: отчество, личный номер/);
  });

  it('reads levels, swapped names, first passes and ambiguity', () => {
    const a = record('a', 0, { surname: 'Петренко', givenName: 'Іван', dateOfBirth: { year: 1990, month: 3, day: 4 } });
    const b = record('b', 0, { surname: 'Іван', givenName: 'Петренко', dateOfBirth: { year: 1990, month: 4, day: 3 } });
    expect(plainWords('first-pass=service_number prior=-5.5 names=swapped surname=+9.2 given=+5.0 dob=swap(+7.6) service=+16.5 sex=+0.1 ambiguous', a, b, 'en')).toBe(
      'surname and given name swapped, same surname, same given name, same service number, date of birth with day and month swapped: 1990-03-04 / 1990-04-03, another record scores almost as high',
    );
    const c = record('b', 0, { surname: 'Петренка', givenName: 'Іван' });
    expect(plainWords('prior=-5.5 surname=close(+5.6) given=+4.0 dob=missing', a, c, 'en')).toBe(
      'same given name, surname nearly the same: Петренко / Петренка, nothing to compare: date of birth',
    );
  });

  it("explains the exact matcher's keys and a person's decision; nothing for an unpaired record", () => {
    expect(plainWords('service_number=exact', ivan, yan, 'en')).toBe('same service number');
    expect(plainWords('name+dob=exact', ivan, yan, 'uk')).toBe("збігаються: ім'я та дата народження");
    expect(plainWords('decided=same', ivan, yan, 'ru')).toBe('человек решил: это тот же человек');
    expect(plainWords(undefined, ivan, undefined, 'en')).toBe('');
  });
});

describe("the ledger's explanation column", () => {
  it('is plainWords of each entry, also where the ledger words a shared why once', async () => {
    const { computeRun } = await import('../../src/commands/reconcile.js');
    const { ledgerTable } = await import('../../src/report/ledger-csv.js');
    const { run } = await computeRun('fixtures/pow/ua.csv', 'fixtures/pow/ru.csv', { kind: 'pow', map: [], format: 'json', failOn: 'never' });
    const { header, rows } = ledgerTable(run);
    const at = header.indexOf('explanation');
    const direct = run.result.entries.map((e) => plainWords(e.why, e.a, e.b));
    expect(rows.map((row) => row[at] ?? '')).toEqual(direct);
    expect(direct.filter((words) => words !== '').length).toBeGreaterThan(10);
  });
});
