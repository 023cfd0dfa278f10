// Chooses the matcher for a run: the scored engine, or the exact matcher (a plain table diff,
// kept as a baseline and for lists that must match only on identical keys).
import type { ListKind } from '../model.js';
import { PERSON_COMPARISONS } from './engine/comparisons.js';
import { REMAINS_COMPARISONS } from './engine/remains-comparisons.js';
import { ScoredMatcher } from './engine/engine.js';
import { ExactMatcher } from './exact.js';
import type { Matcher } from './matcher.js';
import type { Thresholds } from './options.js';

export const MATCHERS = ['scored', 'exact'] as const;
export type MatcherName = (typeof MATCHERS)[number];

export function createMatcher(kind: ListKind, thresholds: Thresholds, name: MatcherName = 'scored'): Matcher {
  if (name === 'exact') return new ExactMatcher();
  return new ScoredMatcher(thresholds, kind === 'remains' ? REMAINS_COMPARISONS : PERSON_COMPARISONS);
}
