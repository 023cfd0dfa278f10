// Side B: the Russian clerk. Russian headers, one ФИО column (`ФАМИЛИЯ Имя Отчество`), names
// replaced by their Russian equivalents, sometimes Latin, YYYY-MM-DD, more noise.
import { sideBCategories } from './categories.js';
import { writeDate } from './date-noise.js';
import { formatIso } from './dates.js';
import { NO_BREAK_SPACE } from './noise.js';
import type { Person } from './population.js';
import { at, WeightedPicker, type Rng } from '../random.js';
import { writeDnaB, writeTagB } from './remains.js';
import type { SideContext } from './side-context.js';
import { transliterate, type LatinSystem } from './translit.js';
import { categoryCell } from './vocabulary.js';
import { pasteNoise, slipNames, titleCase, writeServiceNumber, type NameParts } from './write-fields.js';

export const POW_HEADER_B = [
  'Номер записи', 'ФИО', 'Дата рождения', 'Личный номер', 'Звание', 'Воинская часть',
  'Категория', 'Медицинское состояние', 'Заключение комиссии',
];

export const REMAINS_HEADER_B = [
  'Номер записи', 'Номер тела', 'Образец ДНК', 'Дата обнаружения', 'Место обнаружения', 'Опознан',
  'ФИО', 'Дата рождения', 'Личный номер', 'Гражданство',
];

// Latin spellings met in Russian lists: copied from a Ukrainian or a Russian passport of some
// year, or improvised.
const LATIN_SYSTEMS = new WeightedPicker<[LatinSystem, number]>(
  [['ua2010', 0.35], ['icao', 0.35], ['mvd', 0.15], ['gost', 0.05], ['adhoc', 0.1]],
  ([, weight]) => weight,
);

/** The usual form, or now and then one of the others. */
function spelling(forms: readonly string[], alternativeRate: number, rng: Rng): string {
  return forms.length > 1 && rng.chance(alternativeRate) ? rng.pick(forms.slice(1)) : at(forms, 0);
}

/**
 * The Russian given name this record carries: now and then a diminutive (Саша) or a colloquial or
 * church form (Фома for Хома), else the official form (`alternativeRate`: how often a less usual one).
 */
function russianGiven(person: Person, ctx: SideContext, alternativeRate: number): string {
  const { rates, rng } = ctx;
  const { diminutiveRu, colloquial, ru } = person.given;
  if (diminutiveRu.length > 0 && rng.chance(rates.givenNameDiminutive)) return rng.pick(diminutiveRu);
  if (colloquial.length > 0 && rng.chance(rates.givenNameColloquial)) return rng.pick(colloquial);
  return spelling(ru, alternativeRate, rng);
}

/** The Russian surname: built on a given name, mostly with that name in Russian (Хоменко → Фоменко). */
function russianSurnameForm(person: Person, ctx: SideContext, alternativeRate: number): string {
  const { rates, rng } = ctx;
  const { translated, ru } = person.surname;
  const forms = translated.length > 0 && rng.chance(rates.surnameNameTranslated) ? translated : ru;
  return spelling(forms, alternativeRate, rng);
}

function russianParts(person: Person, ctx: SideContext): NameParts {
  const { rates, rng } = ctx;
  const parts = {
    surname: russianSurnameForm(person, ctx, rates.alternativeSpelling).toLowerCase(),
    given: russianGiven(person, ctx, rates.alternativeSpelling).toLowerCase(),
    patronymic: person.patronymic.ru.toLowerCase(),
  };
  // Most Russian typists leave ё out; the tables write it.
  if (rng.chance(0.5)) return parts;
  return { surname: parts.surname.replaceAll('ё', 'е'), given: parts.given.replaceAll('ё', 'е'), patronymic: parts.patronymic.replaceAll('ё', 'е') };
}

function latinParts(person: Person, ctx: SideContext): NameParts {
  const { rng } = ctx;
  const [system] = LATIN_SYSTEMS.pick(rng);
  // The Ukrainian system is copied from a Ukrainian passport, so it spells the Ukrainian forms;
  // the others spell the Russian forms this record carries, in their usual spelling.
  const source = system === 'ua2010'
    ? { surname: person.surname.ua, given: person.given.ua, patronymic: person.patronymic.ua }
    : { surname: russianSurnameForm(person, ctx, 0), given: russianGiven(person, ctx, 0), patronymic: person.patronymic.ru };
  const latin = (word: string): string => transliterate(word.toLowerCase(), system);
  // Latin documents seldom carry a patronymic.
  return { surname: latin(source.surname), given: latin(source.given), patronymic: rng.chance(0.5) ? latin(source.patronymic) : '' };
}

/** The ФИО cell. */
function fullName(person: Person, ctx: SideContext): string {
  const { rates, rng } = ctx;
  const isLatin = rng.chance(rates.latin);
  const clean = isLatin ? latinParts(person, ctx) : russianParts(person, ctx);
  const parts = slipNames(clean, isLatin ? 'latin' : 'ru', rates, rng);
  const swapped = rng.chance(rates.nameOrderSwapped);
  // The surname is in capitals when it leads; written after the names it is an ordinary word.
  const flipped = rng.chance(rates.surnameCaseFlipped);
  const upper = swapped ? flipped : !flipped;
  const surname = upper ? parts.surname.toUpperCase() : titleCase(parts.surname);
  const [s = '', g = '', p = ''] = pasteNoise([surname, titleCase(parts.given), titleCase(parts.patronymic)], rates, rng);
  const words = (swapped ? [g, p, s] : [s, g, p]).filter((word) => word !== '');
  if (rng.chance(rates.noBreakSpace) && words.length > 1) {
    const gap = rng.int(words.length - 1);
    return words.map((word, i) => word + (i === words.length - 1 ? '' : i === gap ? NO_BREAK_SPACE : ' ')).join('');
  }
  return words.join(' ');
}

function identityCells(person: Person, ctx: SideContext): string[] {
  return [
    fullName(person, ctx),
    writeDate(person.birth, ctx.rates, ctx.rng, formatIso, ctx.reference.y),
    writeServiceNumber(person.serviceNumber, ctx.rates, ctx.rng),
  ];
}

export function writePowB(person: Person, ctx: SideContext): string[] {
  const { vocabulary, rng } = ctx;
  return [
    ...identityCells(person, ctx),
    person.rank ? rng.pick(person.rank.ru) : '',
    person.unit ?? '',
    categoryCell(sideBCategories(person.categories, ctx.categories, rng), vocabulary),
    person.medicalStatus ? vocabulary.medical[person.medicalStatus] : '',
    person.commission ? vocabulary.commission[person.commission] : '',
  ];
}

export function writeRemainsB(person: Person, copy: number, ctx: SideContext): string[] {
  const { vocabulary, rng } = ctx;
  const body = person.body;
  if (!body) throw new Error('a remains record needs a body');
  const known = body.identityKnownB;
  return [
    writeTagB(body, ctx.remains, rng) + (copy > 0 ? `/${copy + 1}` : ''),
    copy > 0 ? '' : writeDnaB(body, ctx.remains, rng),
    formatIso(body.recoveredOn),
    body.place.ru,
    known ? vocabulary.identified.yes : vocabulary.identified.no,
    ...(known ? identityCells(person, ctx) : ['', '', '']),
    // The handing-over side calls every body Ukrainian, its own soldiers' too.
    vocabulary.citizenship.ukraine,
  ];
}
