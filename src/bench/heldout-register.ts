// Register-sized lists made only from the held-out rows of bench/heldout/ (section e of
// `npm run bench:heldout`): thousands of people whose name pairs, and the ways the two sides
// write them, were written apart from the matcher's tables and from `exchange generate`. Long
// enough to pass the sample bounds of the estimating (engine.ts), which the small held-out lists
// never reach: at 30,000 a side the first-pass sample's, at 300,000 all three (the first-pass
// pairs, the candidates, the share of pairs blocked). Nothing here reads the project's name
// tables or rules.
import { writeFileSync } from 'node:fs';
import { readRepoTsv } from '../data.js';
import { icao, prng, shuffle } from './heldout-tools.js';

/** One row of each held-out name set this composes people from. */
export interface HeldOutNames {
  surnames: ReadonlyArray<{ ua: string; ru: string; sex: string }>;
  given: ReadonlyArray<{ ua: string; other: string; sex: string; kind: string }>;
  patronymics: ReadonlyArray<{ ua: string; ru: string; sex: string }>;
}

export interface RegisterLists {
  /** Side A's file: Ukrainian clerks, semicolons, DD.MM.YYYY, Cyrillic service numbers. */
  a: string;
  /** Side B's file: Russian forms, commas, YYYY-MM-DD, service numbers Latin or Cyrillic. */
  b: string;
  /** `aId\tbId` of every person on both lists. */
  truth: Set<string>;
  /** How each true pair was written apart, for recall per kind of difference. */
  written: Map<string, string[]>;
  people: number;
}

// Service-number letters: Cyrillic capitals, and how a Russian-side clerk writes each in Latin,
// the look-alike letter where there is one, else by sound.
const SERVICE_LETTERS: ReadonlyArray<[string, string]> = [
  ['А', 'A'], ['В', 'B'], ['Е', 'E'], ['К', 'K'], ['М', 'M'], ['Н', 'H'], ['О', 'O'], ['Р', 'P'], ['С', 'C'], ['Т', 'T'], ['Х', 'X'],
  ['Б', 'B'], ['Г', 'G'], ['Д', 'D'], ['Ж', 'ZH'], ['Л', 'L'], ['П', 'P'], ['Ф', 'F'], ['Ч', 'CH'], ['Ш', 'SH'], ['Ю', 'YU'], ['Я', 'YA'],
];

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/**
 * People drawn from the held-out name pairs, each written once by each side (or by one side
 * only), with the differences clerks make, at rates fixed here before any run:
 * - names: A the Ukrainian form, B the Russian one (given names of kind `russian` only);
 * - patronymic: left out on B for 15%;
 * - date of birth: A DD.MM.YYYY, B YYYY-MM-DD; on B, 2% day and month swapped (where both can be
 *   a month), 1% the day one off, 1% the year one off;
 * - service number (70% have one): A `АВ-123456`, B the same in Latin for half of them, without
 *   the dash for a quarter; missing on A or on B for 10% of those who have one;
 * - surname: two neighbouring letters swapped on B for 2% (not the first letter);
 * - 4% of people only on A, 4% only on B; no one twice on a list.
 * Sexes: 10% women. Birth years 1966–2006. Record ids do not tell the pairs (B's are shuffled).
 */
export function registerLists(names: HeldOutNames, size: number, random: () => number, latinB?: (cyrillic: string) => string): RegisterLists {
  // Side B in Latin letters (`latinB`, a passport transliteration of the Russian forms): the same
  // people and slips, the names written through it, the header in English.
  const bName = latinB ?? ((text: string) => text);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const bySex = <T extends { sex: string }>(xs: readonly T[], sex: string) => xs.filter((x) => x.sex === sex);
  const pools = {
    M: { surnames: bySex(names.surnames, 'M'), given: bySex(names.given, 'M').filter((g) => g.kind === 'russian'), patronymics: bySex(names.patronymics, 'M') },
    F: { surnames: bySex(names.surnames, 'F'), given: bySex(names.given, 'F').filter((g) => g.kind === 'russian'), patronymics: bySex(names.patronymics, 'F') },
  };
  for (const [sex, pool] of Object.entries(pools)) {
    if (pool.surnames.length === 0 || pool.given.length === 0 || pool.patronymics.length === 0) throw new Error(`held-out names: no ${sex} rows to compose people from`);
  }
  const rowsA: string[] = [];
  const rowsB: Array<{ id: number; row: string }> = [];
  const truth = new Set<string>();
  const written = new Map<string, string[]>();
  const usedNumbers = new Set<string>();
  let nextB = 0;
  const bIds = shuffle(Array.from({ length: size }, (_, i) => i), random);
  for (let i = 0; i < size; i++) {
    const sex = random() < 0.1 ? 'F' : 'M';
    const pool = pools[sex];
    const surname = pick(pool.surnames);
    const given = pick(pool.given);
    const patronymic = pick(pool.patronymics);
    const born = new Date(Date.UTC(1966, 0, 1) + Math.floor(random() * 41 * 365.25) * 86_400_000);
    const [y, m, d] = [born.getUTCFullYear(), born.getUTCMonth() + 1, born.getUTCDate()];
    let number: [string, string] | undefined;
    if (random() < 0.7) {
      let [first, second, digits] = [SERVICE_LETTERS[0]!, SERVICE_LETTERS[0]!, ''];
      do {
        [first, second] = [pick(SERVICE_LETTERS), pick(SERVICE_LETTERS)];
        digits = String(100_000 + Math.floor(random() * 900_000));
      } while (usedNumbers.has(first[0] + second[0] + digits));
      usedNumbers.add(first[0] + second[0] + digits);
      number = [`${first[0]}${second[0]}-${digits}`, `${first[1]}${second[1]}${digits}`];
    }
    const where = random();
    const onA = where >= 0.04;
    const onB = where < 0.04 || where >= 0.08;
    const aId = `R${pad(i + 1, 7)}`;
    const bId = `S${pad(bIds[nextB++]! + 1, 7)}`;
    const how: string[] = [];
    // Side B's writing.
    let bSurname = surname.ru;
    if (random() < 0.02 && bSurname.length >= 4) {
      const at = 1 + Math.floor(random() * (bSurname.length - 2));
      bSurname = bSurname.slice(0, at) + bSurname[at + 1] + bSurname[at] + bSurname.slice(at + 2);
      how.push('surname-typo');
    }
    let bPatronymic = patronymic.ru;
    if (random() < 0.15) {
      bPatronymic = '';
      how.push('no-patronymic');
    }
    let [by, bm, bd] = [y, m, d];
    const dateNoise = random();
    if (dateNoise < 0.02 && d <= 12 && d !== m) {
      [bm, bd] = [d, m];
      how.push('day-month-swapped');
    } else if (dateNoise >= 0.02 && dateNoise < 0.03) {
      bd = d === 1 ? 2 : d - 1;
      how.push('day-off');
    } else if (dateNoise >= 0.03 && dateNoise < 0.04) {
      by = y + (random() < 0.5 ? -1 : 1);
      how.push('year-off');
    }
    let [aNumber, bNumber] = ['', ''];
    if (number) {
      const style = random();
      aNumber = number[0];
      bNumber = style < 0.5 ? number[1] : style < 0.75 ? number[0] : number[0].replace('-', '');
      if (style < 0.5) how.push('service-latin');
      const gone = random();
      if (gone < 0.05) {
        aNumber = '';
        how.push('service-missing');
      } else if (gone < 0.1) {
        bNumber = '';
        how.push('service-missing');
      }
    } else how.push('no-service-number');
    if (onA) rowsA.push([aId, surname.ua, given.ua, patronymic.ua, `${pad(d)}.${pad(m)}.${y}`, aNumber].join(';'));
    if (onB) rowsB.push({ id: bIds[nextB - 1]!, row: [bId, bName(bSurname), bName(given.other), bName(bPatronymic), `${by}-${pad(bm)}-${pad(bd)}`, bNumber].join(',') });
    if (onA && onB) {
      truth.add(`${aId}\t${bId}`);
      written.set(`${aId}\t${bId}`, how.length > 0 ? how : ['as-written']);
    }
  }
  rowsB.sort((x, y) => x.id - y.id);
  return {
    a: `${["№ з/п;прізвище;ім'я;по батькові;дата народження;особистий номер", ...rowsA].join('\n')}\n`,
    b: `${[latinB ? 'record_id,surname,given_name,patronymic,date_of_birth,service_number' : '№ п/п,фамилия,имя,отчество,дата рождения,личный номер', ...rowsB.map((r) => r.row)].join('\n')}\n`,
    truth,
    written,
    people: size,
  };
}

/** The seed of the register both benches write: the same people in both, whichever script B writes. */
const REGISTER_SEED = 20261207;

/**
 * The register of `size` people a side written into `dir` (register-a.csv and
 * register-b-SCRIPT.csv), from the held-out rows of bench/heldout/, B in Cyrillic or in ICAO Latin.
 */
export function registerFiles(dir: URL, size: number, script: 'cyrillic' | 'latin'): { a: string; b: string; lists: RegisterLists } {
  const names: HeldOutNames = {
    surnames: readRepoTsv('bench/heldout/surname_pairs.tsv', ['ua', 'ru', 'sex']),
    given: readRepoTsv('bench/heldout/given_name_pairs.tsv', ['ua', 'other', 'sex', 'kind']),
    patronymics: readRepoTsv('bench/heldout/patronymic_pairs.tsv', ['ua', 'ru', 'sex']),
  };
  const lists = registerLists(names, size, prng(REGISTER_SEED), script === 'latin' ? icao : undefined);
  const [a, b] = [new URL('register-a.csv', dir).pathname, new URL(`register-b-${script}.csv`, dir).pathname];
  writeFileSync(a, lists.a);
  writeFileSync(b, lists.b);
  return { a, b, lists };
}
