import { describe, expect, it } from 'vitest';
import { defaultAgreement } from '../../src/agreement/terms.js';
import { RunError } from '../../src/errors.js';
import { DEFAULT_THRESHOLDS, matcherThresholds } from '../../src/match/options.js';

describe('matcher thresholds', () => {
  const terms = defaultAgreement();

  it('default to the measured values', () => {
    expect(matcherThresholds(terms, {})).toEqual(DEFAULT_THRESHOLDS);
  });

  it('take the agreement file’s matching section, and CLI flags over it', () => {
    const withMatching = { ...terms, matching: { match: 5, review: 1 } };
    expect(matcherThresholds(withMatching, {})).toEqual({ match: 5, review: 1 });
    expect(matcherThresholds(withMatching, { matchThreshold: '7' })).toEqual({ match: 7, review: 1 });
    expect(matcherThresholds(withMatching, { reviewThreshold: '-2.5' })).toEqual({ match: 5, review: -2.5 });
  });

  it('refuse a review threshold above the match threshold, and a non-number', () => {
    expect(() => matcherThresholds(terms, { matchThreshold: '1', reviewThreshold: '2' })).toThrow(RunError);
    expect(() => matcherThresholds(terms, { matchThreshold: 'high' })).toThrow(/--match-threshold "high": expected a number/);
  });
});
