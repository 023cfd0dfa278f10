// Patronymics: the father's given name made into -ович/-івна (Ukrainian) or -ович/-евич/-овна/
// -евна (Russian). A patronymic is identified by its father's given-name id, so Миколайович,
// Николаевич, Mykolaiovych and Миколаївна all give 'mykola', the id givenNameId gives Микола.
// Forms listed in patronymics_ua_ru.tsv are looked up directly (the irregular ones live there:
// Якович/Яковлевич, Ілліч/Ильич, Кузьмич); any other is rebuilt from the rules of
// patronymic_rules.json: strip the suffix, add back an ending, look the father's name up.
import { givenNameId, givenNameIdOfSkeleton, givenNameSex } from './given-names.js';
import { NameIndex } from './name-index.js';
import { normaliseText } from './normalise.js';
import { skeletonOfNormalised } from './skeleton.js';
import { patronymicRows, patronymicRules } from './tables.js';

const skeletonOf = (s: string): string => skeletonOfNormalised(normaliseText(s));

const index = new NameIndex();
for (const row of patronymicRows) {
  const id = givenNameId(row.father_ua) ?? givenNameId(row.father_ru);
  if (id === undefined) {
    throw new Error(`data/names/patronymics_ua_ru.tsv: father "${row.father_ua}" is not in given_names_ua_ru.tsv`);
  }
  const forms = [
    row.patronymic_m_ua,
    row.patronymic_f_ua,
    row.patronymic_m_ru,
    row.patronymic_f_ru,
    row.latin_m_ua_2010,
    row.latin_m_ru_icao,
  ];
  for (const form of forms) index.add(form, id);
}

/** Suffixes as skeleton endings, longest first, so -инична is tried before -ична. */
const SUFFIXES = patronymicRules.suffixes
  .map((rule) => ({ ending: skeletonOf(rule.suffix), strong: rule.strong }))
  .sort((a, b) => b.ending.length - a.ending.length);
const FATHER_ENDINGS = patronymicRules.fatherEndings.map(skeletonOf);
const PARTICLES = new Set(patronymicRules.particles.map(skeletonOf));
/** A stem shorter than this is a suffix alone (Ович), not a name made into a patronymic. */
const MIN_STEM = 2;

const isMale = (id: string): boolean => givenNameSex(id) === 'M';

/** The father's id rebuilt from one word's skeleton by the suffix rules, if a male name results. */
function fatherFromSuffix(word: string): { id?: string; strong: boolean } | undefined {
  let matched: { strong: boolean } | undefined;
  for (const suffix of SUFFIXES) {
    if (!word.endsWith(suffix.ending) || word.length - suffix.ending.length < MIN_STEM) continue;
    matched ??= suffix;
    const stem = word.slice(0, word.length - suffix.ending.length);
    for (const ending of FATHER_ENDINGS) {
      // The stem and ending can meet as a doubled letter (andri + i): key the join again.
      const id = givenNameIdOfSkeleton(skeletonOfNormalised(stem + ending));
      if (id !== undefined && isMale(id)) return { id, strong: suffix.strong };
    }
  }
  return matched;
}

/** "Мамед оглы": a Turkic patronymic is the father's name followed by a particle. */
function fatherBeforeParticle(words: string[]): string | undefined {
  const last = words[words.length - 1];
  if (words.length < 2 || last === undefined || !PARTICLES.has(last)) return undefined;
  const id = givenNameIdOfSkeleton(words.slice(0, -1).join(' '));
  return id !== undefined && isMale(id) ? id : '';
}

interface Keys {
  normalised: string;
  words: string[];
}

function keysOf(s: string): Keys {
  const normalised = normaliseText(s);
  return { normalised, words: skeletonOfNormalised(normalised).split(' ') };
}

const listedId = (keys: Keys): string | undefined => index.findKeys(keys.normalised, keys.words.join(' '));

/**
 * Id of the father's given name that a patronymic is made from, in either language, sex and
 * script (Ігорович, Ігорьович, Игоревич, Ihorovych, Ігорівна → 'ihor'), or undefined.
 */
export function patronymicId(s: string): string | undefined {
  const keys = keysOf(s);
  const listed = listedId(keys);
  if (listed !== undefined) return listed;
  const particle = fatherBeforeParticle(keys.words);
  if (particle !== undefined) return particle || undefined;
  return fatherFromSuffix(keys.words[keys.words.length - 1] ?? '')?.id;
}

/** Skeletons of every listed patronymic made from a father's name (male and female, both languages). */
export function patronymicSkeletons(id: string): readonly string[] {
  return index.skeletonsOf(id);
}

/**
 * Whether a word reads as a patronymic: a listed one, a Turkic one, one with a patronymic
 * suffix (-ович -евич -івна -ївна -овна -евна -ична, in any script), or one ending in -ич
 * after a known male name (Кузьмич, Лукич). Surnames in -ович/-евич (Петрович, Шкляревич)
 * read as patronymics too: only their place in a full name tells them apart.
 */
export function looksLikePatronymic(s: string): boolean {
  const keys = keysOf(s);
  if (listedId(keys) !== undefined || fatherBeforeParticle(keys.words) !== undefined) return true;
  const found = fatherFromSuffix(keys.words[keys.words.length - 1] ?? '');
  return found !== undefined && (found.strong || found.id !== undefined);
}
