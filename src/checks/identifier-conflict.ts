// tag-conflict and dna-conflict: a matched remains pair whose records give different body tags or
// DNA sample ids. Both are read by src/remains/identifier.ts, so `№379` against `UA-2024-000379`
// is one tag written twice, not a conflict; another number, or other letters, is. Each side's
// tags are read by its list's convention (`2022/9` in a year register is UA-2022-000009), the
// same conventions the matcher read them by (EntryContext.tagConventions).
import type { LedgerEntry, Finding, PersonRecord, Side } from '../model.js';
import type { Code } from '../codes.js';
import { finding } from '../findings/make.js';
import { identifiersConflict, readDnaSampleId, readTag, type Identifier, type TagConvention } from '../remains/identifier.js';

interface IdentifierField {
  code: Code;
  field: string;
  value: (r: PersonRecord) => string | undefined;
  read: (text: string | undefined, convention: TagConvention | undefined) => Identifier | undefined;
}

const FIELDS: readonly IdentifierField[] = [
  { code: 'tag-conflict', field: 'tag', value: (r) => r.tag, read: readTag },
  { code: 'dna-conflict', field: 'dna_sample_id', value: (r) => r.dnaSampleId, read: (text) => readDnaSampleId(text) },
];

/** `conventions`: how each list writes its tags (EntryContext.tagConventions); without them, the default reading. */
export function checkIdentifierConflicts(entry: LedgerEntry, conventions?: Record<Side, TagConvention>): Finding[] {
  const { a, b } = entry;
  if (entry.status !== 'matched' || !a || !b) return [];
  return FIELDS.filter(({ value, read }) => identifiersConflict(read(value(a), conventions?.a), read(value(b), conventions?.b))).map(({ code, field, value }) =>
    finding(code, entry, { field, aValue: value(a), bValue: value(b) }),
  );
}
