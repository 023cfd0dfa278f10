// How field-conflict tells a name spelt two ways from two names, with pairs written for this test.
import { describe, expect, it } from 'vitest';
import { nameDifference, sameName } from '../../src/match/same-value.js';
import { surnameKey } from '../../src/names/surname.js';

describe('a name that differs', () => {
  it('is a spelling difference when it is one slip from the other, or close to a form of its class', () => {
    for (const [role, x, y] of [
      ['surname', 'Гордієнко', 'ГОРДИЕНОК'],
      ['surname', 'Савчук', 'САВЧУКК'],
      ['given', 'Степан', 'Стпан'],
      ['given', 'Микола', 'Никлай'],
      ['patronymic', 'Петрович', 'Петровчи'],
    ] as const) {
      expect(nameDifference(role, x, y), `${x} / ${y}`).toBe('spelling');
    }
  });

  it('is two names when both are known names, a woman’s and a man’s surname, or two derivations', () => {
    for (const [role, x, y] of [
      ['given', 'Іван', 'Ян'],
      ['given', 'Олег', 'Ольга'],
      ['patronymic', 'Іванович', 'Степанович'],
      ['surname', 'Вишневська', 'Вишневский'],
      ['surname', 'Гончарук', 'Гончаренко'],
      ['surname', 'Ткаченко', 'Мирошник'],
    ] as const) {
      expect(nameDifference(role, x, y), `${x} / ${y}`).toBe('names');
    }
  });
});

describe('a surname that is a given name', () => {
  it('follows the given name into the other language', () => {
    expect(surnameKey('Хома')).toBe(surnameKey('Фома'));
    expect(sameName('surname', 'Пилип', 'Филипп')).toBe(true);
    expect(sameName('surname', 'Хома', 'Кома')).toBe(false);
  });
});
