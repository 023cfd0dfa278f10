// Fellegi–Sunter weights: for each comparison level, log2(m/u). m and u are estimated from the
// two lists themselves by expectation–maximisation over the candidate pairs, starting from the
// defaults in comparisons.ts, which also stand when there are too few pairs to learn from.
import type { Comparison } from './comparisons.js';
import { float64s } from './large-arrays.js';

export interface FittedComparison {
  comparison: Comparison;
  m: number[];
  u: number[];
  /** log2(m/u) per level; 0 for `missing`. */
  weight: number[];
  /** Relative frequency of each value of frequencyKey across both lists. */
  frequency?: Map<string, number>;
  /** Chance that two random records agree on the value: sum of squared frequencies. */
  meanAgreement?: number;
}

export interface Model {
  comparisons: FittedComparison[];
  /** log2 prior odds that a random A×B pair is the same person. */
  prior: number;
  /** How the parameters were obtained, for the summary. */
  source: 'em' | 'defaults';
  iterations: number;
}

/** Fewest candidate pairs from which EM is trusted; below it the defaults stand. */
export const MIN_PAIRS_FOR_EM = 200;
/** Weight of the defaults in EM, in pairs. */
const PSEUDO = 20;
const FLOOR = 1e-7;
/**
 * No level is impossible for the same person: any field can be miswritten. Without this floor
 * a level EM never saw among matches (a service number differing beyond one typo) would veto a
 * pair on its own.
 */
const MIN_M = 0.002;

const log2 = Math.log2;

function withWeights(comparison: Comparison, m: readonly number[], u: readonly number[]): FittedComparison {
  const weight = m.map((mi, i) => log2(Math.max(mi, FLOOR) / Math.max(u[i]!, FLOOR)));
  // Levels are ordered from strongest agreement down: a weaker level never outweighs a stronger
  // one, even where a sample too small to see it made its u look tiny.
  for (let i = 1; i < weight.length; i++) weight[i] = Math.min(weight[i]!, weight[i - 1]!);
  return { comparison, m: [...m], u: [...u], weight: [...weight, 0] };
}

/**
 * The same comparison with u of its exact level replaced by `exactU` and its other levels scaled
 * to fill the rest. A random sample sees exact agreement on a birth date or a service number only
 * a handful of times, so its estimate swings by several bits from one sample to another; the
 * value frequencies of the two lists give it exactly.
 */
export function withExactAgreement(fitted: FittedComparison, exactU: number): FittedComparison {
  const rest = fitted.u.slice(1).reduce((sum, x) => sum + x, 0);
  const u = [exactU, ...fitted.u.slice(1).map((x) => (rest > 0 ? (x * (1 - exactU)) / rest : (1 - exactU) / (fitted.u.length - 1)))];
  return withWeights(fitted.comparison, fitted.m, u);
}

export function defaultModel(comparisons: readonly Comparison[], expectedMatches: number, pairs: number): Model {
  return {
    comparisons: comparisons.map((c) => withWeights(c, c.defaultM, c.defaultU)),
    prior: priorOf(expectedMatches, pairs),
    source: 'defaults',
    iterations: 0,
  };
}

export function priorOf(expectedMatches: number, pairs: number): number {
  const matches = Math.max(1, Math.min(expectedMatches, pairs - 1));
  return log2(matches / Math.max(1, pairs - matches));
}

/**
 * EM depends on a pair only through its levels and its weight, and a population of a few hundred
 * thousand pairs holds a few thousand distinct level patterns: each pattern becomes one pair
 * weighing for all of its pairs, separately among the candidates and among the sampled pairs
 * (which EM treats differently), in order of first appearance. An iteration then costs the
 * patterns, not the pairs.
 */
export function byPattern(
  width: number,
  levels: readonly Uint8Array[],
  weights: Float64Array,
  candidates: number,
): { levels: Uint8Array[]; weights: Float64Array; candidates: number } {
  const slot = new Map<string, number>();
  const first: number[] = [];
  const summed: number[] = [];
  let candidatePatterns = 0;
  const codes = new Uint8Array(width + 1);
  const decoder = new TextDecoder('latin1');
  for (let p = 0; p < weights.length; p++) {
    codes[0] = p < candidates ? 1 : 2;
    for (let c = 0; c < width; c++) codes[c + 1] = levels[c]![p]! + 48;
    const key = decoder.decode(codes);
    const at = slot.get(key);
    if (at !== undefined) summed[at]! += weights[p]!;
    else {
      slot.set(key, first.length);
      first.push(p);
      summed.push(weights[p]!);
      if (p < candidates) candidatePatterns++;
    }
  }
  // Candidates come first in the population, so their patterns do too.
  return {
    levels: levels.map((row) => Uint8Array.from(first, (p) => row[p]!)),
    weights: Float64Array.from(summed),
    candidates: candidatePatterns,
  };
}

/**
 * EM over a weighted population of pairs standing for the whole A×B product: the first
 * `candidates` pairs are those blocking let through (weight 1; every pair the engine can match is
 * among them), the rest a random sample of the other pairs, each weighing for the many it stands
 * for. Sampled pairs are non-matches by construction (a pair blocking never proposes cannot be
 * matched): they shape u, not m — with their huge weights, even tiny match posteriors would
 * otherwise swamp m. `levels[c][p]` is the level of comparison c in pair p. Returns m, u and the
 * share of matches among all pairs; the defaults act as a weak prior, so a level never seen does
 * not get an infinite weight.
 *
 * One departure from textbook EM: m of each field is learnt from each pair's match probability
 * by the other fields alone. Plain EM feeds on itself: a true pair whose birth date is wrong gets
 * a low posterior because wrong birth dates look rare, so they keep looking rare (FEBRL 4's m
 * for a different birth date came out at 0.2% instead of about 8%).
 */
export function fitModel(
  comparisons: readonly Comparison[],
  levels: Uint8Array[],
  weights: Float64Array,
  candidates: number,
  maxIterations = 40,
): Model {
  ({ levels, weights, candidates } = byPattern(comparisons.length, levels, weights, candidates));
  const pairs = weights.length;
  const total = weights.reduce((s, w) => s + w, 0);
  let m = comparisons.map((c) => [...c.defaultM]);
  let u = comparisons.map((c) => [...c.defaultU]);
  let lambda = Math.min(0.5, 1 / Math.sqrt(Math.max(4, total)));
  const posterior = float64s(pairs);
  const logOddsOf = float64s(pairs);
  let iterations = 0;
  while (iterations < maxIterations) {
    iterations++;
    // E-step: probability each pair is a match.
    const logOdds = log2(lambda / (1 - lambda));
    // log2(m/u) per level, once per iteration; the missing level (past the end) weighs 0.
    const ratio = m.map((mc, c) => Float64Array.from([...mc.map((mi, l) => log2(mi / u[c]![l]!)), 0]));
    let matches = 0;
    for (let p = 0; p < candidates; p++) {
      let w = logOdds;
      for (let c = 0; c < comparisons.length; c++) w += ratio[c]![Math.min(levels[c]![p]!, ratio[c]!.length - 1)]!;
      logOddsOf[p] = w;
      posterior[p] = 1 / (1 + 2 ** -w);
      matches += posterior[p]! * weights[p]!;
    }
    // M-step: level shares among matches and non-matches (missing levels excluded), with the
    // defaults as PSEUDO pseudo-pairs.
    const next = comparisons.map((c, ci) => {
      const size = c.defaultM.length;
      const mc = c.defaultM.map((x) => x * PSEUDO);
      const uc = c.defaultU.map((x) => x * PSEUDO);
      for (let p = 0; p < pairs; p++) {
        const level = levels[ci]![p]!;
        if (level >= size) continue;
        // m of a field is learnt from how likely the pair is by the other fields alone, so a
        // true pair that disagrees on this field still teaches how often true pairs do.
        const others = p < candidates ? 1 / (1 + 2 ** -(logOddsOf[p]! - ratio[ci]![level]!)) : 0;
        mc[level]! += others * weights[p]!;
        uc[level]! += (1 - posterior[p]!) * weights[p]!;
      }
      const norm = (v: number[]) => {
        const sum = v.reduce((s, x) => s + x, 0);
        return v.map((x) => Math.max(x / sum, FLOOR));
      };
      return { m: norm(mc).map((x) => Math.max(x, MIN_M)), u: norm(uc) };
    });
    const nextLambda = Math.min(0.5, Math.max(1e-12, matches / total));
    const change = Math.abs(log2(nextLambda / lambda)) + next.reduce((s, n, ci) => s + n.m.reduce((t, x, i) => t + Math.abs(x - m[ci]![i]!), 0), 0);
    m = next.map((n) => n.m);
    u = next.map((n) => n.u);
    lambda = nextLambda;
    if (change < 1e-6) break;
  }
  // Keep a comparison's defaults where EM made agreement look like evidence against a match.
  const fitted = comparisons.map((c, ci) => (m[ci]![0]! > u[ci]![0]! ? withWeights(c, m[ci]!, u[ci]!) : withWeights(c, c.defaultM, c.defaultU)));
  return { comparisons: fitted, prior: log2(lambda / (1 - lambda)), source: 'em', iterations };
}
