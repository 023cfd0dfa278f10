// The surname key: the skeleton with the Ukrainian↔Russian surname correspondences collapsed,
// so that Гайворонський/Гайворонский, Петрів/Петров, Олійник/Олейник and Білодід/Белодед meet.
// The correspondences are regular expressions over skeleton words (surname_rules.tsv) and a few
// stems that the two languages spell differently (surname_roots_ua_ru.tsv). A surname built on a
// given name follows the given name across languages (Пилипенко/Филиппенко, Хомич/Фомич), and a
// feminine form is told from the masculine one (Лозинська/Лозинський are two people).
import type { Sex } from '../model.js';
import { givenNameIdOfSkeleton, givenNameSkeletons } from './given-names.js';
import { normaliseText } from './normalise.js';
import { memo } from './memo.js';
import { latinSkeleton, skeletonOfNormalised } from './skeleton.js';
import { surnameGenderRows, surnameRootRows, surnameRuleRows, surnameSexRows, surnameSuffixRows } from './tables.js';

const rootSkeleton = (root: string): string => skeletonOfNormalised(normaliseText(root));

/** Russian stems rewritten to the Ukrainian ones, at the start of a word only. */
const UA_ROOT = new Map(surnameRootRows.map((row) => [rootSkeleton(row.ru), rootSkeleton(row.ua)]));
const ROOT_RE = new RegExp(
  `^(?:${[...UA_ROOT.keys()].sort((a, b) => b.length - a.length).join('|')})`,
  'u',
);
const RULES = surnameRuleRows.map(
  (row) => [new RegExp(row.pattern, 'gu'), row.replacement] as const,
);

function rulesKey(word: string): string {
  let key = word.replace(ROOT_RE, (root) => UA_ROOT.get(root) ?? root);
  for (const [pattern, replacement] of RULES) key = key.replace(pattern, replacement);
  return key;
}

/** Surname suffixes (-енко, -юк, -ич...) in skeleton letters, longest first. */
const SUFFIX_ROWS = [...surnameSuffixRows].sort(
  (x, y) => y.suffix.length - x.suffix.length,
);
/** The suffixes before which a stem may be a given name (Пилип-енко, Хом-ич). */
const GIVEN_SUFFIXES = SUFFIX_ROWS.filter((row) => row.given_stem === 'yes').map((row) => row.suffix);

/** What a given name may end in where a surname's suffix took its place (Хом-а → Хом-ич, Афанас-ій → Афанас-юк). */
const NAME_ENDINGS = ['', 'a', 'o', 'i', 'ia'];
const FINAL_VOWEL_RE = /(?:ia|[aoi])$/u;
/** Shorter stems (Ян-, Лев-) are too often plain words to be read as a name. */
const MIN_STEM = 4;

/**
 * The word with a given-name stem replaced by its class's first (Ukrainian) form: Филипп-енко →
 * Пилип-енко, Фом-ич → Хом-ич, Афанас-юк → Опанас-юк, Фома → Хома; the word itself when no
 * stem is a name.
 */
function givenNameStem(word: string): string {
  // A surname that is a given name (Хома, Денис) follows it whole.
  if (word.length >= MIN_STEM) {
    const id = givenNameIdOfSkeleton(word);
    const first = id === undefined ? undefined : givenNameSkeletons(id)[0];
    if (first !== undefined) return first;
  }
  for (const suffix of GIVEN_SUFFIXES) {
    if (!word.endsWith(suffix) || word.length - suffix.length < MIN_STEM - 1) continue;
    const stem = word.slice(0, word.length - suffix.length);
    for (const ending of NAME_ENDINGS) {
      if (stem.length + ending.length < MIN_STEM) continue;
      const id = givenNameIdOfSkeleton(stem + ending);
      const first = id === undefined ? undefined : givenNameSkeletons(id)[0];
      if (first !== undefined) return first.replace(FINAL_VOWEL_RE, '') + suffix;
    }
  }
  return word;
}

function surnameWordKey(word: string): string {
  return rulesKey(givenNameStem(word));
}

/**
 * Key under which the Ukrainian and Russian forms of one surname, in any script, are equal:
 * -ський/-ский, -ська/-ская, -зький/-жский, -ець/-ец, -ар/-арь, -ів/-ив/-ов/-ев, -ий/-ый/-ой,
 * ій/ей, final і/о/е, без-/бес-, біл-/бел-, чорн-/черн-, вовк-/волк-. Each word of a double
 * surname is keyed on its own.
 */
function surnameKeyOf(s: string): string {
  return surnameKeyOfSkeleton(latinSkeleton(s));
}
/** surnameKey, each spelling keyed once (memo.ts), for the name layer's callers as for the matcher. */
export const surnameKey = memo(surnameKeyOf);

/** surnameKey of a name already reduced to its skeleton. */
export function surnameKeyOfSkeleton(skeleton: string): string {
  return skeleton.includes(' ')
    ? skeleton.split(' ').map(surnameWordKey).join(' ')
    : surnameWordKey(skeleton);
}

/** Feminine endings of a surname skeleton and the masculine endings of the same family name. */
const GENDER_FORMS = surnameGenderRows.map((row) => ({
  feminine: row.feminine,
  masculine: row.masculine.split('|'),
}));

/** The masculine keys a feminine surname skeleton may stand beside (Петрова → петров, Лозинська → лозинський). */
function masculineKeys(skeleton: string): string[] {
  for (const { feminine, masculine } of GENDER_FORMS) {
    if (!skeleton.endsWith(feminine) || skeleton.length <= feminine.length + 2) continue;
    const stem = skeleton.slice(0, skeleton.length - feminine.length);
    return masculine.map((ending) => surnameKeyOfSkeleton(stem + ending));
  }
  return [];
}

/**
 * Whether two surnames are the feminine and the masculine form of one family name (Лозинська and
 * Лозинський, Петрова and Петров, Кузьміна and Кузьмин): a woman and a man, never one person.
 */
export function genderFormsDiffer(x: string, y: string): boolean {
  const [kx, ky] = [surnameKey(x), surnameKey(y)];
  return kx !== ky && (surnameMasculineKeys(x).includes(ky) || surnameMasculineKeys(y).includes(kx));
}

/** Keys of the masculine forms of a feminine surname (Петрова → петров); empty for any other. */
function surnameMasculineKeysOf(s: string): string[] {
  const words = latinSkeleton(s).split(' ');
  return masculineKeys(words[words.length - 1] ?? '').map((key) => [...words.slice(0, -1).map(surnameWordKey), key].join(' '));
}
/** surnameMasculineKeys, each spelling read once (memo.ts); the array is shared, not to be changed. */
export const surnameMasculineKeys = memo(surnameMasculineKeysOf);

const SEX_ENDINGS = surnameSexRows
  .map((row) => ({ ending: row.ending, sex: row.sex as Sex }))
  .sort((x, y) => y.ending.length - x.ending.length);

/** The sex a surname's form shows (-ська, -ова are women's; -ський, -ов men's), where it shows one. */
export function surnameSex(s: string): Sex | undefined {
  const words = latinSkeleton(s).split(' ');
  const last = words[words.length - 1] ?? '';
  return SEX_ENDINGS.find(({ ending }) => last.endsWith(ending) && last.length > ending.length + 2)?.sex;
}

const UKRAINIAN_I_RE = /і/gu;
/** A Latin i that is not part of ia, ie, iu, io or yi (я, є, ю, ьо, ї): the Ukrainian і of UA-2010. */
const LATIN_I_RE = /(?<!y)i(?![aeiuo])/gu;
const HAS_CYRILLIC_RE = /\p{Script=Cyrillic}/u;
/** More than this many і in one surname are not tried in every combination. */
const MAX_ALTERNATIONS = 4;

/**
 * Keys of the Russian forms a Ukrainian surname may take where its і stands for Russian е or о
 * (і from ѣ and from о or е in a closed syllable, anywhere in the word: Різник/Резник,
 * Нагірняк/Нагорняк, Підлісний/Подлесный). Only a Ukrainian і alternates, so Лисенко (и) stays
 * apart from Лесенко. Empty when the surname has no і.
 */
export function surnameVariantKeys(s: string): string[] {
  const text = normaliseText(s).toLowerCase();
  const cyrillic = HAS_CYRILLIC_RE.test(text);
  const pattern = cyrillic ? UKRAINIAN_I_RE : LATIN_I_RE;
  const positions = [...text.matchAll(pattern)].map((m) => m.index ?? 0).slice(0, MAX_ALTERNATIONS);
  if (positions.length === 0) return [];
  const [e, o] = cyrillic ? ['е', 'о'] : ['e', 'o'];
  let texts = [text];
  for (const at of positions) {
    texts = texts.flatMap((t) => [t, t.slice(0, at) + e + t.slice(at + 1), t.slice(0, at) + o + t.slice(at + 1)]);
  }
  const own = surnameKey(text);
  return [...new Set(texts.slice(1).map(surnameKey))].filter((key) => key !== own).sort();
}

/** A stem shorter than this is not a surname's base (Ко-вальчук is not Ко- + -вальчук). */
const MIN_DERIVATION_STEM = 3;
/** A stem the rules leave alone, to see what they make of a suffix at a word's end (-ець → oc). */
const PROBE = 'bab';

/** Each suffix as it ends a skeleton and as it ends a surname key, with the group of suffixes that are one (-юк and -ук). */
const SKELETON_SUFFIXES = SUFFIX_ROWS.map((row) => ({ suffix: row.suffix, group: row.group }));
const KEY_SUFFIXES = SUFFIX_ROWS.map((row) => {
  const key = rulesKey(PROBE + row.suffix);
  if (!key.startsWith(PROBE)) throw new Error(`data/names/surname_suffixes.tsv: the rules change the stem before "${row.suffix}"`);
  return { suffix: key.slice(PROBE.length), group: row.group };
}).sort((x, y) => y.suffix.length - x.suffix.length);

/** Every reading of a word (skeleton or key) as stem + suffix group, the bare word (group '') among them. */
function readings(text: string, suffixes: ReadonlyArray<{ suffix: string; group: string }>): Map<string, string> {
  const words = text.split(' ');
  const word = words.pop() ?? '';
  const before = words.map((w) => `${w} `).join('');
  const found = new Map([[before + word, '']]);
  const add = (stem: string, group: string) => {
    if (!found.has(before + stem)) found.set(before + stem, group);
  };
  for (const { suffix, group } of suffixes) {
    if (!word.endsWith(suffix) || word.length - suffix.length < MIN_DERIVATION_STEM) continue;
    const stem = word.slice(0, word.length - suffix.length);
    add(stem, group);
    // A stem's final к or ц becomes ч before -енко, -ук (Мельник → Мельниченко, Козак →
    // Козачук), and -ець loses its е before another suffix (Кравець → Кравцов).
    if (suffix.startsWith('č')) for (const last of ['k', 'c']) add(stem + last, group);
    if (group === 'ec') add(`${stem}c`, group);
  }
  return found;
}

/**
 * Whether two surnames are two derivations of one stem (Шевчук and Шевченко, Бондар and
 * Бондаренко, Кравець and Кравченко): two family names, not one written with a slip. Read on
 * the skeletons and on the surname keys (where the Ukrainian and Russian forms of a stem meet);
 * the two spellings of one suffix (-юк/-ук, -ів/-ов) are one suffix.
 */
export function surnameDerivationsDiffer(x: string, y: string): boolean {
  return derivationsDiffer({ skeleton: latinSkeleton(x), key: surnameKey(x) }, { skeleton: latinSkeleton(y), key: surnameKey(y) });
}

const skeletonReadings = memo((skeleton: string) => readings(skeleton, SKELETON_SUFFIXES));
const keyReadings = memo((key: string) => readings(key, KEY_SUFFIXES));

function shareStemNotSuffix(x: ReadonlyMap<string, string>, y: ReadonlyMap<string, string>): boolean {
  for (const [stem, group] of x) {
    const other = y.get(stem);
    if (other !== undefined && other !== group) return true;
  }
  return false;
}

/** Whether y is x with two neighbouring letters swapped. */
function swappedLetters(x: string, y: string): boolean {
  if (x.length !== y.length) return false;
  let i = 0;
  while (i < x.length && x[i] === y[i]) i++;
  return i + 1 < x.length && x[i] === y[i + 1] && x[i + 1] === y[i] && x.slice(i + 2) === y.slice(i + 2);
}

/**
 * A surname as derivationsDiffer reads it: skeleton and key, and where the caller keeps them
 * (the matcher, once per distinct surname) the readings of each as stem and suffix.
 */
export interface DerivationView {
  skeleton: string;
  key: string;
  keyReadings?: ReadonlyMap<string, string>;
  skeletonReadings?: ReadonlyMap<string, string>;
}

/** A surname's derivation view with its readings, for a caller that keeps it. */
export const derivationView = (skeleton: string, key: string): Required<DerivationView> => ({
  skeleton, key, keyReadings: keyReadings(key), skeletonReadings: skeletonReadings(skeleton),
});

/** surnameDerivationsDiffer of two surnames given by skeleton and key. */
export function derivationsDiffer(x: DerivationView, y: DerivationView): boolean {
  if (x.key === y.key || !x.key || !y.key) return false;
  // Two letters swapped (Бабенок for Бабенко) can look like another suffix: a slip, not a family.
  if (swappedLetters(x.skeleton, y.skeleton)) return false;
  return shareStemNotSuffix(x.keyReadings ?? keyReadings(x.key), y.keyReadings ?? keyReadings(y.key))
    || shareStemNotSuffix(x.skeletonReadings ?? skeletonReadings(x.skeleton), y.skeletonReadings ?? skeletonReadings(y.skeleton));
}
