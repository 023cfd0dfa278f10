// The knowledge the generator draws from, read once from data/: name tables shared with the
// matcher (data/names/) and the generator's own frequency tables (data/generate/).
import { readFileSync } from 'node:fs';

export type Sex = 'M' | 'F';

export interface GivenName {
  ua: string;
  /** Russian equivalents, most usual first (Данило → Даниил, Данила). */
  ru: string[];
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

function loadGivenNames(): GivenName[] {
  const weights = new Map(
    readTsv('generate/given_name_weights.tsv').map((row) => [field(row, 'name_ua'), Number(field(row, 'weight'))]),
  );
  // One Ukrainian name may have several rows, one per Russian equivalent: merge them.
  const byUa = new Map<string, GivenName>();
  for (const row of readTsv('names/given_names_ua_ru.tsv')) {
    const ua = field(row, 'ua');
    const existing = byUa.get(ua);
    if (existing) existing.ru.push(field(row, 'ru'));
    else byUa.set(ua, { ua, ru: [field(row, 'ru')], sex: field(row, 'sex') as Sex, weight: weights.get(ua) ?? 1 });
  }
  return [...byUa.values()];
}

function loadPatronymics(givenNames: GivenName[]): Patronymic[] {
  const fatherWeight = new Map(givenNames.map((name) => [name.ua, name.weight]));
  const seenFathers = new Set<string>();
  return readTsv('names/patronymics_ua_ru.tsv').map((row) => {
    const fatherUa = field(row, 'father_ua');
    // A second row for the same father is a less usual form (Миколович beside Миколайович).
    const weight = (fatherWeight.get(fatherUa) ?? 1) * (seenFathers.has(fatherUa) ? 0.15 : 1);
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
    surnames: readTsv('generate/surnames_ua.tsv').map((row) => ({
      ua: field(row, 'surname_ua'),
      ruOverride: alternatives(field(row, 'ru')),
      weight: Number(field(row, 'weight')),
    })),
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
