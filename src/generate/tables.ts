// The knowledge the generator draws from, read once from its own tables in data/generate/. It
// reads no file of data/names/ and imports nothing from src/names/: drawn from the matcher's
// tables, a bench would only meet names the matcher knows and prove that it agrees with itself.
// Given names, their Russian, colloquial, church and diminutive forms, fathers' names with their
// patronymics, and the surnames built on a given name are therefore the generator's own, and a
// share of them is deliberately absent from the matcher's tables (data/generate/README.md).
import { readDataTsv } from '../data.js';

export type Sex = 'M' | 'F';

export interface GivenName {
  ua: string;
  /** Russian equivalents, most usual first (Данило → Даниил, Данила). */
  ru: string[];
  /** Colloquial or church Russian forms (Панас → Афанасий, Юрій → Георгий). */
  colloquial: string[];
  /** Diminutives a Ukrainian clerk writes (Сашко), and a Russian one (Саша). */
  diminutiveUa: string[];
  diminutiveRu: string[];
  sex: Sex;
  weight: number;
}

export interface Patronymic {
  fatherUa: string;
  ua: Record<Sex, string>;
  ru: Record<Sex, string>;
  weight: number;
}

export interface SurnameEntry {
  ua: string;
  /** Russian spellings the letter rules cannot derive (Олійник → Олейник), or empty. */
  ruOverride: string[];
  /**
   * A surname built on a given name: its Russian spellings with the name translated (Пилипенко →
   * Филиппенко; Остапчук → Остапчук where the name is the same). Empty for other surnames.
   */
  translated: string[];
  /** The given name a surname of data/generate/surnames_given_ua_ru.tsv is built on. */
  givenUa?: string;
  weight: number;
}

export interface RuSurname {
  ru: string;
  weight: number;
}

export interface Rank {
  ua: string;
  ru: string[];
  weight: number;
}

export interface Place {
  ua: string;
  ru: string;
}

export interface Tables {
  givenNames: GivenName[];
  patronymics: Patronymic[];
  surnames: SurnameEntry[];
  ruSurnames: RuSurname[];
  ranks: Rank[];
  places: Place[];
}

const alternatives = (cell: string): string[] => cell.split('|').filter((part) => part !== '');

/** A table of data/generate/ with the columns it must have (a missing one throws at load time). */
const readOwn = <K extends string>(file: string, columns: readonly K[]): Record<K, string>[] => readDataTsv(`generate/${file}`, columns);

/**
 * The given names the population is drawn from: only those of the generator's own tables
 * (data/generate/given_names_ua_ru.tsv with the weights of given_name_weights.tsv).
 */
function loadGivenNames(): GivenName[] {
  const weights = new Map(readOwn('given_name_weights.tsv', ['name_ua', 'weight'] as const).map((row) => [row.name_ua, Number(row.weight)]));
  const byUa = new Map<string, GivenName>();
  for (const row of readOwn('given_names_ua_ru.tsv', ['name_ua', 'sex', 'ru', 'colloquial_ru'] as const)) {
    const ua = row.name_ua;
    const weight = weights.get(ua);
    if (weight === undefined) throw new Error(`given_name_weights.tsv lacks ${ua}`);
    if (byUa.has(ua)) throw new Error(`given_names_ua_ru.tsv lists ${ua} twice`);
    if (row.sex !== 'M' && row.sex !== 'F') throw new Error(`given_names_ua_ru.tsv: ${ua} has sex "${row.sex}"`);
    byUa.set(ua, {
      ua,
      ru: alternatives(row.ru),
      colloquial: alternatives(row.colloquial_ru),
      diminutiveUa: [],
      diminutiveRu: [],
      sex: row.sex,
      weight,
    });
  }
  for (const ua of weights.keys()) if (!byUa.has(ua)) throw new Error(`given_names_ua_ru.tsv lacks ${ua}`);
  for (const row of readOwn('given_name_diminutives.tsv', ['name_ua', 'diminutive_ua', 'diminutive_ru'] as const)) {
    const name = byUa.get(row.name_ua);
    if (!name) throw new Error(`given_name_diminutives.tsv: unknown name ${row.name_ua}`);
    name.diminutiveUa = alternatives(row.diminutive_ua);
    name.diminutiveRu = alternatives(row.diminutive_ru);
  }
  return [...byUa.values()];
}

function loadSurnames(): SurnameEntry[] {
  const plain = readOwn('surnames_ua.tsv', ['surname_ua', 'weight', 'ru'] as const).map((row): SurnameEntry => ({
    ua: row.surname_ua,
    ruOverride: alternatives(row.ru),
    translated: [],
    weight: Number(row.weight),
  }));
  const onGiven = readOwn('surnames_given_ua_ru.tsv', ['surname_ua', 'given_ua', 'ru', 'translated_ru', 'weight'] as const).map(
    (row): SurnameEntry => ({
      ua: row.surname_ua,
      ruOverride: alternatives(row.ru),
      translated: alternatives(row.translated_ru),
      givenUa: row.given_ua,
      weight: Number(row.weight),
    }),
  );
  const seen = new Set<string>();
  for (const entry of [...plain, ...onGiven]) {
    if (seen.has(entry.ua)) throw new Error(`surname ${entry.ua} listed twice in data/generate/`);
    seen.add(entry.ua);
  }
  return [...plain, ...onGiven];
}

/** A `rare` row is a less usual spelling of a father's patronymic (Миколович beside Миколайович, Юриевич beside Юрьевич). */
const RARE_FORM_SHARE = 0.15;

/**
 * Fathers' names and their patronymics, from data/generate/patronymics_ua_ru.tsv. A father is
 * drawn with his name's weight in given_name_weights.tsv (a father's name is as common as a son's),
 * and every father must be a man's name of given_names_ua_ru.tsv.
 */
function loadPatronymics(givenNames: GivenName[]): Patronymic[] {
  const men = new Map(givenNames.filter((name) => name.sex === 'M').map((name) => [name.ua, name]));
  const columns = ['father_ua', 'father_ru', 'patronymic_m_ua', 'patronymic_f_ua', 'patronymic_m_ru', 'patronymic_f_ru', 'usage'] as const;
  return readOwn('patronymics_ua_ru.tsv', columns).map((row) => {
    const father = men.get(row.father_ua);
    if (!father) throw new Error(`patronymics_ua_ru.tsv: ${row.father_ua} is not a man's name of given_names_ua_ru.tsv`);
    if (row.usage !== 'usual' && row.usage !== 'rare') throw new Error(`patronymics_ua_ru.tsv: ${row.father_ua} has usage "${row.usage}"`);
    return {
      fatherUa: row.father_ua,
      ua: { M: row.patronymic_m_ua, F: row.patronymic_f_ua },
      ru: { M: row.patronymic_m_ru, F: row.patronymic_f_ru },
      weight: father.weight * (row.usage === 'rare' ? RARE_FORM_SHARE : 1),
    };
  });
}

let cached: Tables | undefined;

export function loadTables(): Tables {
  if (cached) return cached;
  const givenNames = loadGivenNames();
  cached = {
    givenNames,
    patronymics: loadPatronymics(givenNames),
    surnames: loadSurnames(),
    ruSurnames: readOwn('surnames_ru.tsv', ['surname_ru', 'weight'] as const).map((row) => ({ ru: row.surname_ru, weight: Number(row.weight) })),
    ranks: readOwn('ranks_ua_ru.tsv', ['rank_ua', 'rank_ru', 'weight'] as const).map((row) => ({
      ua: row.rank_ua,
      ru: alternatives(row.rank_ru),
      weight: Number(row.weight),
    })),
    places: readOwn('places_ua_ru.tsv', ['place_ua', 'place_ru'] as const).map((row) => ({ ua: row.place_ua, ru: row.place_ru })),
  };
  return cached;
}
