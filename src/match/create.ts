// Chooses the matcher for a run.
import type { ListKind } from '../model.js';
import { ExactMatcher } from './exact.js';
import type { Matcher } from './matcher.js';
import type { Thresholds } from './options.js';

export function createMatcher(_kind: ListKind, _thresholds: Thresholds): Matcher {
  return new ExactMatcher();
}
