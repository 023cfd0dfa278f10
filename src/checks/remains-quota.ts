// remains-quota: a side's bodies, less duplicate copies and foreign remains, differ from the
// agreement's remains_quota. Each side is held to the quota on its own; no quota, no finding.
import type { Agreement } from '../agreement/terms.js';
import { finding } from '../findings/make.js';
import type { BodyCounts, Finding, Side } from '../model.js';
import { bodyCounts, bodiesOf } from '../remains/counts.js';
import type { ListRule } from './rules.js';

export function checkRemainsQuota(counts: Partial<Record<Side, BodyCounts>>, agreement: Agreement): Finding[] {
  const quota = agreement.remains_quota;
  if (quota === undefined) return [];
  return (['a', 'b'] as const).flatMap((side) => {
    const c = counts[side];
    if (!c || c.counted === quota) return [];
    return [finding('remains-quota', {}, {
      field: 'remains_quota',
      [side === 'a' ? 'aValue' : 'bValue']: String(c.counted),
      args: { side, listed: c.listed, foreign: c.foreign, count: c.counted, quota },
    })];
  });
}

/** The rule on a run's checked entries: each side the run holds, its bodies counted as summary.json counts them. */
export const checkReconciledQuota: ListRule = (entries, ctx, sides) =>
  checkRemainsQuota(Object.fromEntries(sides.map((side) => [side, bodyCounts(bodiesOf(entries, side, ctx.fallenCitizenship))])), ctx.agreement);
