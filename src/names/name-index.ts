// Lookup of names by key: the exact key first, so that two classes whose skeletons happen to
// meet are still told apart when written exactly, then the skeleton, so that any spelling of a
// listed form is found. Given names and patronymics each build one.
import { exactKeyOfNormalised, normaliseText } from './normalise.js';
import { skeletonOfNormalised } from './skeleton.js';

/** Lookup tables from keys to class ids; a key shared by two classes is ambiguous (null). */
export class NameIndex {
  private readonly exact = new Map<string, string>();
  private readonly skeleton = new Map<string, string | null>();
  private readonly forms = new Map<string, string[]>();

  add(form: string, id: string): void {
    const normalised = normaliseText(form);
    this.exact.set(exactKeyOfNormalised(normalised), id);
    const key = skeletonOfNormalised(normalised);
    const forms = this.forms.get(id);
    if (!forms) this.forms.set(id, [key]);
    else if (!forms.includes(key)) forms.push(key);
    const known = this.skeleton.get(key);
    this.skeleton.set(key, known === undefined || known === id ? id : null);
  }

  /** The id of a name by its exact key, else by its skeleton when that is not ambiguous. */
  find(name: string): string | undefined {
    const normalised = normaliseText(name);
    // The skeleton is only worked out when the exact key misses.
    return this.exact.get(exactKeyOfNormalised(normalised)) ?? this.findSkeleton(skeletonOfNormalised(normalised));
  }

  /** find() for a name already normalised and reduced to its skeleton. */
  findKeys(normalised: string, skeleton: string): string | undefined {
    return this.exact.get(exactKeyOfNormalised(normalised)) ?? this.findSkeleton(skeleton);
  }

  /** The skeletons of every listed form of a class (Олександр, Александр, Alexander…). */
  skeletonsOf(id: string): readonly string[] {
    return this.forms.get(id) ?? [];
  }

  findSkeleton(skeleton: string): string | undefined {
    return this.skeleton.get(skeleton) ?? undefined;
  }

  /** Skeletons shared by two classes, which only the exact key can tell apart. */
  ambiguousSkeletons(): string[] {
    return [...this.skeleton].filter(([, id]) => id === null).map(([key]) => key);
  }
}
