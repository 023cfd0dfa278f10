// Patronymics: the father's given name made into -ович/-івна (Ukrainian) or -ович/-евич/-овна/
// -евна (Russian). A patronymic is identified by its father's given-name id, so Миколайович,
// Николаевич, Mykolaiovych and Миколаївна all give 'mykola', the id givenNameId gives Микола.
// Forms listed in patronymics_ua_ru.tsv are looked up directly (the irregular ones live there:
// Якович/Яковлевич, Ілліч/Ильич, Кузьмич); any other is rebuilt by the rules of
// patronymic_rules.json: strip the suffix, add back an ending, look the father's name up among
// the men's full given names (Назарійович → Назарій, Осипович → Осип → Йосип's class).
import { fatherNameId, fatherNameIdOfSkeleton, givenNameId } from './given-names.js';
import { memo } from './memo.js';
import { NameIndex } from './name-index.js';
import { exactKeyOfNormalised, normaliseText } from './normalise.js';
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

interface Suffix {
  /** The suffix as written (Cyrillic) or as its skeleton. */
  ending: string;
  sex: 'M' | 'F';
  strong: boolean;
  /** Endings that rebuild the father's name after the stem, in order. */
  father: string[];
}

const longestFirst = (a: Suffix, b: Suffix) => b.ending.length - a.ending.length;
/** The suffixes as written, longest first, so -іївна is tried before -ївна and -івна. */
const CYRILLIC: Suffix[] = patronymicRules.suffixes
  .map((rule) => ({ ending: rule.suffix, sex: rule.sex, strong: rule.strong, father: rule.father }))
  .sort(longestFirst);
/** The suffixes as skeleton endings (-ovič, -ivna...), for Latin text; one per skeleton. */
const FATHER_ENDINGS = patronymicRules.fatherEndings.map(skeletonOf);
const SKELETON: Suffix[] = [
  ...new Map(
    patronymicRules.suffixes.map((rule) => {
      const ending = skeletonOf(rule.suffix);
      return [ending, { ending, sex: rule.sex, strong: rule.strong, father: FATHER_ENDINGS }] as const;
    }),
  ).values(),
].sort(longestFirst);
const CYRILLIC_ALTERNATIONS = patronymicRules.alternations.map((rule) => [rule.stem, rule.father] as const);
const SKELETON_ALTERNATIONS = patronymicRules.alternations.map((rule) => [skeletonOf(rule.stem), skeletonOf(rule.father)] as const);
const PARTICLE_SEX = new Map(
  patronymicRules.particles.map((particle) => [skeletonOf(particle), patronymicRules.particleSex[particle]] as const),
);
/** A stem shorter than this is a suffix alone (Ович), not a name made into a patronymic. */
const MIN_STEM = 2;
const CYRILLIC_VOWELS_RE = /[аеєиіїоуюя]/u;
const SKELETON_VOWELS_RE = /[aeiou]/u;

/** The stem with the vowel of its closed last syllable alternated (Ничипор → Ничипір); [] when none alternates. */
function alternated(stem: string, vowels: RegExp, alternations: readonly (readonly [string, string])[]): string[] {
  let last = -1;
  for (let i = stem.length - 2; i >= 0; i--) {
    if (vowels.test(stem.charAt(i))) {
      last = i;
      break;
    }
  }
  if (last < 0) return [];
  const vowel = stem.charAt(last);
  return alternations
    .filter(([from]) => from === vowel)
    .map(([, to]) => stem.slice(0, last) + to + stem.slice(last + 1));
}

interface Found {
  id?: string;
  sex: 'M' | 'F';
  strong: boolean;
}

/**
 * The father rebuilt from one word by the suffix rules: its id when a man's full given name
 * results, and the sex and strength of the suffix that matched; undefined when no suffix does.
 */
function fatherFromSuffix(text: string, suffixes: Suffix[], alternate: (stem: string) => string[], lookup: (name: string) => string | undefined): Found | undefined {
  let matched: Found | undefined;
  for (const suffix of suffixes) {
    if (!text.endsWith(suffix.ending) || text.length - suffix.ending.length < MIN_STEM) continue;
    matched ??= { sex: suffix.sex, strong: suffix.strong };
    const stem = text.slice(0, text.length - suffix.ending.length);
    for (const base of [stem, ...alternate(stem)]) {
      for (const ending of suffix.father) {
        const id = lookup(base + ending);
        if (id !== undefined) return { id, sex: suffix.sex, strong: suffix.strong };
      }
    }
  }
  return matched;
}

const cyrillicFather = (name: string): string | undefined => fatherNameId(name);
// The stem and ending can meet as a doubled letter (andri + i): key the join again.
const skeletonFather = (skeleton: string): string | undefined => fatherNameIdOfSkeleton(skeletonOfNormalised(skeleton));
const alternateCyrillic = (stem: string) => alternated(stem, CYRILLIC_VOWELS_RE, CYRILLIC_ALTERNATIONS);
const alternateSkeleton = (stem: string) => alternated(stem, SKELETON_VOWELS_RE, SKELETON_ALTERNATIONS);

interface Keys {
  normalised: string;
  words: string[];
}

function keysOf(s: string): Keys {
  const normalised = normaliseText(s);
  return { normalised, words: skeletonOfNormalised(normalised).split(' ') };
}

/** The suffix rules on the last word: as written when it is Cyrillic, else by its skeleton. */
function fatherOfWord(keys: Keys): Found | undefined {
  const written = exactKeyOfNormalised(keys.normalised).split(/[ -]/u).pop() ?? '';
  const cyrillic = fatherFromSuffix(written, CYRILLIC, alternateCyrillic, cyrillicFather);
  if (cyrillic?.id !== undefined) return cyrillic;
  const skeleton = fatherFromSuffix(keys.words[keys.words.length - 1] ?? '', SKELETON, alternateSkeleton, skeletonFather);
  return skeleton?.id !== undefined ? skeleton : (cyrillic ?? skeleton);
}

/** "Мамед оглы": a Turkic patronymic is the father's name followed by a particle. */
function fatherBeforeParticle(words: string[]): { id: string; sex: 'M' | 'F' | undefined } | undefined {
  const last = words[words.length - 1];
  if (words.length < 2 || last === undefined || !PARTICLE_SEX.has(last)) return undefined;
  const father = words.slice(0, -1).join(' ');
  return { id: fatherNameIdOfSkeleton(father) ?? '', sex: PARTICLE_SEX.get(last) };
}

const listedId = (keys: Keys): string | undefined => index.findKeys(keys.normalised, keys.words.join(' '));

interface Reading {
  /** The father's class id. */
  id: string | undefined;
  sex: 'M' | 'F' | undefined;
  /** Whether the word reads as a patronymic at all. */
  patronymic: boolean;
}

/** Everything the rules say of one spelling, worked out once (the three questions below share it). */
const readPatronymic = memo((s: string): Reading => {
  const keys = keysOf(s);
  const particle = fatherBeforeParticle(keys.words);
  if (particle !== undefined) return { id: particle.id || undefined, sex: particle.sex, patronymic: true };
  const listed = listedId(keys);
  const found = fatherOfWord(keys);
  const reads = found !== undefined && (found.strong || found.id !== undefined);
  return { id: listed ?? found?.id, sex: reads ? found.sex : undefined, patronymic: listed !== undefined || reads };
});

/**
 * Id of the father's given name that a patronymic is made from, in either language, sex and
 * script (Ігорович, Ігорьович, Игоревич, Ihorovych, Ігорівна → 'ihor'; Осипович, Йосипівна →
 * 'yosyp'), or undefined.
 */
export function patronymicId(s: string): string | undefined {
  return readPatronymic(s).id;
}

/**
 * The sex a patronymic marks, by its suffix (-ович, -евич, -йович, -ич after a known name: a
 * son; -івна, -ївна, -овна, -евна, -ична: a daughter) or its Turkic particle (оглы a son, кизи,
 * кызы a daughter); undefined for a word that is no patronymic (Бабич, Коваленко).
 */
export function patronymicSex(s: string): 'M' | 'F' | undefined {
  return readPatronymic(s).sex;
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
  return readPatronymic(s).patronymic;
}
