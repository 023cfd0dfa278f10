// One list's duplicates from the links between its records. Grouping the links as they come
// (union-find) is transitive: two records that are surely two people (two service numbers, two
// DNA samples, two recovery dates) became one through a third, vaguer record that each of them
// repeats. Here a link joins two groups only when no member of one and member of the other are
// kept apart, and the links are taken strongest first, so the vaguer record joins the group it
// fits best and the other stays its own.
import type { PersonRecord } from '../model.js';
import { DisjointSets } from './disjoint-sets.js';
import { duplicateGroups, type DuplicateGroup } from './matcher.js';
import { identityKey, listOrder } from './record-order.js';

/** Two records of one list taken for one person, by their indexes, and how strongly (higher first). */
export interface DuplicateLink {
  x: number;
  y: number;
  score: number;
}

/**
 * Records of a group compared with a joining group's, at most: past it, a group is compared by
 * the records it held first (the larger of two joined groups keeps its own). Records with one identity
 * (identityKey: a row written again under another id) are compared once, so 50,000 copies of
 * one person are one record here. No list has come near: a person written a few times, in a few
 * spellings, is a group of a few identities. The bound keeps a list of many spellings of one
 * person at 64 × 64 comparisons a link.
 */
export const MAX_COMPARED = 64;

/** A group's records of distinct identities (the first MAX_COMPARED), as indexes. */
interface Identities {
  indexes: number[];
  keys: Set<string>;
}

/**
 * Duplicate groups of `records` from `links`: each link, strongest first, joins its records'
 * groups unless a record of one and a record of the other are `apart` (asked of the two records
 * alone, the same whether or not they were ever linked); a link refused leaves both records in
 * their groups. Equal scores are taken in the order of what the records hold (listOrder), so
 * neither the order of the rows nor the order of the links changes the groups.
 */
export function groupApart(
  records: readonly PersonRecord[],
  links: readonly DuplicateLink[],
  apart: (x: number, y: number) => boolean,
): DuplicateGroup[] {
  const order = listOrder(records);
  const byIndex: Array<PersonRecord | undefined> = [];
  for (const r of records) byIndex[r.index] = r;
  // Each link's records in content order, then the links strongest first and by those records.
  const ordered = links
    .map(({ x, y, score }) => (order(x, y) <= 0 ? { x, y, score } : { x: y, y: x, score }))
    .sort((p, q) => q.score - p.score || order(p.x, q.x) || order(p.y, q.y));
  const sets = new DisjointSets();
  // Kept for groups of two or more only, by their root; a record alone is its own identity.
  const identities = new Map<number, Identities>();
  const identitiesOf = (root: number): Identities =>
    identities.get(root) ?? { indexes: [root], keys: new Set([identityKey(byIndex[root]!)]) };
  // The question put to a pair in content order, so that it is asked the same way in any order.
  const kept = (x: number, y: number) => (order(x, y) <= 0 ? apart(x, y) : apart(y, x));
  for (const { x, y } of ordered) {
    const [rx, ry] = [sets.find(x), sets.find(y)];
    if (rx === ry) continue;
    const [gx, gy] = [identitiesOf(rx), identitiesOf(ry)];
    if (gx.indexes.some((i) => gy.indexes.some((j) => kept(i, j)))) continue;
    sets.union(x, y);
    // The larger group's identities, then those of the other that it lacks, up to the bound.
    const [into, from] = gx.indexes.length >= gy.indexes.length ? [gx, gy] : [gy, gx];
    for (const i of from.indexes) {
      if (into.indexes.length >= MAX_COMPARED) break;
      const key = identityKey(byIndex[i]!);
      if (into.keys.has(key)) continue;
      into.keys.add(key);
      into.indexes.push(i);
    }
    identities.delete(rx);
    identities.delete(ry);
    identities.set(sets.find(x), into);
  }
  return duplicateGroups(sets, records.map((r) => r.index));
}
