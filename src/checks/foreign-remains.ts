// foreign-remains: a body whose record, on either side, names another citizenship than the
// fallen of the lists (src/remains/identity.ts says how that is inferred). It stays in the
// ledger and is matched as any body, but it is not counted against the quota (remains-quota).
import type { LedgerEntry, Finding } from '../model.js';
import { finding } from '../findings/make.js';
import { citizenshipKey, isForeign } from '../remains/identity.js';

export function checkForeignRemains(entry: LedgerEntry, fallen: string | undefined): Finding[] {
  const foreign = [entry.a, entry.b].find((r) => r !== undefined && isForeign(r, fallen));
  if (!foreign || !fallen) return [];
  return [finding('foreign-remains', entry, {
    field: 'citizenship',
    aValue: entry.a?.citizenship,
    bValue: entry.b?.citizenship,
    args: { citizenship: citizenshipKey(foreign.citizenship), fallen },
  })];
}
