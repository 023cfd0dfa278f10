// The one place that reads data/names/. Every rule of the name layer lives in those files so a
// reviewer can read and extend it; this module only parses them, once, when first imported.
// Paths are resolved from this file: src/names/ and dist/names/ both sit two levels below the
// repository root, so the same URL works from the sources (tests) and from the build.
import { readFileSync } from 'node:fs';

const DATA_DIR = new URL('../../data/names/', import.meta.url);

function readText(file: string): string {
  return readFileSync(new URL(file, DATA_DIR), 'utf8');
}

/**
 * Rows of a tab-separated file with a header line, as objects holding the named columns.
 * Blank lines are skipped; a missing trailing cell reads as ''. A required column absent from
 * the header is a broken data file, so it throws at load time rather than matching wrongly.
 */
function readTsv<K extends string>(file: string, columns: readonly K[]): Record<K, string>[] {
  const lines = readText(file).split(/\r?\n/).filter((line) => line.trim() !== '');
  const header = (lines[0] ?? '').split('\t');
  const indexes = columns.map((column) => {
    const index = header.indexOf(column);
    if (index < 0) throw new Error(`data/names/${file}: no column "${column}"`);
    return index;
  });
  return lines.slice(1).map((line) => {
    const cells = line.split('\t');
    const row = {} as Record<K, string>;
    columns.forEach((column, i) => {
      row[column] = cells[indexes[i] ?? -1] ?? '';
    });
    return row;
  });
}

/** Ukrainian/Russian given-name pairs with sex and the passport Latin of each. */
export const givenNamePairs = readTsv('given_names_ua_ru.tsv', [
  'ua',
  'ru',
  'sex',
  'latin_ua_2010',
  'latin_ru_icao',
] as const);

/** Fathers' names with the Ukrainian and Russian patronymics made from them. */
export const patronymicRows = readTsv('patronymics_ua_ru.tsv', [
  'father_ua',
  'father_ru',
  'patronymic_m_ua',
  'patronymic_f_ua',
  'patronymic_m_ru',
  'patronymic_f_ru',
  'latin_m_ua_2010',
  'latin_m_ru_icao',
] as const);

/** Ukrainian/Russian surname correspondences, each with one example pair. */
export const surnamePatterns = readTsv('surname_patterns_ua_ru.tsv', [
  'pattern_ua',
  'pattern_ru',
  'example_ua',
  'example_ru',
] as const);

/** Official worked examples of the transliteration systems. */
export const translitExamples = readTsv('translit_examples.tsv', [
  'source',
  'standard',
  'expected_latin',
] as const);

/** Invisible characters to drop and variant apostrophes, dashes and letters to unify. */
export const characterRows = readTsv('characters.tsv', ['codepoint', 'becomes'] as const);

/** Latin letters that look like Cyrillic ones once lower-cased. */
export const lookalikeRows = readTsv('lookalikes.tsv', ['latin', 'cyrillic'] as const);

/** Cyrillic letters in the plain Latin that the skeleton starts from. */
export const cyrillicLatinRows = readTsv('cyrillic_to_latin.tsv', ['cyrillic', 'latin'] as const);

/** Latin spellings (letters and digraphs of every system) and the skeleton letter each becomes. */
export const latinSkeletonRows = readTsv('latin_to_skeleton.tsv', ['latin', 'skeleton'] as const);

/** Regular expressions applied, in order, to a skeleton after its letters are mapped. */
export const skeletonRewriteRows = readTsv('skeleton_rewrites.tsv', [
  'pattern',
  'replacement',
] as const);

/** Regular expressions applied, in order, to each word of a surname's skeleton. */
export const surnameRuleRows = readTsv('surname_rules.tsv', [
  'pattern',
  'replacement',
  'example_ua',
  'example_ru',
] as const);

/** Surname stems that differ between Ukrainian and Russian beyond letter rules (the note holds
 * example pairs, which the tests check). */
export const surnameRootRows = readTsv('surname_roots_ua_ru.tsv', ['ua', 'ru', 'note'] as const);

/** Extra spellings of given names (English, Polish, ad-hoc), each naming a form of the table. */
export const givenNameAliasRows = readTsv('given_name_aliases.tsv', ['alias', 'name'] as const);

/**
 * Other forms of the table's given names a clerk may write: `ru` (another Russian form, Осип for
 * Йосип), `church` (a calendar form, Иоанн), `diminutive` (Сашко, Маруся), each naming a
 * Ukrainian name of given_names_ua_ru.tsv.
 */
export const givenNameFormRows = readTsv('given_name_forms.tsv', ['form', 'name', 'kind'] as const);

/** How the skeleton's own letters are spelled for Daitch-Mokotoff. */
export const daitchMokotoffRows = readTsv('skeleton_to_daitch_mokotoff.tsv', [
  'skeleton',
  'spelling',
] as const);

export interface PatronymicSuffix {
  suffix: string;
  sex: 'M' | 'F';
  /** A weak suffix (-ич) also ends many surnames, so it needs a known father's name in front. */
  strong: boolean;
  /** Endings put after the stem, in order, to rebuild the father's name from Cyrillic text. */
  father: string[];
}

export interface PatronymicRules {
  suffixes: PatronymicSuffix[];
  /** Endings tried after the stem when the patronymic is only known by its skeleton (Latin). */
  fatherEndings: string[];
  /** Vowels of a stem's last syllable that alternate in the father's name (Ничипор-ович, Ничипір). */
  alternations: { stem: string; father: string }[];
  particles: string[];
  /** The sex each Turkic particle marks (оглы a son, кизи a daughter). */
  particleSex: Record<string, 'M' | 'F'>;
}

/** Suffixes, father's-name endings and Turkic particles for patronymics outside the table. */
export const patronymicRules = JSON.parse(readText('patronymic_rules.json')) as PatronymicRules;
