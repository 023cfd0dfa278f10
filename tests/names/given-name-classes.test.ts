// Given-name classes by kind: each case below is written from knowledge of Ukrainian and Russian
// name usage, not copied from the tables, so a class the tables lack or merge wrongly fails here.
import { describe, expect, it } from 'vitest';
import {
  ambiguousGivenNameKeys,
  givenNameCandidates,
  givenNameId,
  givenNameIdForSex,
  givenNameSex,
  givenNamesMayAgree,
  isKnownGivenName,
} from '../../src/names/given-names.js';
import { exactKey } from '../../src/names/normalise.js';
import { latinSkeleton } from '../../src/names/skeleton.js';
import { givenNameFormRows, givenNamePairs } from '../../src/names/tables.js';

/** Every written form must give the id of the first. */
function expectOneClass(forms: string[]): void {
  const id = givenNameId(forms[0] ?? '');
  expect(id, forms[0]).toBeDefined();
  for (const form of forms.slice(1)) expect(givenNameId(form), `${forms[0]} / ${form}`).toBe(id);
}

describe('the size of the tables', () => {
  it('covers several hundred Ukrainian names of both sexes', () => {
    const ua = new Set(givenNamePairs.map((row) => row.ua));
    expect(ua.size).toBeGreaterThanOrEqual(450);
    const classes = new Set(givenNamePairs.map((row) => givenNameId(row.ua)));
    const male = [...classes].filter((id) => id !== undefined && givenNameSex(id) === 'M');
    const female = [...classes].filter((id) => id !== undefined && givenNameSex(id) === 'F');
    expect(male.length).toBeGreaterThanOrEqual(250);
    expect(female.length).toBeGreaterThanOrEqual(150);
  });
});

describe('Ukrainian names and the Russian forms a clerk writes for them', () => {
  it.each([
    ['Марко', 'Марк', 'Marko', 'Mark'],
    ['Йосип', 'Иосиф', 'Осип', 'Йосиф', 'Yosyp', 'Iosif', 'Osip'],
    ['Омелян', 'Емельян', 'Емилиан', 'Omelian', 'Emelian'],
    ['Хома', 'Фома', 'Khoma', 'Foma'],
    ['Яким', 'Аким', 'Иоаким', 'Yakym', 'Akim'],
    ['Ярема', 'Еремей', 'Єремій', 'Иеремия', 'Yarema', 'Eremei'],
    ['Панас', 'Опанас', 'Афанасий', 'Афанасій', 'Panas', 'Afanasii'],
    ['Пилип', 'Філіп', 'Филипп', 'Pylyp', 'Filipp'],
    ['Охрім', 'Єфрем', 'Ефрем', 'Охрим', 'Okhrim', 'Efrem'],
    ['Ничипір', 'Нечипір', 'Никифор', 'Nychypir', 'Nikifor'],
    ['Прокіп', 'Прокопій', 'Прокопий', 'Прокоп', 'Prokip'],
    ['Тимофій', 'Тиміш', 'Тимофей', 'Tymish', 'Timofei'],
    ['Лев', 'Левко', 'Levko', 'Lev'],
    ['Федір', 'Хведір', 'Теодор', 'Фёдор', 'Феодор', 'Fedir', 'Fedor'],
    ['Іван', 'Иоанн', 'Іоанн', 'Ivan'],
    ['Назар', 'Назарій', 'Назарий', 'Nazarii'],
    ['Гнат', 'Ігнат', 'Игнат', 'Игнатий', 'Hnat', 'Ignatii'],
    ['Самійло', 'Самуїл', 'Самуил', 'Самойло', 'Samiilo'],
    ['Спиридон', 'Свирид', 'Svyryd'],
    ['Влас', 'Улас', 'Власий', 'Ulas'],
    ['Лук\'ян', 'Лукьян', 'Лукиан', 'Lukian'],
    ['Овксентій', 'Оксентій', 'Авксентий', 'Аксентий', 'Ovksentii', 'Avksentii'],
    ['Мусій', 'Мойсей', 'Моисей', 'Musii', 'Moisei'],
    ['Зиновій', 'Зіновій', 'Зеновій', 'Зиновий', 'Zinovii'],
    ['Кіндрат', 'Кондрат', 'Кондратий', 'Kindrat', 'Kondrat'],
    ['Лаврін', 'Лаврентій', 'Лаврентий', 'Lavrin'],
    ['Семен', 'Семён', 'Симеон', 'Semen', 'Semion'],
    ['Данило', 'Даниїл', 'Даниил', 'Данила', 'Danylo', 'Daniil'],
    ['Гаврило', 'Гавриил', 'Гаврила', 'Havrylo', 'Gavriil'],
    ['Ілля', 'Илья', 'Илия', 'Illia', 'Ilia'],
    ['Юхим', 'Єфим', 'Ефим', 'Yukhym', 'Efim'],
    ['Кузьма', 'Козьма', 'Kuzma'],
  ])('men: %s', (...forms) => expectOneClass(forms));

  it.each([
    ['Явдоха', 'Євдокія', 'Докія', 'Евдокия', 'Авдотья', 'Yavdokha', 'Evdokiia'],
    ['Гафія', 'Агафія', 'Агафья', 'Агафия', 'Hafiia', 'Agafia'],
    ['Горпина', 'Агриппина', 'Аграфена', 'Horpyna', 'Agrippina'],
    ['Мотря', 'Мотрона', 'Матрёна', 'Матрона', 'Motria', 'Matrena'],
    ['Килина', 'Акулина', 'Акилина', 'Kylyna', 'Akulina'],
    ['Параска', 'Парасковія', 'Прасковья', 'Параскева', 'Paraska', 'Praskovia'],
    ['Текля', 'Фёкла', 'Фекла', 'Teklia', 'Fekla'],
    ['Хівря', 'Февронія', 'Феврония', 'Khivria'],
    ['Одарка', 'Дарія', 'Дар\'я', 'Дарина', 'Дарья', 'Odarka', 'Daria'],
    ['Ївга', 'Євгенія', 'Евгения', 'Yivha', 'Evgeniia'],
    ['Ярина', 'Арина', 'Орина', 'Yaryna', 'Arina'],
    ['Уляна', 'Ульяна', 'Uliana'],
    ['Ганна', 'Анна', 'Hanna', 'Anna'],
    ['Олена', 'Гелена', 'Елена', 'Olena', 'Elena', 'Helen'],
    ['Соломія', 'Соломия', 'Саломея', 'Solomiia'],
    ['Христина', 'Кристина', 'Khrystyna', 'Kristina', 'Christina'],
    ['Мар\'яна', 'Марьяна', 'Маріанна', 'Mariana'],
    ['Оксана', 'Oksana', 'Oxana'],
    ['Зоряна', 'Zoriana'],
    ['Богдана', 'Bohdana', 'Bogdana'],
    ['Марта', 'Марфа', 'Marta', 'Martha'],
    ['Меланія', 'Мелания', 'Маланья', 'Melaniia'],
    ['Лукерія', 'Ликера', 'Лукерья', 'Гликерия', 'Lukeriia'],
    ['Пелагія', 'Пелагея', 'Pelahiia', 'Pelageia'],
    ['Наталія', 'Наталя', 'Наталья', 'Nataliia', 'Natalia', 'Natalie'],
  ])('women: %s', (...forms) => expectOneClass(forms));
});

describe('diminutives', () => {
  it.each([
    ['Олександр', 'Сашко'],
    ['Надія', 'Надійка', 'Надя'],
    ['Михайло', 'Михась', 'Міша', 'Миша', 'Misha'],
    ['Петро', 'Петрусь', 'Петя', 'Petrus'],
    ['Іван', 'Івась', 'Іванко', 'Ваня', 'Vania'],
    ['Олена', 'Оленка', 'Лена'],
    ['Марія', 'Маруся', 'Марійка', 'Марічка', 'Маша', 'Marusia'],
    ['Григорій', 'Гриць', 'Грицько', 'Гриша'],
    ['Юрій', 'Юрко', 'Юра', 'Yurko'],
    ['Степан', 'Стецько', 'Стёпа'],
    ['Микола', 'Коля', 'Kolia'],
    ['Олексій', 'Альоша', 'Лёша'],
    ['Дмитро', 'Діма', 'Митя'],
    ['Володимир', 'Вова', 'Володя'],
    ['Тетяна', 'Таня'],
    ['Наталія', 'Наташа'],
    ['Катерина', 'Катя', 'Катруся'],
    ['Анастасія', 'Настя'],
    ['Євдокія', 'Дуня'],
    ['Агафія', 'Гапка'],
  ])('%s', (...forms) => expectOneClass(forms));

  it('are not full names: they do not decide the order of words in a full name', () => {
    for (const name of ['Сашко', 'Юрко', 'Гриць', 'Маруся']) {
      expect(givenNameId(name), name).toBeDefined();
      expect(isKnownGivenName(name), name).toBe(false);
    }
    for (const name of ['Олександр', 'Левко', 'Явдоха', 'Osip']) expect(isKnownGivenName(name), name).toBe(true);
  });
});

describe('forms shared by two classes', () => {
  it.each([
    ['Саша', 'Олександр', 'Олександра'],
    ['Sasha', 'Олександр', 'Олександра'],
    ['Шура', 'Олександр', 'Олександра'],
    ['Женя', 'Євген', 'Євгенія'],
    ['Zhenia', 'Євген', 'Євгенія'],
    ['Валя', 'Валентин', 'Валентина'],
    ['Паша', 'Павло', 'Парасковія'],
  ])('%s gives no id, and the sex tells its class', (form, man, woman) => {
    expect(givenNameId(form)).toBeUndefined();
    expect(givenNameCandidates(form)).toEqual(expect.arrayContaining([givenNameId(man), givenNameId(woman)]));
    expect(givenNameIdForSex(form, 'M')).toBe(givenNameId(man));
    expect(givenNameIdForSex(form, 'F')).toBe(givenNameId(woman));
    expect(givenNamesMayAgree(form, man)).toBe(true);
    expect(givenNamesMayAgree(form, woman)).toBe(true);
  });

  it('Слава stays ambiguous even with the sex known', () => {
    expect(givenNameId('Слава')).toBeUndefined();
    expect(givenNameIdForSex('Слава', 'M')).toBeUndefined();
    expect(givenNameIdForSex('Слава', 'F')).toBeUndefined();
    expect(givenNameCandidates('Слава')).toEqual(expect.arrayContaining([givenNameId('Ярослав'), givenNameId('Ярослава'), givenNameId("В'ячеслав")]));
  });

  it('a church form that is another class\'s own name keeps its class and adds a candidate', () => {
    expect(givenNameId('Георгий')).toBe(givenNameId('Георгій'));
    expect(givenNameCandidates('Георгий')).toEqual(expect.arrayContaining([givenNameId('Юрій'), givenNameId('Єгор')]));
    expect(givenNamesMayAgree('Юрій', 'Георгий')).toBe(true);
    expect(givenNameId('Юрій')).not.toBe(givenNameId('Георгій'));
    expect(givenNameId('Стефан')).not.toBe(givenNameId('Степан'));
    expect(givenNamesMayAgree('Степан', 'Стефан')).toBe(true);
  });

  it('gives the sex of a known name only to that sex', () => {
    expect(givenNameIdForSex('Ольга', 'M')).toBeUndefined();
    expect(givenNameIdForSex('Ольга', 'F')).toBe(givenNameId('Ольга'));
  });

  it('no key names classes of both sexes but a form listed for both (which gives no id)', () => {
    const listedForBoth = new Set(
      givenNameFormRows
        .filter((row) => givenNameFormRows.some((other) => other.form === row.form && givenNameSex(givenNameId(other.name) ?? '') !== givenNameSex(givenNameId(row.name) ?? '')))
        .flatMap((row) => [exactKey(row.form), latinSkeleton(row.form)]),
    );
    for (const [key, ids] of ambiguousGivenNameKeys()) {
      if (new Set(ids.map(givenNameSex)).size > 1) expect(listedForBoth.has(key), `${key}: ${ids.join(', ')}`).toBe(true);
    }
  });

  it('no full form of one class is written like a full form of another', () => {
    const fullForms = [
      ...givenNamePairs.flatMap((row) => [row.ua, row.ru].map((form) => ({ form, name: row.ua }))),
      ...givenNameFormRows.filter((row) => row.kind !== 'diminutive').map((row) => ({ form: row.form, name: row.name })),
    ];
    const classOfKey = new Map<string, string>();
    for (const { form, name } of fullForms) {
      const id = givenNameId(name) ?? '';
      for (const key of [`=${exactKey(form)}`, `~${latinSkeleton(form)}`]) {
        const other = classOfKey.get(key);
        // A church form written as another class's name is a second candidate, not a collision.
        if (other !== undefined && other !== id) expect(givenNameCandidates(form), `${form} (${name})`).toContain(id);
        else classOfKey.set(key, id);
      }
    }
  });
});

describe('classes never merge', () => {
  it.each([
    ['Ярослав', 'Ярослава'],
    ['Олександр', 'Олександра'],
    ['Роман', 'Романа'],
    ['Іван', 'Іванна'],
    ['Ян', 'Яна'],
    ['Валентин', 'Валентина'],
    ['Євген', 'Євгенія'],
    ['Станіслав', 'Станіслава'],
    ['Юліан', 'Юліана'],
    ['Федір', 'Федора'],
    ['Серафим', 'Серафима'],
    ['Харитон', 'Харитина'],
    ['Феодосій', 'Феодосія'],
    ['Богдан', 'Богдана'],
    ['Руслан', 'Руслана'],
    ['Мирослав', 'Мирослава'],
    ['Ренат', 'Рената'],
    ['Мілан', 'Мілана'],
  ])('a man\'s %s and a woman\'s %s', (man, woman) => {
    expect(givenNameSex(givenNameId(man) ?? '')).toBe('M');
    expect(givenNameSex(givenNameId(woman) ?? '')).toBe('F');
    expect(givenNamesMayAgree(man, woman)).toBe(false);
  });

  it.each([
    ['Іван', 'Ян'],
    ['Михайло', 'Микола'],
    ['Олег', 'Ольга'],
    ['Юрій', 'Георгій'],
    ['Юрій', 'Єгор'],
    ['Олександр', 'Олексій'],
    ['Степан', 'Стефан'],
    ['Арсен', 'Арсеній'],
    ['Ірина', 'Ярина'],
    ['Оксана', 'Ксенія'],
    ['Олена', 'Альона'],
    ['Остап', 'Євстафій'],
    ['Сава', 'Савелій'],
    ['Лука', 'Лук\'ян'],
    ['Марко', 'Маркіян'],
    ['Мирон', 'Мирослав'],
    ['Корній', 'Корнило'],
    ['Юлій', 'Юліан'],
    ['Устим', 'Юстин'],
    ['Данило', 'Денис'],
    ['Марія', 'Мар\'яна'],
    ['Уляна', 'Юліана'],
    ['Леся', 'Олеся'],
    ['Олесь', 'Олексій'],
  ])('%s and %s are two names', (x, y) => {
    expect(givenNameId(x)).toBeDefined();
    expect(givenNameId(y)).toBeDefined();
    expect(givenNameId(x)).not.toBe(givenNameId(y));
  });
});

describe('sex of every class', () => {
  it('is the sex of its rows', () => {
    for (const row of givenNamePairs) expect(givenNameSex(givenNameId(row.ua) ?? ''), row.ua).toBe(row.sex);
  });

  it('is the sex of every own form of the class', () => {
    for (const row of givenNameFormRows) {
      const sex = givenNameSex(givenNameId(row.name) ?? '');
      const id = givenNameId(row.form);
      if (id !== undefined) expect(givenNameSex(id), row.form).toBe(sex);
    }
  });

  it.each([
    ...['Остап', 'Северин', 'Ярема', 'Орест', 'Зиновій', 'Охрім', 'Ничипір', 'Овксентій', "Лук'ян", 'Прокіп', 'Архип', 'Харитон', 'Мирон', 'Трохим', 'Устим', 'Гордій', 'Левко', 'Тиміш', 'Кузьма', 'Микита', 'Хома', 'Ілля', 'Сава', 'Лука', 'Данило', 'Осип', 'Емельян'].map((name) => [name, 'M'] as const),
    ...['Горпина', 'Явдоха', 'Гафія', 'Мотря', 'Килина', 'Параска', 'Уляна', 'Соломія', 'Христина', 'Ярина', "Мар'яна", 'Оксана', 'Зоряна', 'Богдана', 'Любов', 'Ніна', 'Ада', 'Кіра', 'Авдотья', 'Агафья'].map((name) => [name, 'F'] as const),
  ])('%s is %s', (name, sex) => {
    expect(givenNameSex(givenNameId(name) ?? '')).toBe(sex);
  });
});

describe('Latin forms', () => {
  it.each([
    ['Йосип', 'Yosyp', 'Iosif', 'Osip', 'Josyp', 'Joseph', 'Józef'],
    ['Андрій', 'Andrii', 'Andrei', 'Andriy', 'Andrew', 'Andrzej'],
    ['Василь', 'Vasyl', 'Vasilii', 'Wasyl', 'Basil'],
    ['Данило', 'Danylo', 'Daniil', 'Daniel'],
    ['Іван', 'Ivan', 'John'],
    ['Хома', 'Khoma', 'Foma', 'Thomas'],
    ['Марія', 'Mariia', 'Maria', 'Mary'],
    ['Ірина', 'Iryna', 'Irina', 'Irene'],
    ['Людмила', 'Liudmyla', 'Liudmila', 'Ludmila'],
    ['Явдоха', 'Yavdokha', 'Evdokiia', 'Avdotia'],
    ['Гордій', 'Hordii', 'Gordei', 'Gordiy'],
    ['Омелян', 'Omelian', 'Emelian', 'Emelyan', 'Yemelyan'],
  ])('%s', (...forms) => expectOneClass(forms));
});
