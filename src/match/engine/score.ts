// Scores a candidate pair with a fitted model and explains the score field by field.
import { namesSwapped, type Comparison } from './comparisons.js';
import type { Features } from './features.js';
import type { FittedComparison, Model } from './model.js';

/** Frequency adjustment is bounded so one very rare or very common value cannot decide alone. */
const MAX_FREQUENCY_ADJUSTMENT = 4;

export interface Scored {
  score: number;
  swapped: boolean;
  /** The comparison whose level forbids an automatic match, if any. */
  reviewOnly?: string;
  /** The comparison whose level says two records of one list are two people, if any. */
  twoPeople?: string;
  /** Level index per comparison. */
  levels: number[];
  /** Weight per comparison. */
  weights: number[];
  /** How each comparison read the pair's values, where it says (`tag` read as a year register). */
  notes: Array<string | undefined>;
}

function weightOf(fitted: FittedComparison, level: number, value: string): number {
  const base = fitted.weight[level]!;
  if (level !== 0 || !fitted.frequency || fitted.meanAgreement === undefined) return base;
  // Agreement on a rare value is stronger evidence than agreement on a common one.
  const frequency = fitted.frequency.get(value) ?? fitted.meanAgreement;
  const adjustment = Math.log2(fitted.meanAgreement / Math.max(frequency, 1e-9));
  return base + Math.max(-MAX_FREQUENCY_ADJUSTMENT, Math.min(MAX_FREQUENCY_ADJUSTMENT, adjustment));
}

/** y as compared with x: read with surname and given name swapped where that reads better. */
function viewOf(x: Features, y: Features): { view: Features; swapped: boolean } {
  const swapped = namesSwapped(x, y);
  return { view: swapped ? { ...y, ...y.swapped! } : y, swapped };
}

/**
 * The level of each comparison, written into `into` at column `at` (EM's level matrix). A random
 * pair is read straight: swapped names matter for true pairs, and reading them costs the most.
 */
export function writeLevels(comparisons: readonly Comparison[], x: Features, y: Features, into: Uint8Array[], at: number, readSwapped = true): void {
  const view = readSwapped ? viewOf(x, y).view : y;
  for (let c = 0; c < comparisons.length; c++) into[c]![at] = comparisons[c]!.level(x, view);
}

export function scorePair(model: Model, x: Features, y: Features): Scored {
  const { view, swapped } = viewOf(x, y);
  let score = model.prior;
  let reviewOnly: string | undefined;
  let twoPeople: string | undefined;
  let settled = false;
  const levels: number[] = [];
  const weights: number[] = [];
  const notes: Array<string | undefined> = [];
  for (const fitted of model.comparisons) {
    const level = fitted.comparison.level(x, view);
    notes.push(fitted.comparison.note?.(x, view));
    const key = fitted.comparison.frequencyKey;
    const w = weightOf(fitted, level, key ? key(x) : '');
    levels.push(level);
    weights.push(w);
    score += w;
    const vetoes = fitted.comparison.reviewOnly ?? [];
    if (vetoes.some((veto) => veto.levels.includes(level) && fitted.m[level]! <= veto.reliable)) reviewOnly ??= fitted.comparison.name;
    if (fitted.comparison.decisive && level === 0) settled = true;
    if (fitted.comparison.neverDuplicate?.includes(level)) twoPeople ??= fitted.comparison.name;
  }
  return { score, swapped, levels, weights, notes, ...(reviewOnly && !settled ? { reviewOnly } : {}), ...(twoPeople ? { twoPeople } : {}) };
}

const signed = (w: number) => `${w >= 0 ? '+' : ''}${w.toFixed(1)}`;

/** `surname=+6.1 given=+4.2 dob=swap(+2.0) service=missing`, the model's reading of the pair. */
export function explain(model: Model, scored: Scored): string {
  const parts = model.comparisons.map((fitted, i) => {
    const level = scored.levels[i]!;
    const name = fitted.comparison.levels[level]!;
    if (name === 'missing') return `${fitted.comparison.name}=missing`;
    const w = signed(scored.weights[i]!);
    const note = scored.notes[i] ? `[${scored.notes[i]}]` : '';
    return level === 0 ? `${fitted.comparison.name}=${w}${note}` : `${fitted.comparison.name}=${name}(${w})${note}`;
  });
  return [
    `prior=${signed(model.prior)}`,
    ...(scored.swapped ? ['names=swapped'] : []),
    ...parts,
    ...(scored.reviewOnly ? [`review-only=${scored.reviewOnly}`] : []),
  ].join(' ');
}
