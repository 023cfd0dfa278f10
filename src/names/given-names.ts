// Given names across languages: a Russian list writes Александр where a Ukrainian one writes
// Олександр, Осип where it writes Йосип, Саша where it writes Сашко, so names are compared by
// the id of their equivalence class, not by letters. Classes come from given_names_ua_ru.tsv
// (pairs sharing a form join one class: Ганна–Анна–Анна; a class never mixes the sexes), then
// given_name_forms.tsv adds each class's other Russian, church and diminutive forms and
// given_name_aliases.tsv its foreign Latin spellings. Forms never join two classes: a form
// listed for two (Саша: Олександр and Олександра; Слава) is ambiguous and gives no id, only
// candidates; a form that is another class's own (Георгий, the church name of Юрій) stays that
// class's and adds a second candidate. A name is looked up by its exact key, then by its
// skeleton, so any transliteration of a listed form is found too.
import type { Sex } from '../model.js';
import { NameIndex } from './name-index.js';
import { exactKeyOfNormalised, normaliseText } from './normalise.js';
import { skeletonOfNormalised } from './skeleton.js';
import { givenNameAliasRows, givenNameFormRows, givenNamePairs } from './tables.js';

/** Kinds of given_name_forms.tsv; a diminutive is a weaker sign of a given name than a full form. */
const FORM_KINDS = new Set(['ru', 'church', 'diminutive']);

/** Each distinct spelling normalised and keyed once (the table repeats its forms). */
const keysOfForm = new Map<string, { normalised: string; skeleton: string; exact: string }>();
function keysOf(form: string): { normalised: string; skeleton: string; exact: string } {
  let keys = keysOfForm.get(form);
  if (keys === undefined) {
    const normalised = normaliseText(form);
    keys = { normalised, skeleton: skeletonOfNormalised(normalised), exact: exactKeyOfNormalised(normalised) };
    keysOfForm.set(form, keys);
  }
  return keys;
}

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
    const ua = keysOf(row.ua).exact;
    const ru = keysOf(row.ru).exact;
    if (!parent.has(ua)) parent.set(ua, ua);
    if (!parent.has(ru)) parent.set(ru, ru);
    parent.set(root(ru), root(ua));
  }
  return new Map([...parent.keys()].map((key) => [key, root(key)]));
}

/** Every form: full forms and diminutives, ambiguous ones and second candidates. */
const index = new NameIndex();
/** Full forms only (no diminutives): what a patronymic or a surname can be built on. */
const full = new NameIndex();
const sexOfId = new Map<string, Sex>();

function addForm(form: string, id: string, options: { full: boolean; also?: boolean }): void {
  const { exact, skeleton } = keysOf(form);
  index.addExactKeys(exact, skeleton, id, options.also);
  if (options.full) full.addExactKeys(exact, skeleton, id, options.also);
}

{
  const roots = classRoots();
  // A class is named by the Ukrainian passport spelling of its first row (oleksandr, mykola).
  const idOfRoot = new Map<string, string>();
  /** The class of each Ukrainian and Russian form of the table, by exact key. */
  const idOfForm = new Map<string, string>();
  for (const row of givenNamePairs) {
    const root = roots.get(keysOf(row.ua).exact) ?? '';
    if (!idOfRoot.has(root)) idOfRoot.set(root, row.latin_ua_2010.toLowerCase());
    const id = idOfRoot.get(root) ?? '';
    const sex: Sex = row.sex === 'F' ? 'F' : 'M';
    if ((sexOfId.get(id) ?? sex) !== sex) {
      throw new Error(`data/names/given_names_ua_ru.tsv: "${row.ua}/${row.ru}" joins a class of the other sex`);
    }
    sexOfId.set(id, sex);
    // The passport Latin columns have the skeleton of their Cyrillic (tested), so they need no keys.
    for (const form of [row.ua, row.ru]) {
      idOfForm.set(keysOf(form).exact, id);
      addForm(form, id, { full: true });
    }
  }
  for (const row of givenNameAliasRows) {
    const id = full.find(row.name);
    if (id === undefined) {
      throw new Error(`data/names/given_name_aliases.tsv: "${row.name}" is not in given_names_ua_ru.tsv`);
    }
    addForm(row.alias, id, { full: true });
  }
  // A form that already names another class of the table only adds a candidate to its class.
  const uaNames = new Set(givenNamePairs.map((row) => keysOf(row.ua).exact));
  for (const row of givenNameFormRows) {
    const name = keysOf(row.name).exact;
    const id = uaNames.has(name) ? idOfForm.get(name) : undefined;
    if (id === undefined || !FORM_KINDS.has(row.kind)) {
      throw new Error(`data/names/given_name_forms.tsv: "${row.form}": "${row.name}" is no Ukrainian name of given_names_ua_ru.tsv, or "${row.kind}" no kind`);
    }
    const owner = idOfForm.get(keysOf(row.form).exact);
    const also = owner !== undefined && owner !== id;
    if (also && sexOfId.get(owner) !== sexOfId.get(id)) {
      throw new Error(`data/names/given_name_forms.tsv: "${row.form}" is a name of the other sex`);
    }
    addForm(row.form, id, { full: row.kind !== 'diminutive', also });
  }
  keysOfForm.clear();
}

/**
 * Canonical id of a given name in any language and script (Олександр, Александр, Oleksandr,
 * Aleksandr, Alexander, Сашко → 'oleksandr'), or undefined for a name the tables do not know or
 * a form two classes share (Саша, Женя, Слава).
 */
export function givenNameId(s: string): string | undefined {
  return index.find(s);
}

/**
 * Every class a written given name may stand for, most likely first: one for most names, the
 * classes of a shared form (Саша → oleksandr, oleksandra), a second candidate for a form that is
 * also another class's (Георгий → heorhii, yurii, yehor); empty for an unknown name.
 */
export function givenNameCandidates(s: string): readonly string[] {
  return index.candidates(s);
}

/**
 * The id of a given name for a person whose sex is known: a shared form resolves to its one
 * class of that sex (Саша, M → oleksandr; Валя, F → valentyna); undefined when no class or more
 * than one of that sex fits (Слава, M), or the name is the other sex's (Ольга, M).
 */
export function givenNameIdForSex(s: string, sex: Sex): string | undefined {
  const id = index.find(s);
  if (id !== undefined) return sexOfId.get(id) === sex ? id : undefined;
  const fits = index.candidates(s).filter((candidate) => sexOfId.get(candidate) === sex);
  return fits.length === 1 ? fits[0] : undefined;
}

/**
 * Whether two written given names can be the same person's: they share a class (Йосип and Осип,
 * Саша and Олександр, Юрій and Георгий). False when either is unknown: compare those by spelling.
 */
export function givenNamesMayAgree(x: string, y: string): boolean {
  const cy = index.candidates(y);
  return index.candidates(x).some((id) => cy.includes(id));
}

/**
 * Skeletons of every form of a class, so that a misspelt Russian form (Никиат) is measured
 * against Никита as well as against the class id (mykyta). The first is the Ukrainian form of
 * the class's first row.
 */
export function givenNameSkeletons(id: string): readonly string[] {
  return index.skeletonsOf(id);
}

/**
 * Whether the tables know this given name as a full name (a diminutive does not count: many
 * are surnames too, Юрко, Гриць; this is the evidence for the order of words in a full name).
 */
export function isKnownGivenName(s: string): boolean {
  return full.find(s) !== undefined;
}

/** Sex of the people who bear the names of a class, by its id. */
export function givenNameSex(id: string): Sex | undefined {
  return sexOfId.get(id);
}

/** The id of a full given name (not a diminutive) that is already a skeleton. */
export function givenNameIdOfSkeleton(skeleton: string): string | undefined {
  return full.findSkeleton(skeleton);
}

/**
 * The id of a man's full given name, already normalised, in any script (осип, ничипір, nazarii),
 * for rebuilding fathers' names from patronymics; undefined for a woman's name or a diminutive.
 */
export function fatherNameId(normalised: string): string | undefined {
  const id = full.findKeys(normalised);
  return id !== undefined && sexOfId.get(id) === 'M' ? id : undefined;
}

/** fatherNameId() of a name already reduced to its skeleton (a patronymic read in Latin). */
export function fatherNameIdOfSkeleton(skeleton: string): string | undefined {
  const id = full.findSkeleton(skeleton);
  return id !== undefined && sexOfId.get(id) === 'M' ? id : undefined;
}

/** Skeletons shared by different given-name classes: only the forms listed as shared. */
export function ambiguousGivenNameSkeletons(): string[] {
  return [...index.ambiguousSkeletons().keys()];
}

/** Every key (exact or skeleton) that names more than one class, with the classes it names. */
export function ambiguousGivenNameKeys(): Map<string, readonly string[]> {
  return new Map([...index.ambiguousExactKeys(), ...index.ambiguousSkeletons()]);
}
