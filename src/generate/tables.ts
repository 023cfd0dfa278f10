// The knowledge the generator draws from, read once from data/: the generator's own tables
// (data/generate/) and, for fathers' names and patronymics only, the matcher's (data/names/).
// Given names with their Russian, colloquial, church and diminutive forms, and the surnames built
// on a given name, come from the generator's own files: drawn from the matcher's tables, a bench
// would only prove that the matcher agrees with itself.
import { readFileSync } from 'node:fs';

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

// Resolves from src/generate/ and from dist/generate/ alike: both sit two levels below the root.
const DATA_ROOT = new URL('../../data/', import.meta.url);

type Row = Record<string, string>;

function readTsv(path: string): Row[] {
  const lines = readFileSync(new URL(path, DATA_ROOT), 'utf8').split(/\r?\n/).filter((line) => line !== '');
  const header = (lines.shift() ?? '').split('\t');
  return lines.map((line) => {
    const cells = line.split('\t');
    return Object.fromEntries(header.map((name, i) => [name, cells[i] ?? '']));
  });
}

const field = (row: Row, name: string): string => {
  const value = row[name];
  if (value === undefined) throw new Error(`data table lacks column ${name}`);
  return value;
};

const alternatives = (cell: string): string[] => cell.split('|').filter((part) => part !== '');

/**
 * The given names the population is drawn from: only those of the generator's own tables
 * (data/generate/given_names_ua_ru.tsv with the weights of given_name_weights.tsv), so that a name
 * the matcher's tables learn does not enter the population, nor its forms the lists.
 */
function loadGivenNames(): GivenName[] {
  const weights = new Map(
    readTsv('generate/given_name_weights.tsv').map((row) => [field(row, 'name_ua'), Number(field(row, 'weight'))]),
  );
  const byUa = new Map<string, GivenName>();
  for (const row of readTsv('generate/given_names_ua_ru.tsv')) {
    const ua = field(row, 'name_ua');
    const weight = weights.get(ua);
    if (weight === undefined) throw new Error(`given_name_weights.tsv lacks ${ua}`);
    if (byUa.has(ua)) throw new Error(`given_names_ua_ru.tsv lists ${ua} twice`);
    byUa.set(ua, {
      ua,
      ru: alternatives(field(row, 'ru')),
      colloquial: alternatives(field(row, 'colloquial_ru')),
      diminutiveUa: [],
      diminutiveRu: [],
      sex: field(row, 'sex') as Sex,
      weight,
    });
  }
  for (const ua of weights.keys()) if (!byUa.has(ua)) throw new Error(`given_names_ua_ru.tsv lacks ${ua}`);
  for (const row of readTsv('generate/given_name_diminutives.tsv')) {
    const name = byUa.get(field(row, 'name_ua'));
    if (!name) throw new Error(`given_name_diminutives.tsv: unknown name ${field(row, 'name_ua')}`);
    name.diminutiveUa = alternatives(field(row, 'diminutive_ua'));
    name.diminutiveRu = alternatives(field(row, 'diminutive_ru'));
  }
  return [...byUa.values()];
}

function loadSurnames(): SurnameEntry[] {
  const plain = readTsv('generate/surnames_ua.tsv').map((row): SurnameEntry => ({
    ua: field(row, 'surname_ua'),
    ruOverride: alternatives(field(row, 'ru')),
    translated: [],
    weight: Number(field(row, 'weight')),
  }));
  const onGiven = readTsv('generate/surnames_given_ua_ru.tsv').map((row): SurnameEntry => ({
    ua: field(row, 'surname_ua'),
    ruOverride: alternatives(field(row, 'ru')),
    translated: alternatives(field(row, 'translated_ru')),
    givenUa: field(row, 'given_ua'),
    weight: Number(field(row, 'weight')),
  }));
  const seen = new Set<string>();
  for (const entry of [...plain, ...onGiven]) {
    if (seen.has(entry.ua)) throw new Error(`surname ${entry.ua} listed twice in data/generate/`);
    seen.add(entry.ua);
  }
  return [...plain, ...onGiven];
}

/**
 * Fathers' names and their patronymics come from data/names/ (the matcher's table); a father is
 * drawn with his name's weight in the generator's own table, and not at all when it lacks him.
 */
function loadPatronymics(givenNames: GivenName[]): Patronymic[] {
  const fatherWeight = new Map(givenNames.map((name) => [name.ua, name.weight]));
  const seenFathers = new Set<string>();
  return readTsv('names/patronymics_ua_ru.tsv').map((row) => {
    const fatherUa = field(row, 'father_ua');
    // A second row for the same father is a less usual form (Миколович beside Миколайович).
    const weight = (fatherWeight.get(fatherUa) ?? 0) * (seenFathers.has(fatherUa) ? 0.15 : 1);
    seenFathers.add(fatherUa);
    return {
      fatherUa,
      ua: { M: field(row, 'patronymic_m_ua'), F: field(row, 'patronymic_f_ua') },
      ru: { M: field(row, 'patronymic_m_ru'), F: field(row, 'patronymic_f_ru') },
      weight,
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
    ruSurnames: readTsv('generate/surnames_ru.tsv').map((row) => ({
      ru: field(row, 'surname_ru'),
      weight: Number(field(row, 'weight')),
    })),
    ranks: readTsv('generate/ranks_ua_ru.tsv').map((row) => ({
      ua: field(row, 'rank_ua'),
      ru: alternatives(field(row, 'rank_ru')),
      weight: Number(field(row, 'weight')),
    })),
    places: readTsv('generate/places_ua_ru.tsv').map((row) => ({ ua: field(row, 'place_ua'), ru: field(row, 'place_ru') })),
  };
  return cached;
}
