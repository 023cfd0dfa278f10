// tag-conflict and dna-conflict: a matched remains pair whose records give different body tags or
// DNA sample ids. Both are read by src/remains/identifier.ts, so `№379` against `UA-2024-000379`
// is one tag written twice, not a conflict; another number, or other letters, is.
import type { LedgerEntry } from '../core/ledger.js';
import type { Code } from '../findings/codes.js';
import { finding } from '../findings/make.js';
import type { Finding, PersonRecord } from '../model.js';
import { identifiersConflict, readDnaSampleId, readTag, type Identifier } from '../remains/identifier.js';

interface IdentifierField {
  code: Code;
  field: string;
  value: (r: PersonRecord) => string | undefined;
  read: (text: string | undefined) => Identifier | undefined;
}

const FIELDS: readonly IdentifierField[] = [
  { code: 'tag-conflict', field: 'tag', value: (r) => r.tag, read: readTag },
  { code: 'dna-conflict', field: 'dna_sample_id', value: (r) => r.dnaSampleId, read: readDnaSampleId },
];

export function checkIdentifierConflicts(entry: LedgerEntry): Finding[] {
  const { a, b } = entry;
  if (entry.status !== 'matched' || !a || !b) return [];
  return FIELDS.filter(({ value, read }) => identifiersConflict(read(value(a)), read(value(b)))).map(({ code, field, value }) =>
    finding(code, entry, { field, aValue: value(a), bValue: value(b) }),
  );
}
