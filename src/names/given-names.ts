// Given names across languages: a Russian list writes Александр where a Ukrainian one writes
// Олександр, so names are compared by the id of their equivalence class, not by letters.
// Classes come from given_names_ua_ru.tsv (pairs sharing a form join one class: Ганна–Анна–Анна)
// plus the spellings of given_name_aliases.tsv; a name is looked up by its exact key, then by
// its skeleton, so any transliteration of a listed form is found too.
import type { Sex } from '../model.js';
import { NameIndex } from './name-index.js';
import { exactKey } from './normalise.js';
import { givenNameAliasRows, givenNamePairs } from './tables.js';

/** Union-find over the Cyrillic forms: each table row joins its Ukrainian and Russian form. */
function classRoots(): Map<string, string> {
  const parent = new Map<string, string>();
  const root = (key: string): string => {
    let r = key;
    while (parent.get(r) !== r) r = parent.get(r) ?? r;
    parent.set(key, r);
    return r;
  };
  for (const row of givenNamePairs) {
    const ua = exactKey(row.ua);
    const ru = exactKey(row.ru);
    if (!parent.has(ua)) parent.set(ua, ua);
    if (!parent.has(ru)) parent.set(ru, ru);
    parent.set(root(ru), root(ua));
  }
  return new Map([...parent.keys()].map((key) => [key, root(key)]));
}

const index = new NameIndex();
const sexOfId = new Map<string, Sex>();

{
  const roots = classRoots();
  // A class is named by the Ukrainian passport spelling of its first row (oleksandr, mykola).
  const idOfRoot = new Map<string, string>();
  for (const row of givenNamePairs) {
    const root = roots.get(exactKey(row.ua)) ?? '';
    if (!idOfRoot.has(root)) idOfRoot.set(root, row.latin_ua_2010.toLowerCase());
    const id = idOfRoot.get(root) ?? '';
    sexOfId.set(id, row.sex === 'F' ? 'F' : 'M');
    for (const form of [row.ua, row.ru, row.latin_ua_2010, row.latin_ru_icao]) index.add(form, id);
  }
  for (const row of givenNameAliasRows) {
    const id = index.find(row.name);
    if (id === undefined) {
      throw new Error(`data/names/given_name_aliases.tsv: "${row.name}" is not in given_names_ua_ru.tsv`);
    }
    index.add(row.alias, id);
  }
}

/**
 * Canonical id of a given name in any language and script (Олександр, Александр, Oleksandr,
 * Aleksandr, Alexander → 'oleksandr'), or undefined for a name the tables do not know.
 */
export function givenNameId(s: string): string | undefined {
  return index.find(s);
}

/**
 * Skeletons of every form of a class, so that a misspelt Russian form (Никиат) is measured
 * against Никита as well as against the class id (mykyta).
 */
export function givenNameSkeletons(id: string): readonly string[] {
  return index.skeletonsOf(id);
}

/** Whether the tables know this given name. */
export function isKnownGivenName(s: string): boolean {
  return index.find(s) !== undefined;
}

/** Sex of the people who bear the names of a class, by its id. */
export function givenNameSex(id: string): Sex | undefined {
  return sexOfId.get(id);
}

/** The id of a given name that is already a skeleton (used to rebuild fathers' names). */
export function givenNameIdOfSkeleton(skeleton: string): string | undefined {
  return index.findSkeleton(skeleton);
}

/** Skeletons shared by different given-name classes (none expected; measured in tests). */
export function ambiguousGivenNameSkeletons(): string[] {
  return index.ambiguousSkeletons();
}
