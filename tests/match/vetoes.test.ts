// Negative cases by class, with lists written for these tests: brothers and twins (across lists
// and within one), a man and a woman of one family, two different given names, surnames that
// differ outright. A pair of two people is never `matched`; two people in one list are never
// one `duplicate`.
import { describe, expect, it } from 'vitest';
import { defaultAgreement } from '../../src/agreement/terms.js';
import { reconcile } from '../../src/core/reconcile.js';
import { ScoredMatcher } from '../../src/match/engine/engine.js';
import { DEFAULT_THRESHOLDS } from '../../src/match/options.js';
import type { PersonList } from '../../src/model.js';
import { listFromCsv } from '../helpers.js';

const UA_HEADER = "ID;Прізвище;Ім'я;По батькові;Дата народження;Стать;Особистий номер";
const RU_HEADER = 'ID,Фамилия,Имя,Отчество,Дата рождения,Пол,Личный номер';

// Background people, different on every field, so the model has lists to learn from. Their
// surnames are made of syllables (digits would vanish from a name's key).
const SYLLABLES = ['ба', 'ве', 'ги', 'до', 'жу', 'за', 'ке', 'ли', 'мо', 'ну'];
const syllables = (i: number) => `${SYLLABLES[i % 10]}${SYLLABLES[Math.floor(i / 10) % 10]}`;
const filler = (n: number, side: 'a' | 'b') =>
  Array.from({ length: n }, (_, i) => {
    const day = String((i % 27) + 1).padStart(2, '0');
    const year = 1970 + (i % 30);
    const names = ['Тарас', 'Остап', 'Богдан', 'Назар', 'Юліан'];
    return side === 'a'
      ? `F${i};Пере${syllables(i)}ний;${names[i % 5]};Остапович;${day}.03.${year};ч;ZZ${100000 + i}`
      : `G${i},Тро${syllables(i + 50)}ов,Глеб,Ильич,${year}-07-${day},м,YY${200000 + i}`;
  });

function run(aRows: string[], bRows: string[]) {
  const a: PersonList = listFromCsv([UA_HEADER, ...aRows, ...filler(40, 'a')].join('\n'), 'a');
  const b: PersonList = listFromCsv([RU_HEADER, ...bRows, ...filler(40, 'b')].join('\n'), 'b');
  return reconcile({ a, b, readFindings: [], agreement: defaultAgreement(), matcher: new ScoredMatcher(DEFAULT_THRESHOLDS) });
}

const statusOf = (result: ReturnType<typeof run>, aId: string) => result.entries.find((e) => e.a?.recordId === aId);
const duplicates = (result: ReturnType<typeof run>) => result.entries.filter((e) => e.status === 'duplicate');

describe('two people are never one', () => {
  it('keeps brothers (one surname, patronymic and birth date, two given names and numbers) apart in both lists, each paired with himself', () => {
    const result = run(
      ['1;Гончаренко;Степан;Олексійович;03.04.1991;ч;АБ 345678', '2;Гончаренко;Юрій;Олексійович;03.04.1991;ч;АБ 345679'],
      ['10,Гончаренко,Степан,Алексеевич,1991-04-03,м,AB-345678', '11,Гончаренко,Юрий,Алексеевич,1991-04-03,м,AB-345679'],
    );
    expect(duplicates(result)).toEqual([]);
    expect(statusOf(result, '1')).toMatchObject({ status: 'matched', b: { recordId: '10' } });
    expect(statusOf(result, '2')).toMatchObject({ status: 'matched', b: { recordId: '11' } });
  });

  it('keeps twins apart within one list when neither has a service number', () => {
    const result = run(['1;Бондар;Максим;Ігорович;17.08.2001;ч;', '2;Бондар;Матвій;Ігорович;17.08.2001;ч;'], ['10,Бондарь,Максим,Игоревич,2001-08-17,м,']);
    expect(duplicates(result)).toEqual([]);
    expect(statusOf(result, '1')).toMatchObject({ status: 'matched', b: { recordId: '10' } });
    expect(statusOf(result, '2')?.status).toBe('only_a');
  });

  it('never makes records with different surnames or service numbers one duplicate', () => {
    const result = run(
      ['1;Гончаренко;Степан;Олексійович;03.04.1991;ч;АБ 345678', '2;Бойко;Степан;Олексійович;03.04.1991;ч;ЖК 987654'],
      ['10,Гончаренко,Степан,Алексеевич,1991-04-03,м,AB-345678', '11,Бойко,Степан,Алексеевич,1991-04-03,м,ZHK-987654'],
    );
    expect(duplicates(result)).toEqual([]);
    expect(statusOf(result, '2')).toMatchObject({ status: 'matched', b: { recordId: '11' } });
  });

  it('never makes two surnames only fuzzily alike one duplicate (one given name and birth date)', () => {
    const result = run(['1;Кирієнко;Дмитро;;17.04.1989;ч;', '2;Вітренко;Дмитро;;17.04.1989;ч;'], ['10,Кириенко,Дмитрий,,1989-04-17,м,', '11,Витренко,Дмитрий,,1989-04-17,м,']);
    expect(duplicates(result)).toEqual([]);
    expect(statusOf(result, '1')).toMatchObject({ status: 'matched', b: { recordId: '10' } });
    expect(statusOf(result, '2')).toMatchObject({ status: 'matched', b: { recordId: '11' } });
  });

  it('still finds a true duplicate: one man written twice', () => {
    const result = run(['1;Мазур;Олег;Вікторович;09.10.1979;ч;', '2;Мазур;Олег;Вікторович;09.10.1979;ч;'], ['10,Мазур,Олег,Викторович,1979-10-09,м,']);
    expect(duplicates(result).map((e) => e.a?.recordId)).toEqual(['2']);
  });

  it('keeps a woman and a man of one family out of matched: sex written, or shown by the given name', () => {
    const result = run(
      ['1;Дорошенко;Оксана;Миколаївна;12.12.1985;ж;', '2;Савчук;Ярослава;Іванівна;05.06.1993;;'],
      ['10,Дорошенко,Олег,Николаевич,1985-12-12,м,', '11,Савчук,Ярослав,Иванович,1993-06-05,,'],
    );
    expect(statusOf(result, '1')?.status).not.toBe('matched');
    expect(statusOf(result, '2')?.status).not.toBe('matched');
  });

  it('reads sex from the patronymic where the list has no sex and the given name is an initial', () => {
    const result = run(['1;Ярошенко;О.;Миколаївна;04.04.1990;;'], ['10,Ярошенко,О.,Николаевич,1990-04-04,,']);
    const entry = statusOf(result, '1');
    expect(entry?.status).toBe('review');
    expect(entry?.why).toMatch(/sex=diff/);
  });

  it('keeps a feminine surname out of matched with the masculine form', () => {
    const result = run(['1;Вишневська;Ірина;Павлівна;09.09.1992;;'], ['10,Вишневский,Ирина,Павловна,1992-09-09,,']);
    const entry = statusOf(result, '1');
    expect(entry?.status).not.toBe('matched');
  });

  it('reads two different real given names as a difference, not a fuzzy agreement', () => {
    const result = run(['1;Мельничук;Ян;Петрович;07.07.1987;ч;', '2;Романюк;Михайло;Степанович;01.01.1990;ч;'], ['10,Мельничук,Иван,Петрович,1987-07-07,м,', '11,Романюк,Николай,Степанович,1990-01-01,м,']);
    for (const id of ['1', '2']) {
      const entry = statusOf(result, id);
      expect(entry?.status, id).not.toBe('matched');
      if (entry?.why) expect(entry.why).toMatch(/given=diff/);
    }
  });

  it('keeps two derivations of one stem out of matched (Гончарук against Гончаренко)', () => {
    const result = run(['1;Гончарук;Віталій;Андрійович;30.01.1989;ч;'], ['10,Гончаренко,Виталий,Андреевич,1989-01-30,м,']);
    expect(statusOf(result, '1')?.status).not.toBe('matched');
  });

  it('keeps a surname that differs outright out of matched unless a decisive identifier agrees', () => {
    const result = run(
      ['1;Кравчук;Денис;Олегович;22.02.1994;ч;', '2;Левченко;Артем;Юрійович;15.05.1996;ч;ПК 202020'],
      ['10,Шевчук,Денис,Олегович,1994-02-22,м,', '11,Данилюк,Артём,Юрьевич,1996-05-15,м,PK-202020'],
    );
    expect(statusOf(result, '1')?.status).not.toBe('matched');
    expect(statusOf(result, '2')?.status).toBe('matched');
  });
});

describe('one person written two ways is still one', () => {
  it('matches equivalent forms without a field conflict', () => {
    const result = run(
      ['1;Підгірняк;Богдан;Назарович;11.11.1988;ч;БД 102938', '2;Хоменко;Тарас;Степанович;02.03.1984;ч;'],
      ['10,Подгорняк,Богдан,Назарович,1988-11-11,м,BD 102938', '11,Фоменко,Тарас,Степанович,1984-03-02,м,'],
    );
    for (const [a, b] of [['1', '10'], ['2', '11']]) {
      const entry = statusOf(result, a!);
      expect(entry).toMatchObject({ status: 'matched', b: { recordId: b } });
      expect(entry?.findings.filter((f) => f.code === 'field-conflict')).toEqual([]);
    }
  });
});
