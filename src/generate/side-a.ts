// Side A: the Ukrainian clerk. Ukrainian headers, separate name columns, DD.MM.YYYY, Ukrainian
// words for categories, little noise.
import { writeDate } from './date-noise.js';
import { formatDmy } from './dates.js';
import { apostropheVariant, NO_BREAK_SPACE } from './noise.js';
import type { Person } from './population.js';
import { canonicalTag } from './remains.js';
import type { SideContext } from './side-context.js';
import { categoryCell } from './vocabulary.js';
import { pasteNoise, slipNames, titleCase, writeServiceNumber } from './write-fields.js';

export const POW_HEADER_A = [
  'Номер запису', 'Прізвище', "Ім'я", 'По батькові', 'Дата народження', 'Особистий номер',
  'Звання', 'Військова частина', 'Категорія', 'Медичний стан', 'Висновок комісії',
];

export const REMAINS_HEADER_A = [
  'Номер запису', 'Номер тіла', 'Зразок ДНК', 'Дата виявлення', 'Місце виявлення', 'Ідентифіковано',
  'Прізвище', "Ім'я", 'По батькові', 'Дата народження', 'Особистий номер', 'Громадянство',
];

/** Surname, given name, patronymic, date of birth and service number, as A writes them. */
function identityCells(person: Person, ctx: SideContext): string[] {
  const { rates, rng } = ctx;
  // A name taken down as it was said: Сашко for Олександр, Надійка for Надія.
  const { diminutiveUa } = person.given;
  const given = diminutiveUa.length > 0 && rng.chance(rates.givenNameDiminutive) ? rng.pick(diminutiveUa) : person.given.ua;
  const parts = slipNames(
    { surname: person.surname.ua.toLowerCase(), given: given.toLowerCase(), patronymic: person.patronymic.ua.toLowerCase() },
    'ua',
    rates,
    rng,
  );
  const surname = rng.chance(rates.surnameCaseFlipped) ? parts.surname.toUpperCase() : titleCase(parts.surname);
  let names = pasteNoise([surname, titleCase(parts.given), titleCase(parts.patronymic)], rates, rng);
  if (rng.chance(rates.apostropheVariant)) names = names.map((name) => apostropheVariant(name, rng));
  if (rng.chance(rates.noBreakSpace)) {
    const i = rng.int(names.length);
    names[i] = rng.chance(0.5) ? `${names[i]}${NO_BREAK_SPACE}` : `${NO_BREAK_SPACE}${names[i]}`;
  }
  // Surname in the given-name column and the other way round.
  if (rng.chance(rates.nameOrderSwapped)) names = [names[1] ?? '', names[0] ?? '', names[2] ?? ''];
  return [
    ...names,
    writeDate(person.birth, rates, rng, formatDmy, ctx.reference.y),
    writeServiceNumber(person.serviceNumber, rates, rng),
  ];
}

export function writePowA(person: Person, ctx: SideContext): string[] {
  const { vocabulary } = ctx;
  return [
    ...identityCells(person, ctx),
    person.rank?.ua ?? '',
    person.unit ?? '',
    categoryCell(person.categories, vocabulary),
    person.medicalStatus ? vocabulary.medical[person.medicalStatus] : '',
    person.commission ? vocabulary.commission[person.commission] : '',
  ];
}

/** `copy` > 0 is a further bag of the same body: its tag gets a suffix and it has no sample of its own. */
export function writeRemainsA(person: Person, copy: number, ctx: SideContext): string[] {
  const { vocabulary, rng } = ctx;
  const body = person.body;
  if (!body) throw new Error('a remains record needs a body');
  const known = body.identityKnownA;
  const suffix = copy > 0 ? `/${copy + 1}` : '';
  const dna = copy > 0 || rng.chance(ctx.remains.dnaMissingA) ? '' : body.dna;
  const citizenship = person.otherSide ? vocabulary.citizenship.russia : known ? vocabulary.citizenship.ukraine : '';
  return [
    canonicalTag(body.recoveredOn.y, body.number) + suffix,
    dna,
    formatDmy(body.recoveredOn),
    body.place.ua,
    known ? vocabulary.identified.yes : vocabulary.identified.no,
    ...(known ? identityCells(person, ctx) : ['', '', '', '', '']),
    citizenship,
  ];
}
