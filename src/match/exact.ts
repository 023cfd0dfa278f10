// The exact matcher: a pair is the same person when its records share a normalised service
// number, or a normalised surname + given name + full date of birth, and the key is unique on
// both sides (a shared key among namesakes proves nothing). No transliteration, no fuzziness.
import type { PersonRecord } from '../model.js';
import { nameDobKey, sameServiceNumber, serviceKey, serviceKeys } from './keys.js';
import { DisjointSets } from './disjoint-sets.js';
import { duplicateGroups, type Decisions, type DuplicateGroup, type LinkedPair, type Matcher } from './matcher.js';

type KeyFn = (record: PersonRecord) => string;

const KEYS: Array<{ name: string; key: KeyFn }> = [
  { name: 'service_number', key: (r) => serviceKey(r.serviceNumber) },
  { name: 'surname+given+dob', key: nameDobKey },
];

function groupBy(records: readonly PersonRecord[], key: KeyFn): Map<string, PersonRecord[]> {
  const groups = new Map<string, PersonRecord[]>();
  for (const record of records) {
    const k = key(record);
    if (k === '') continue;
    const group = groups.get(k);
    if (group) group.push(record);
    else groups.set(k, [record]);
  }
  return groups;
}

export class ExactMatcher implements Matcher {
  readonly name = 'exact';

  dedupe(records: readonly PersonRecord[]): DuplicateGroup[] {
    // Records sharing a service number, or name + date of birth without contradicting service
    // numbers (namesakes born the same day carry different numbers), are one person.
    const sets = new DisjointSets();
    for (const group of groupBy(records, KEYS[0]!.key).values()) {
      for (const other of group.slice(1)) sets.union(group[0]!.index, other.index);
    }
    for (const group of groupBy(records, nameDobKey).values()) {
      const numbered = group.filter((r) => serviceKeys(r.serviceNumber).length > 0);
      for (let i = 0; i < numbered.length; i++) {
        for (let j = i + 1; j < numbered.length; j++) {
          if (sameServiceNumber(serviceKeys(numbered[i]!.serviceNumber), serviceKeys(numbered[j]!.serviceNumber))) sets.union(numbered[i]!.index, numbered[j]!.index);
        }
      }
      // A record without a number is a copy only where the name and date name one person: among
      // namesakes with two numbers it could be either, and it must not join them.
      const people = new Set(numbered.map((r) => sets.find(r.index)));
      if (people.size > 1) continue;
      for (const r of group) sets.union(group[0]!.index, r.index);
    }
    return duplicateGroups(sets, records.map((r) => r.index));
  }

  link(a: readonly PersonRecord[], b: readonly PersonRecord[], decisions: Decisions): LinkedPair[] {
    const pairs: LinkedPair[] = [];
    const pairedA = new Set<number>();
    const pairedB = new Set<number>();
    const take = (x: number, y: number, pair: Omit<LinkedPair, 'a' | 'b'>) => {
      pairs.push({ a: x, b: y, ...pair });
      pairedA.add(x);
      pairedB.add(y);
    };
    const aByIndex = new Set(a.map((r) => r.index));
    const bByIndex = new Set(b.map((r) => r.index));
    for (const [x, y] of decisions.same) {
      if (aByIndex.has(x) && bByIndex.has(y) && !pairedA.has(x) && !pairedB.has(y)) {
        take(x, y, { status: 'matched', score: 1, why: 'decided=same', decided: 'same' });
      }
    }
    for (const { name, key } of KEYS) {
      const groupsB = groupBy(b.filter((r) => !pairedB.has(r.index)), key);
      for (const [k, groupA] of groupBy(a.filter((r) => !pairedA.has(r.index)), key)) {
        const groupB = groupsB.get(k);
        if (groupA.length !== 1 || groupB?.length !== 1) continue;
        const [x, y] = [groupA[0]!.index, groupB[0]!.index];
        if (decisions.different.has(x, y)) continue;
        take(x, y, { status: 'matched', score: 1, why: `${name}=exact` });
      }
    }
    return pairs.sort((p, q) => p.a - q.a);
  }
}
