// Patronymics that follow from the given names by rule, with no row in patronymics_ua_ru.tsv:
// hand-written cases in both languages and sexes, then every man's name of the tables made
// into patronymics by the grammar books' rules and read back.
import { describe, expect, it } from 'vitest';
import { givenNameId, givenNameSex } from '../../src/names/given-names.js';
import { exactKey } from '../../src/names/normalise.js';
import { looksLikePatronymic, patronymicId, patronymicSex } from '../../src/names/patronymics.js';
import { givenNameFormRows, givenNamePairs, patronymicRows } from '../../src/names/tables.js';

const listedFathers = new Set(patronymicRows.flatMap((row) => [row.father_ua, row.father_ru].map((name) => givenNameId(name))));

describe('patronymics by rule', () => {
  it.each([
    ['Назарій', 'Назарійович', 'Назаріївна', 'Назарьевич', 'Назарьевна', 'Nazariiovych', 'Nazarevich'],
    ['Остап', 'Остапович', 'Остапівна', 'Остаповна', 'Ostapovych', 'Ostapivna', 'Ostapovna'],
    ['Ничипір', 'Ничипорович', 'Ничипорівна', 'Никифорович', 'Никифоровна', 'Nychyporovych', 'Nikiforovich'],
    ['Омелян', 'Омелянович', 'Омелянівна', 'Емельянович', 'Емельяновна', 'Omelianovych', 'Emelianovna'],
    ['Йосип', 'Йосипович', 'Йосипівна', 'Иосифович', 'Иосифовна', 'Осипович', 'Осиповна', 'Yosypivna', 'Osipovich'],
    ['Ярема', 'Яремович', 'Яремівна', 'Яремич', 'Еремеевич', 'Еремеевна', 'Iaremovych'],
    ['Мусій', 'Мусійович', 'Мусіївна', 'Моисеевич', 'Моисеевна', 'Мойсейович'],
    ['Панас', 'Панасович', 'Панасівна', 'Опанасович', 'Афанасьевич', 'Афанасьевна', 'Afanasevich'],
    ['Трохим', 'Трохимович', 'Трохимівна', 'Трофимович', 'Трофимовна'],
    ['Гордій', 'Гордійович', 'Гордіївна', 'Гордеевич', 'Гордеевна', 'Hordiiovych', 'Gordeevich'],
    ['Зиновій', 'Зиновійович', 'Зіновіївна', 'Зиновьевич', 'Зиновьевна'],
    ['Прокіп', 'Прокопович', 'Прокопівна', 'Прокопьевич', 'Прокопьевна'],
    ['Тихін', 'Тихонович', 'Тихонівна', 'Тихоновна'],
    ['Охрім', 'Охрімович', 'Охрімівна', 'Ефремович', 'Ефремовна'],
    ["Лук'ян", "Лук'янович", "Лук'янівна", 'Лукьянович', 'Лукьяновна', 'Lukianovych'],
    ['Федір', 'Хведорович', 'Хведорівна', 'Теодорович'],
    ['Матвій', 'Матвійович', 'Матвіївна', 'Матвеевич', 'Матвеевна'],
    ['Кіндрат', 'Кіндратович', 'Кіндратівна', 'Кондратович', 'Кондратьевич', 'Кондратьевна'],
    ['Єлисей', 'Єлисейович', 'Єлисеївна', 'Елисеевич', 'Елисеевна'],
    ['Самуїл', 'Самійлович', 'Самійлівна', 'Самуилович', 'Самойлович'],
    ['Лев', 'Левкович', 'Левківна'],
    ['Олекса', 'Олексович', 'Олексич'],
    ['Тимофій', 'Тимофійович', 'Тимофіївна', 'Тимофеевич', 'Тимофеевна'],
    ['Овксентій', 'Овксентійович', 'Оксентійович', 'Авксентьевич', 'Аксентьевна'],
    ['Арсеній', 'Арсенійович', 'Арсеніївна', 'Арсеньевич', 'Арсеньевна'],
    ['Арсен', 'Арсенович', 'Арсенівна', 'Арсеновна'],
    ['Тарас', 'Тарасівна', 'Tarasivna'],
    ['Харитон', 'Харитонович', 'Харитонівна', 'Харитоновна'],
    ['Архип', 'Архипович', 'Архипівна', 'Архиповна'],
    ['Устим', 'Устимович', 'Устимівна', 'Устинович', 'Устиновна'],
    ['Яким', 'Якимович', 'Якимівна', 'Акимович', 'Акимовна'],
    ['Хома', 'Хомівна', 'Фоминична'],
    ['Ілля', 'Іллівна', 'Ільїч'],
    ['Еміль', 'Емільович', 'Емілівна', 'Эмильевич', 'Эмильевна'],
    ['Шаміль', 'Шамільович', 'Шамильевич'],
    ['Ігор', 'Игорьевич'],
  ])('%s', (father, ...patronymics) => {
    const id = givenNameId(father);
    expect(id, father).toBeDefined();
    for (const patronymic of patronymics) {
      expect(patronymicId(patronymic), patronymic).toBe(id);
      expect(looksLikePatronymic(patronymic), patronymic).toBe(true);
    }
  });

  it('needs no row of patronymics_ua_ru.tsv for them', () => {
    for (const father of ['Назарій', 'Остап', 'Ничипір', 'Омелян', 'Ярема', 'Мусій', 'Панас', 'Охрім', "Лук'ян", 'Арсеній']) {
      expect(listedFathers.has(givenNameId(father)), father).toBe(false);
    }
  });

  it('rebuilds no woman\'s name and no diminutive', () => {
    expect(patronymicId('Романівна')).toBe(givenNameId('Роман'));
    expect(patronymicId('Яновна')).toBe(givenNameId('Ян'));
    // Сашко and Юрко are diminutives, and surnames in -ович are built on them.
    for (const word of ['Сашкович', 'Юркович', 'Петрусевич']) expect(patronymicId(word), word).toBeUndefined();
  });
});

/** A man's name made into patronymics by the grammar books' rules, or [] where they do not apply. */
function ukrainianPatronymics(name: string): [string, string][] {
  const stem = (n: number) => name.slice(0, name.length - n);
  if (/ій$/u.test(name)) return [[`${stem(2)}ійович`, `${stem(2)}іївна`]];
  if (/[ае]й$/u.test(name)) return [[`${stem(1)}йович`, `${stem(1)}ївна`]];
  if (/ь$/u.test(name)) return [[`${name}ович`, `${stem(1)}івна`]];
  if (/[оа]$/u.test(name)) return [[`${stem(1)}ович`, `${stem(1)}івна`]];
  // A last syllable with і alternates (Федір, Федорович): such names are written out above.
  if (/[бвгґджзклмнпрстфхцчшщ]$/u.test(name) && !/і[^аеєиіїоуюя]+$/u.test(name)) return [[`${name}ович`, `${name}івна`]];
  return [];
}

function russianPatronymics(name: string): [string, string][] {
  const stem = (n: number) => name.slice(0, name.length - n);
  if (/[^аеиоуыэюя][^аеиоуыэюя]ий$/u.test(name) || /[гкх]ий$/u.test(name)) return [[`${stem(2)}иевич`, `${stem(2)}иевна`]];
  if (/ий$/u.test(name)) return [[`${stem(2)}ьевич`, `${stem(2)}ьевна`]];
  if (/ей$/u.test(name)) return [[`${stem(2)}еевич`, `${stem(2)}еевна`]];
  if (/ай$/u.test(name)) return [[`${stem(2)}аевич`, `${stem(2)}аевна`]];
  if (/ь$/u.test(name)) return [[`${stem(1)}евич`, `${stem(1)}евна`]];
  // Names in -а, -я take -ич (Никитич, Ильич); fleeting vowels (Павел, Лев) are irregular.
  if (/[^аеиоуыэюя]а$/u.test(name)) return [[`${stem(1)}ич`, `${stem(1)}ична`]];
  if (/[жчшщц]$/u.test(name)) return [[`${name}евич`, `${name}евна`]];
  if (/[бвгджзклмнпрстфх]$/u.test(name) && !/(ел|ев)$/u.test(name)) return [[`${name}ович`, `${name}овна`]];
  return [];
}

describe('every man\'s name of the tables', () => {
  const men = givenNamePairs.filter((row) => row.sex === 'M');
  // Other Russian and church forms of the class (not those that are another class's own name: Георгий).
  const russianForms = givenNameFormRows.filter((row) => row.kind !== 'diminutive' && givenNameSex(givenNameId(row.name) ?? '') === 'M' && givenNameId(row.form) === givenNameId(row.name));
  const cases = new Map<string, string>();
  for (const row of men) {
    for (const [m, f] of ukrainianPatronymics(row.ua)) cases.set(m, row.ua).set(f, row.ua);
    for (const [m, f] of russianPatronymics(row.ru)) cases.set(m, row.ua).set(f, row.ua);
  }
  for (const row of russianForms) for (const [m, f] of [...ukrainianPatronymics(row.form), ...russianPatronymics(row.form)]) cases.set(m, row.name);

  it('makes patronymics that read back as the father\'s class', () => {
    expect(cases.size).toBeGreaterThan(1000);
    const wrong = [...cases].filter(([patronymic, father]) => patronymicId(patronymic) !== givenNameId(father));
    expect(wrong.map(([patronymic, father]) => `${patronymic} (${father}) → ${patronymicId(patronymic)}`)).toEqual([]);
  });

  it('gives each the sex of its suffix', () => {
    for (const patronymic of cases.keys()) {
      expect(patronymicSex(patronymic), patronymic).toBe(/(на)$/u.test(patronymic) ? 'F' : 'M');
    }
  });
});

describe('patronymicSex', () => {
  it.each([
    ['Іванович', 'M'],
    ['Андрійович', 'M'],
    ['Миколайович', 'M'],
    ['Сергеевич', 'M'],
    ['Юрьевич', 'M'],
    ['Кузьмич', 'M'],
    ['Ілліч', 'M'],
    ['Ivanovych', 'M'],
    ['Petrovich', 'M'],
    ['Antonowicz', 'M'],
    ['Іванівна', 'F'],
    ['Андріївна', 'F'],
    ['Сергеевна', 'F'],
    ['Ивановна', 'F'],
    ['Никитична', 'F'],
    ['Ильинична', 'F'],
    ['Ivanivna', 'F'],
    ['Petrovna', 'F'],
    ['Зорянівна', 'F'],
    ['Зорянович', 'M'],
    ['Мамед оглы', 'M'],
    ['Мамед огли', 'M'],
    ['Рашид кызы', 'F'],
    ['Рашид кизи', 'F'],
  ])('%s is %s', (patronymic, sex) => {
    expect(patronymicSex(patronymic)).toBe(sex);
  });

  it('says nothing of words that are no patronymic', () => {
    for (const word of ['Бабич', 'Коваленко', 'Тарас', 'Ольга', 'Ович', '']) expect(patronymicSex(word), word).toBeUndefined();
  });

  it('gives every form of patronymics_ua_ru.tsv the sex of its column', () => {
    for (const row of patronymicRows) {
      for (const form of [row.patronymic_m_ua, row.patronymic_m_ru, row.latin_m_ua_2010, row.latin_m_ru_icao]) expect(patronymicSex(form), form).toBe('M');
      for (const form of [row.patronymic_f_ua, row.patronymic_f_ru]) expect(patronymicSex(form), form).toBe('F');
    }
  });

  it('agrees with the exact key of the word however it is cased', () => {
    expect(patronymicSex('ІВАНІВНА')).toBe('F');
    expect(exactKey('ІВАНІВНА')).toBe('іванівна');
  });
});
