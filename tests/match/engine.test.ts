import { describe, expect, it } from 'vitest';
import { defaultAgreement } from '../../src/agreement/terms.js';
import { reconcile } from '../../src/core/reconcile.js';
import { ScoredMatcher } from '../../src/match/engine/engine.js';
import { DEFAULT_THRESHOLDS } from '../../src/match/options.js';
import type { PersonList } from '../../src/model.js';
import { listFromCsv } from '../helpers.js';

const UA_HEADER = "Номер запису;Прізвище;Ім'я;По батькові;Дата народження;Особистий номер";
const RU_HEADER = 'ID,ФИО,Дата рождения,Личный номер';

function run(a: PersonList, b: PersonList) {
  return reconcile({ a, b, readFindings: [], agreement: defaultAgreement(), matcher: new ScoredMatcher(DEFAULT_THRESHOLDS) });
}

const pairsOf = (result: ReturnType<typeof run>, status = 'matched') =>
  result.entries.filter((e) => e.status === status).map((e) => `${e.a!.recordId}~${e.b!.recordId}`);

// Filler people, different on every field, so the lists have a realistic background.
const filler = (n: number, side: 'a' | 'b') =>
  Array.from({ length: n }, (_, i) => {
    const day = String((i % 27) + 1).padStart(2, '0');
    const year = 1970 + (i % 30);
    return side === 'a'
      ? `F${i};Прізвище${String.fromCharCode(1072 + (i % 30))}${i};Тарас;Остапович;${day}.03.${year};ZZ${100000 + i}`
      : `G${i},ФАМИЛИЯ${String.fromCharCode(1072 + ((i + 7) % 30))}${i + 500} Глеб Ильич,${year}-07-${day},YY${200000 + i}`;
  });

function lists(aRows: string[], bRows: string[]) {
  return {
    a: listFromCsv([UA_HEADER, ...aRows, ...filler(30, 'a')].join('\n'), 'a'),
    b: listFromCsv([RU_HEADER, ...bRows, ...filler(30, 'b')].join('\n'), 'b'),
  };
}

describe('scored engine', () => {
  it('does not match two strangers on a service number that is no number (N/A, ?, нет written for none)', () => {
    // The helper's fuzzing pass: both lists writing `?` for a number not known matched Іваненко
    // with Мельник, ten years apart, on the `?` alone (a service number weighs most of all).
    for (const none of ['?', 'N/A', 'нет']) {
      const { a, b } = lists([`UA-1;Іваненко;Петро;Іванович;01.01.1990;${none}`], [`RU-1,МЕЛЬНИК Иван Петрович,1980-02-02,${none}`]);
      const result = run(a, b);
      expect(pairsOf(result), none).not.toContain('UA-1~RU-1');
      expect(pairsOf(result, 'review'), none).not.toContain('UA-1~RU-1');
    }
  });

  it('finds the same man across scripts, spellings and a missing service number', () => {
    const { a, b } = lists(
      ['UA-1;Коваленко;Олександр;Іванович;03.04.1998;', 'UA-2;Поліщук;Микола;Петрович;12.11.1990;АА123456', "UA-3;Дем'янчук;Сергій;;01.01.1985;"],
      ['RU-1,КОВАЛЕНКО Александр Иванович,1998-04-03,', 'RU-2,POLISHCHUK Mykola Petrovych,1990-11-12,AA 123-456', 'RU-3,ДЕМЬЯНЧУК Сергей Павлович,1985-01-01,'],
    );
    expect(pairsOf(run(a, b))).toEqual(expect.arrayContaining(['UA-1~RU-1', 'UA-2~RU-2', 'UA-3~RU-3']));
  });

  it('reads swapped surname and given name, and explains the score field by field', () => {
    // The UA clerk wrote the given name in the surname column and the surname in the given-name column.
    const { a, b } = lists(['UA-1;Юрій;Гнатюк;Степанович;05.05.1980;'], ['RU-1,ГНАТЮК Юрий Степанович,1980-05-05,']);
    const entry = run(a, b).entries.find((e) => e.a?.recordId === 'UA-1')!;
    expect(entry.status).toBe('matched');
    expect(entry.why).toMatch(/names=swapped/);
    expect(entry.why).toMatch(/surname=\+\d/);
    expect(entry.why).toMatch(/dob=\+\d/);
  });

  it('matches a day/month swap and says so', () => {
    const { a, b } = lists(['UA-1;Литвиненко;Андрій;Олегович;07.04.1986;'], ['RU-1,ЛИТВИНЕНКО Андрей Олегович,1986-07-04,']);
    const entry = run(a, b).entries.find((e) => e.a?.recordId === 'UA-1')!;
    expect(entry.status).toBe('matched');
    expect(entry.why).toMatch(/dob=swap\(/);
  });

  it('keeps namesakes apart and sends look-alikes with different service numbers to review', () => {
    const { a, b } = lists(
      ['UA-1;Мельник;Олександр;Іванович;01.02.1990;КК111111', 'UA-2;Мельник;Олександр;Петрович;03.04.1994;КК222222'],
      ['RU-1,МЕЛЬНИК Александр Петрович,1994-04-03,КК-222222', 'RU-2,МЕЛЬНИК Александр Иванович,1990-02-01,МТ999999'],
    );
    const result = run(a, b);
    expect(pairsOf(result)).toContain('UA-2~RU-1');
    expect(pairsOf(result)).not.toContain('UA-1~RU-2');
    expect(pairsOf(result, 'review')).toEqual(['UA-1~RU-2']);
  });

  it('never puts one record in two pairs', () => {
    const { a, b } = lists(
      ['UA-1;Бондар;Іван;Петрович;01.01.1980;', 'UA-2;Бондар;Іван;Петрович;01.01.1980;'],
      ['RU-1,БОНДАРЬ Иван Петрович,1980-01-01,'],
    );
    const result = run(a, b);
    const ids = result.entries.flatMap((e) => [e.a?.recordId, e.b?.recordId]).filter((id) => id !== undefined);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('finds a duplicate inside one list', () => {
    const { a, b } = lists(
      ['UA-1;Гаврилюк;Степан;Іванович;04.05.1975;АК367729', 'UA-2;Гаврилюк;Степан;;04.05.1975;АК 367729'],
      ['RU-1,ГАВРИЛЮК Степан Иванович,1975-05-04,'],
    );
    const result = run(a, b);
    expect(result.entries.find((e) => e.a?.recordId === 'UA-2')?.status).toBe('duplicate');
    expect(pairsOf(result)).toContain('UA-1~RU-1');
  });
});
