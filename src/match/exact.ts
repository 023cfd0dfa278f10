// The exact matcher: a pair is the same person when its records share a normalised service
// number, or a normalised surname + given name + full date of birth, and the key is unique on
// both sides (a shared key among namesakes proves nothing). No transliteration, no fuzziness.
import type { PersonRecord } from '../model.js';
import { nameDobKey, sameServiceNumber, serviceKey, serviceKeys } from './keys.js';
import { groupApart, type DuplicateLink } from './duplicate-links.js';
import type { Decisions, DuplicateGroup, LinkedPair, Matcher } from './matcher.js';

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
    // numbers (namesakes born the same day carry different numbers), are one person; no group
    // holds two numbers that contradict, not even through a third record (groupApart).
    const byIndex: PersonRecord[] = [];
    for (const r of records) byIndex[r.index] = r;
    const keys: Array<readonly string[] | undefined> = [];
    const keysOf = (index: number) => (keys[index] ??= serviceKeys(byIndex[index]!.serviceNumber));
    const contradict = (x: number, y: number) => keysOf(x).length > 0 && keysOf(y).length > 0 && !sameServiceNumber(keysOf(x), keysOf(y));
    // A shared number links more strongly than a shared name and date.
    const links: DuplicateLink[] = [];
    for (const group of groupBy(records, KEYS[0]!.key).values()) {
      for (const other of group.slice(1)) links.push({ x: group[0]!.index, y: other.index, score: 2 });
    }
    for (const group of groupBy(records, nameDobKey).values()) {
      const numbered = group.filter((r) => keysOf(r.index).length > 0);
      let onePerson = true;
      for (let i = 0; i < numbered.length; i++) {
        for (let j = i + 1; j < numbered.length; j++) {
          const [x, y] = [numbered[i]!.index, numbered[j]!.index];
          if (contradict(x, y)) onePerson = false;
          else links.push({ x, y, score: 2 });
        }
      }
      // A record without a number is a copy only where the name and date name one person: among
      // namesakes with two numbers it could be either, and it must not join them.
      if (onePerson) for (const r of group.slice(1)) links.push({ x: group[0]!.index, y: r.index, score: 1 });
    }
    return groupApart(records, links, contradict);
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
