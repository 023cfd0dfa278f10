// Chooses the matcher for a run: the scored engine, or the exact matcher (a plain table diff,
// kept as a baseline and for lists that must match only on identical keys).
import { ScoredMatcher, type EngineSetup } from './engine/engine.js';
import { ExactMatcher } from './exact.js';
import type { Matcher } from './matcher.js';
import type { Thresholds } from './options.js';

export const MATCHERS = ['scored', 'exact'] as const;
export type MatcherName = (typeof MATCHERS)[number];

/** `setup`: the kind's comparisons and blocking keys (its profile's `matching`). */
export function createMatcher(setup: EngineSetup, thresholds: Thresholds, name: MatcherName = 'scored'): Matcher {
  if (name === 'exact') return new ExactMatcher();
  return new ScoredMatcher(thresholds, setup);
}
