// Every discrepancy code, its severity and one line on what it means. The codes are the SPEC's
// (plus two of ours, marked) and are never renamed; docs/codes.md documents each one with an example.
import type { Severity } from '../model.js';

export const CODES = {
  'only-in-a': { severity: 'error', meaning: 'a person on list A has no counterpart on list B' },
  'only-in-b': { severity: 'error', meaning: 'a person on list B has no counterpart on list A' },
  'possible-match': { severity: 'warning', meaning: 'a pair scored between the review and match thresholds, awaiting a decision' },
  'duplicate-record': { severity: 'error', meaning: 'the same person twice in one list' },
  'field-conflict': { severity: 'warning', meaning: 'a matched pair disagrees on an identity field' },
  'category-mismatch': { severity: 'error', meaning: 'the two sides list a matched person under different agreed categories' },
  'age-out-of-range': { severity: 'error', meaning: 'listed under an age category, but the age on the reference date is outside it' },
  'age-unknown': { severity: 'warning', meaning: 'listed under an age category with no valid date of birth' },
  'not-eligible-medical': { severity: 'error', meaning: 'listed under wounded/ill with a medical status the category does not admit' },
  'medical-unconfirmed': { severity: 'warning', meaning: 'listed under wounded/ill without a confirmed commission finding' },
  'eligible-not-listed': { severity: 'warning', meaning: 'qualifies for a category by the data, but neither side lists the person under it' },
  'invalid-value': { severity: 'error', meaning: 'a cell could not be read' },
  'missing-identity': { severity: 'error', meaning: 'nothing to identify the person' },
  'empty-row': { severity: 'warning', meaning: 'a data row whose cells are all empty (status invalid)' },
  'total-mismatch': { severity: 'warning', meaning: 'a closing total row (Всього: 23) disagrees with the number of records' },
  'count-mismatch': { severity: 'warning', meaning: "the two lists' counts differ for a category" },
  'remains-quota': { severity: 'warning', meaning: "a remains list's count differs from the agreed quota" },
  'tag-conflict': { severity: 'error', meaning: 'a matched remains pair disagrees on tag' },
  'dna-conflict': { severity: 'error', meaning: 'a matched remains pair disagrees on DNA sample id' },
  // Ours, not the SPEC's: remains rules the SPEC leaves open (docs/codes.md, docs/remains.md).
  'identification-mismatch': { severity: 'warning', meaning: 'a matched remains pair is identified on one side and unidentified on the other' },
  'foreign-remains': { severity: 'warning', meaning: "a body written with another citizenship than the other fallen: the other side's own soldier, not counted against the quota" },
} as const satisfies Record<string, { severity: Severity; meaning: string }>;

export type Code = keyof typeof CODES;

export const CODE_ORDER = Object.keys(CODES) as Code[];

export function severityOf(code: Code): Severity {
  return CODES[code].severity;
}
