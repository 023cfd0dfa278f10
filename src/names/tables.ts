// The one place that reads data/names/. Every rule of the name layer lives in those files so a
// reviewer can read and extend it; this module only parses them, once, when first imported.
import { readDataText, readDataTsv } from '../data.js';

const readText = (file: string): string => readDataText(`names/${file}`);
const readTsv = <K extends string>(file: string, columns: readonly K[]): Record<K, string>[] => readDataTsv(`names/${file}`, columns);

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

/**
 * Latin and Cyrillic letters that look alike, each marked for where it is one: in names (compared
 * lower-cased) and in service numbers (compared upper-cased). Both readers take them from here.
 */
const lookalikes = readTsv('lookalikes.tsv', ['latin', 'cyrillic', 'names', 'service_numbers'] as const);

/** Latin letters that look like Cyrillic ones once lower-cased, as names are compared. */
export const lookalikeRows = lookalikes.filter((row) => row.names === 'yes');

/** Latin letters that look like Cyrillic ones in a service number (upper-cased, A–Z). */
export const serviceLookalikeRows = lookalikes.filter((row) => row.service_numbers === 'yes');

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

/** Surname suffixes (skeleton letters), their groups, and whether a given name may stand before them. */
export const surnameSuffixRows = readTsv('surname_suffixes.tsv', ['suffix', 'group', 'given_stem'] as const);

/** Feminine surname endings and the masculine endings of the same family name. */
export const surnameGenderRows = readTsv('surname_gender.tsv', ['feminine', 'masculine'] as const);

/** Surname endings that show the bearer's sex. */
export const surnameSexRows = readTsv('surname_sex.tsv', ['ending', 'sex'] as const);

/** How each Cyrillic letter of a service number is transliterated (its look-alike is in serviceLookalikeRows). */
export const serviceLetterRows = readTsv('service_letters.tsv', ['cyrillic', 'sounds'] as const);
