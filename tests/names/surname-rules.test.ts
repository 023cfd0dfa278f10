// Surname correspondences as rules, tested by class with pairs written for these tests (not rows
// of the data tables): і for е or о anywhere, stems built on given names, feminine forms, sex.
import { describe, expect, it } from 'vitest';
import { genderFormsDiffer, surnameDerivationsDiffer, surnameKey, surnameSex, surnameVariantKeys } from '../../src/names/surname.js';
import { sameName } from '../../src/match/same-value.js';

describe('a Ukrainian і for a Russian е or о, anywhere in the surname', () => {
  it('joins the two forms, in Cyrillic and in passport Latin', () => {
    for (const [ua, ru] of [
      ['Підгірняк', 'Подгорняк'],
      ['Світлик', 'Светлик'],
      ['Гірчак', 'Горчак'],
      ['Bilyk', 'Белик'],
      ['Лісняк', 'Лесняк'],
      ['Кісляк', 'Кисляк'],
    ]) {
      expect(sameName('surname', ua!, ru!), `${ua} / ${ru}`).toBe(true);
      expect(sameName('surname', ru!, ua!), `${ru} / ${ua}`).toBe(true);
    }
  });

  it('alternates only a Ukrainian і, so surnames with и or е stay apart', () => {
    expect(surnameVariantKeys('Лисенко')).toEqual([]);
    expect(sameName('surname', 'Лисенко', 'Лесенко')).toBe(false);
    expect(sameName('surname', 'Рибак', 'Робак')).toBe(false);
    expect(sameName('surname', 'Мельник', 'Мальник')).toBe(false);
  });
});

describe('surnames built on a given name follow the given name across languages', () => {
  it('joins Ukrainian and Russian forms whose stem is the name in each language', () => {
    for (const [ua, ru] of [
      ['Пилипчук', 'Филиппчук'],
      ['Хоменко', 'Фоменко'],
      ['Пилипович', 'Филиппович'],
      ['Opanasenko', 'Афанасенко'],
    ]) {
      expect(surnameKey(ua!), `${ua} / ${ru}`).toBe(surnameKey(ru!));
    }
  });

  it('keeps surnames apart whose suffixes differ, or whose stem is no name', () => {
    expect(surnameKey('Пилипенко')).not.toBe(surnameKey('Пилипчук'));
    expect(surnameKey('Коваленко')).not.toBe(surnameKey('Ковальчук'));
    expect(surnameKey('Марченко')).toBe(surnameKey('Марченко'));
  });
});

describe('feminine and masculine forms of one family name', () => {
  it('are two people', () => {
    for (const [f, m] of [
      ['Вишневська', 'Вишневский'],
      ['Вишневская', 'Вишневський'],
      ['Соколова', 'Соколов'],
      ['Ільїна', 'Ильин'],
      ['Зелена', 'Зелений'],
      ['Ковальова', 'Ковалёв'],
    ]) {
      expect(genderFormsDiffer(f!, m!), `${f} / ${m}`).toBe(true);
      expect(genderFormsDiffer(m!, f!), `${m} / ${f}`).toBe(true);
      expect(sameName('surname', f!, m!)).toBe(false);
    }
  });

  it('while the two languages of one feminine form agree', () => {
    expect(genderFormsDiffer('Вишневська', 'Вишневская')).toBe(false);
    expect(sameName('surname', 'Вишневська', 'Вишневская')).toBe(true);
    expect(sameName('surname', 'Соколова', 'Sokolova')).toBe(true);
    expect(genderFormsDiffer('Ткаченко', 'Ткаченко')).toBe(false);
  });

  it('tell the sex where the form shows it, and only there', () => {
    expect(surnameSex('Вишневська')).toBe('F');
    expect(surnameSex('Соколова')).toBe('F');
    expect(surnameSex('Вишневский')).toBe('M');
    expect(surnameSex('Соколов')).toBe('M');
    // -енко, -ук, -ів and nouns in -а are borne by men and women alike.
    for (const unisex of ['Ткаченко', 'Гнатюк', 'Петрів', 'Калина', 'Сорока']) expect(surnameSex(unisex), unisex).toBeUndefined();
  });
});

describe('two derivations of one stem are two family names', () => {
  it('tells a surname from the same stem with another suffix, or with a suffix added', () => {
    for (const [x, y] of [
      ['Гончар', 'Гончаренко'],
      ['Гончарук', 'Гончаренко'],
      ['Савчук', 'Савченко'],
      ['Лисак', 'Лисенко'],
      ['Мазур', 'Мазуренко'],
      ['Кулик', 'Куликов'],
      ['Стрілець', 'Стрільченко'],
      ['Пасічник', 'Пасічниченко'],
      ['Рибак', 'Рибачук'],
      ['Горобець', 'Горобцов'],
    ]) {
      expect(surnameDerivationsDiffer(x!, y!), `${x} / ${y}`).toBe(true);
      expect(surnameDerivationsDiffer(y!, x!), `${y} / ${x}`).toBe(true);
    }
  });

  it('but not one suffix in its two spellings or languages, nor a typo', () => {
    for (const [x, y] of [
      ['Гончарук', 'Гончарюк'],
      ['Гончаренко', 'Гончаренко'],
      ['Петрів', 'Петров'],
      ['Кравець', 'Кравец'],
      ['Вишневський', 'Вишневский'],
      ['Савченко', 'Савчено'],
    ]) {
      expect(surnameDerivationsDiffer(x!, y!), `${x} / ${y}`).toBe(false);
    }
  });
});
