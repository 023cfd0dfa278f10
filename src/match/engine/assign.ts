// One-to-one assignment that maximises the total score. Pairs form a bipartite graph; each
// connected component (usually one pair, a few with namesakes) is solved exactly with the
// Hungarian method, or greedily when it is too large for that. Ties break on the records'
// content (`TieOrder`, src/match/record-order.ts), not their place in the file, so the result is
// deterministic and the same whatever the order of the rows.

import { DisjointSets } from '../disjoint-sets.js';
import { BY_INDEX, type TieOrder } from '../record-order.js';

export interface Edge {
  a: number;
  b: number;
  score: number;
}

/** Components larger than this (records on the larger side) are assigned greedily. */
export const MAX_EXACT_COMPONENT = 150;

/** `order` breaks ties between equal scores; without it, record order does. */
export function assignOneToOne(edges: readonly Edge[], order: TieOrder = BY_INDEX): Edge[] {
  const chosen: Edge[] = [];
  for (const component of components(edges)) {
    if (component.length === 1) chosen.push(component[0]!);
    else chosen.push(...(sidesOf(component) <= MAX_EXACT_COMPONENT ? hungarian(component, order) : greedy(component, order)));
  }
  return chosen.sort((x, y) => x.a - y.a || x.b - y.b);
}

function greedy(edges: readonly Edge[], order: TieOrder): Edge[] {
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const chosen: Edge[] = [];
  const byScoreThenOrder = (x: Edge, y: Edge) => y.score - x.score || order.a(x.a, y.a) || order.b(x.b, y.b);
  for (const edge of [...edges].sort(byScoreThenOrder)) {
    if (usedA.has(edge.a) || usedB.has(edge.b)) continue;
    usedA.add(edge.a);
    usedB.add(edge.b);
    chosen.push(edge);
  }
  return chosen;
}

function sidesOf(edges: readonly Edge[]): number {
  return Math.max(new Set(edges.map((e) => e.a)).size, new Set(edges.map((e) => e.b)).size);
}

/** Candidate pairs that share records, A records as themselves and B records as ~b (negative). */
function components(edges: readonly Edge[]): Edge[][] {
  const sets = new DisjointSets();
  for (const e of edges) sets.union(e.a, ~e.b);
  return sets.groupsOf(edges, (e) => e.a);
}

/**
 * Hungarian method (Kuhn–Munkres, O(n³)) on the component's score matrix, maximising. Missing
 * edges weigh 0 and are never chosen, so leaving a record unpaired is always possible. Rows and
 * columns stand in `order`: of two equally good assignments, the method takes the one that order
 * favours, so the matrix, and the choice, are the same however the files order their rows.
 */
function hungarian(edges: readonly Edge[], order: TieOrder): Edge[] {
  const rowsA = [...new Set(edges.map((e) => e.a))].sort(order.a);
  const colsB = [...new Set(edges.map((e) => e.b))].sort(order.b);
  const n = Math.max(rowsA.length, colsB.length);
  const rowOf = new Map(rowsA.map((a, i) => [a, i]));
  const colOf = new Map(colsB.map((b, j) => [b, j]));
  // Scores are shifted to be positive so that any real edge beats no edge.
  const minScore = Math.min(...edges.map((e) => e.score));
  const shift = minScore <= 0 ? 1 - minScore : 0;
  const gain = Array.from({ length: n }, () => new Float64Array(n));
  const edgeAt = new Map<number, Edge>();
  for (const e of edges) {
    const [i, j] = [rowOf.get(e.a)!, colOf.get(e.b)!];
    gain[i]![j] = e.score + shift;
    edgeAt.set(i * n + j, e);
  }
  const maxGain = Math.max(...gain.map((row) => Math.max(...row)));
  // Minimise cost = maxGain - gain, with 1-based potentials (classic e-maxx formulation).
  const u = new Float64Array(n + 1);
  const v = new Float64Array(n + 1);
  const p = new Int32Array(n + 1);
  const way = new Int32Array(n + 1);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    const minv = new Float64Array(n + 1).fill(Infinity);
    const used = new Uint8Array(n + 1);
    do {
      used[j0] = 1;
      const i0 = p[j0]!;
      let delta = Infinity;
      let j1 = 0;
      for (let j = 1; j <= n; j++) {
        if (used[j]) continue;
        const cost = maxGain - gain[i0 - 1]![j - 1]! - u[i0]! - v[j]!;
        if (cost < minv[j]!) {
          minv[j] = cost;
          way[j] = j0;
        }
        if (minv[j]! < delta) {
          delta = minv[j]!;
          j1 = j;
        }
      }
      for (let j = 0; j <= n; j++) {
        if (used[j]) {
          u[p[j]!]! += delta;
          v[j]! -= delta;
        } else minv[j]! -= delta;
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0]!;
      p[j0] = p[j1]!;
      j0 = j1;
    } while (j0);
  }
  const chosen: Edge[] = [];
  for (let j = 1; j <= n; j++) {
    const edge = edgeAt.get((p[j]! - 1) * n + (j - 1));
    if (edge) chosen.push(edge);
  }
  return chosen;
}
