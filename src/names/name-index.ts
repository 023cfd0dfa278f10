// Lookup of names by key: the exact key first, so that two classes whose skeletons happen to
// meet are still told apart when written exactly, then the skeleton, so that any spelling of a
// listed form is found. Given names and patronymics each build one.
//
// A key may name several classes. A form listed for two classes (Саша: Олександр and
// Олександра) is ambiguous: it gives no id, only candidates. A form added as a second candidate
// (`also`: Георгий, the church name of Юрій, is first of all the Russian Георгій) keeps the id
// of its own class and only adds a candidate.
import { exactKeyOfNormalised, normaliseText } from './normalise.js';
import { skeletonOfNormalised } from './skeleton.js';

interface Entry {
  /** Classes the key names; more than one makes the key ambiguous. */
  ids: string[];
  /** Classes the key may stand for besides them (never an id, only a candidate). */
  also: string[];
}

/** A key's classes: most keys name one class and nothing else, held as its id alone. */
type Value = string | Entry;

const push = (list: string[], id: string): void => {
  if (!list.includes(id)) list.push(id);
};

const idsOf = (value: Value | undefined): readonly string[] =>
  value === undefined ? [] : typeof value === 'string' ? [value] : value.ids;
const alsoOf = (value: Value | undefined): readonly string[] =>
  value === undefined || typeof value === 'string' ? [] : value.also;

/** Whether a key names a class (not only second candidates). */
const namesClasses = (value: Value | undefined): boolean =>
  value !== undefined && (typeof value === 'string' || value.ids.length > 0);

/** The one class of a key, undefined when there is none or more than one. */
const onlyId = (value: Value | undefined): string | undefined =>
  typeof value === 'string' ? value : value !== undefined && value.ids.length === 1 ? value.ids[0] : undefined;

function addTo(map: Map<string, Value>, key: string, id: string, also: boolean): void {
  const value = map.get(key);
  if (value === undefined) map.set(key, also ? { ids: [], also: [id] } : id);
  else if (typeof value !== 'string') push(also ? value.also : value.ids, id);
  else if (value !== id) map.set(key, also ? { ids: [value], also: [id] } : { ids: [value, id], also: [] });
}

/** Lookup tables from keys to class ids. */
export class NameIndex {
  private readonly exact = new Map<string, Value>();
  private readonly skeleton = new Map<string, Value>();
  private readonly forms = new Map<string, string[]>();

  add(form: string, id: string, also = false): void {
    const normalised = normaliseText(form);
    this.addKeys(normalised, skeletonOfNormalised(normalised), id, also);
  }

  /** add() for a form already normalised and reduced to its skeleton. */
  addKeys(normalised: string, skeleton: string, id: string, also = false): void {
    this.addExactKeys(exactKeyOfNormalised(normalised), skeleton, id, also);
  }

  /** add() for a form already reduced to its exact key and its skeleton. */
  addExactKeys(exact: string, skeleton: string, id: string, also = false): void {
    addTo(this.exact, exact, id, also);
    addTo(this.skeleton, skeleton, id, also);
    if (also) return;
    const forms = this.forms.get(id);
    if (!forms) this.forms.set(id, [skeleton]);
    else push(forms, skeleton);
  }

  /** The id of a name by its exact key, else by its skeleton; undefined when unknown or ambiguous. */
  find(name: string): string | undefined {
    // The skeleton is only worked out when the exact key misses.
    return this.findKeys(normaliseText(name));
  }

  /** find() for a name already normalised (and reduced to its skeleton, else it is when needed). */
  findKeys(normalised: string, skeleton?: string): string | undefined {
    const exact = this.exact.get(exactKeyOfNormalised(normalised));
    // An exact key that names classes decides, even when it names two (then nothing is found).
    if (namesClasses(exact)) return onlyId(exact);
    return this.findSkeleton(skeleton ?? skeletonOfNormalised(normalised));
  }

  findSkeleton(skeleton: string): string | undefined {
    return onlyId(this.skeleton.get(skeleton));
  }

  /**
   * Every class a name may stand for: the classes its exact key names (else those its skeleton
   * names), then the second candidates of either key. Empty for an unknown name.
   */
  candidates(name: string): string[] {
    const normalised = normaliseText(name);
    const exact = this.exact.get(exactKeyOfNormalised(normalised));
    const skeleton = this.skeleton.get(skeletonOfNormalised(normalised));
    const out = [...(namesClasses(exact) ? idsOf(exact) : idsOf(skeleton))];
    for (const id of [...alsoOf(exact), ...alsoOf(skeleton)]) push(out, id);
    return out;
  }

  /** The skeletons of every listed form of a class (Олександр, Александр, Alexander…). */
  skeletonsOf(id: string): readonly string[] {
    return this.forms.get(id) ?? [];
  }

  /** Skeletons that name more than one class, with those classes. */
  ambiguousSkeletons(): Map<string, readonly string[]> {
    return ambiguous(this.skeleton);
  }

  /** Exact keys that name more than one class, with those classes. */
  ambiguousExactKeys(): Map<string, readonly string[]> {
    return ambiguous(this.exact);
  }
}

function ambiguous(map: Map<string, Value>): Map<string, readonly string[]> {
  return new Map([...map].filter(([, value]) => idsOf(value).length > 1).map(([key, value]) => [key, idsOf(value)]));
}
