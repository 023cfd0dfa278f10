// `exchange summary --kind remains`: the bodies of one list on its own, and the remains rules that
// need no second list (foreign-remains, remains-quota), run as in a reconciliation.
import type { Agreement } from '../agreement/terms.js';
import { checkForeignRemains } from '../checks/foreign-remains.js';
import { checkRemainsQuota } from '../checks/remains-quota.js';
import type { LedgerEntry } from '../core/ledger.js';
import type { Finding, PersonList } from '../model.js';
import { bodiesOf, bodyCounts, type BodyCounts } from './counts.js';
import { fallenCitizenship } from './identity.js';

export interface ListRemains {
  counts: BodyCounts;
  /** foreign-remains and remains-quota findings, to add to the list's own. */
  findings: Finding[];
}

/** `findings` are the list's findings so far: its duplicate-record copies are not bodies. */
export function examineRemains(list: PersonList, findings: readonly Finding[], agreement: Agreement): ListRemains {
  const side = list.side;
  const copies = new Set(findings.filter((f) => f.code === 'duplicate-record').map((f) => f[side]?.index));
  const fallen = fallenCitizenship(list.records);
  const entries: LedgerEntry[] = list.records
    .filter((r) => !copies.has(r.index))
    .map((r) => ({ status: side === 'a' ? 'only_a' : 'only_b', [side]: r, findings: [] }));
  for (const entry of entries) entry.findings = checkForeignRemains(entry, fallen);
  const counts = bodyCounts(bodiesOf(entries, side));
  return { counts, findings: [...entries.flatMap((e) => e.findings), ...checkRemainsQuota({ [side]: counts }, agreement)] };
}
