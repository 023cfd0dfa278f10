// Matcher thresholds: CLI flags override the agreement's `matching` section, which overrides
// the measured defaults.
import { Option, type Command } from 'commander';
import type { Agreement } from '../agreement/terms.js';
import { RunError } from '../errors.js';

export interface Thresholds {
  match: number;
  review: number;
}

/** Defaults chosen by measurement (README, "Choosing the thresholds"). */
export const DEFAULT_THRESHOLDS: Thresholds = { match: 0, review: -6 };

export interface ThresholdOptions {
  matchThreshold?: string;
  reviewThreshold?: string;
}

export function addThresholdOptions(command: Command): Command {
  return command
    .addOption(new Option('--match-threshold <score>', `score at or above which a pair is matched (default ${DEFAULT_THRESHOLDS.match})`))
    .addOption(new Option('--review-threshold <score>', `score at or above which a pair goes to review (default ${DEFAULT_THRESHOLDS.review})`));
}

function number(flag: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!Number.isFinite(value) || text.trim() === '') throw new RunError(`${flag} "${text}": expected a number`);
  return value;
}

export function matcherThresholds(agreement: Agreement, options: ThresholdOptions): Thresholds {
  const match = number('--match-threshold', options.matchThreshold) ?? agreement.matching?.match ?? DEFAULT_THRESHOLDS.match;
  const review = number('--review-threshold', options.reviewThreshold) ?? agreement.matching?.review ?? DEFAULT_THRESHOLDS.review;
  if (review > match) throw new RunError(`the review threshold (${review}) is above the match threshold (${match})`);
  return { match, review };
}
