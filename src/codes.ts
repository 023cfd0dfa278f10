// Every discrepancy code, with everything that belongs to it: its severity, the kinds of list it
// can be raised on, the arguments its findings carry (typed), its section in docs/codes.md, and
// one line on what it means. The codes are the SPEC's (plus two of ours, marked) and are never
// renamed. The order here is their order in summary.json and in the terminal summary.
import type { ListKind, Severity } from './model.js';

/** The arguments of a code's findings, as a type only: `args<{ score: string }>()`. */
const args = <T extends Record<string, string | number>>(): T => ({}) as T;
type NoArgs = Record<never, never>;

const BOTH = ['pow', 'remains'] as const satisfies readonly ListKind[];
const POW = ['pow'] as const satisfies readonly ListKind[];
const REMAINS = ['remains'] as const satisfies readonly ListKind[];

export const CODES = {
  'only-in-a': { severity: 'error', kinds: BOTH, args: args<NoArgs>(), meaning: 'a person on list A has no counterpart on list B' },
  'only-in-b': { severity: 'error', kinds: BOTH, args: args<NoArgs>(), meaning: 'a person on list B has no counterpart on list A' },
  'possible-match': { severity: 'warning', kinds: BOTH, args: args<{ score: string }>(), meaning: 'a pair scored between the review and match thresholds, awaiting a decision' },
  'duplicate-record': { severity: 'error', kinds: BOTH, args: args<{ duplicateOf: string; duplicateOfLine: number }>(), meaning: 'the same person twice in one list' },
  'field-conflict': { severity: 'warning', kinds: BOTH, args: args<{ difference?: 'spelling' | 'names' }>(), meaning: 'a matched pair disagrees on an identity field' },
  'category-mismatch': { severity: 'error', kinds: POW, args: args<NoArgs>(), meaning: 'the two sides list a matched person under different agreed categories' },
  'age-out-of-range': { severity: 'error', kinds: POW, args: args<{ category: string; range: string; age: string; referenceDate: string }>(), meaning: 'listed under an age category, but the age on the reference date is outside it' },
  'age-unknown': { severity: 'warning', kinds: POW, args: args<{ category: string }>(), meaning: 'listed under an age category with no valid date of birth' },
  'not-eligible-medical': { severity: 'error', kinds: POW, args: args<{ category: string; status: string; admitted: string }>(), meaning: 'listed under wounded/ill with a medical status the category does not admit' },
  'medical-unconfirmed': { severity: 'warning', kinds: POW, args: args<{ category: string; commission: string }>(), meaning: 'listed under wounded/ill without a confirmed commission finding' },
  'eligible-not-listed': { severity: 'warning', kinds: POW, args: args<{ category: string; reason: string }>(), meaning: 'qualifies for a category by the data, but neither side lists the person under it' },
  'invalid-value': { severity: 'error', kinds: BOTH, args: args<{ problem: string }>(), meaning: 'a cell could not be read' },
  // Ours, not the SPEC's: the SPEC is silent on characters that show nothing (docs/codes.md).
  'invisible-characters': { severity: 'warning', kinds: BOTH, args: args<{ characters: string }>(), meaning: 'a cell held invisible characters (bidi controls, zero-width characters, a byte order mark, a soft hyphen), removed when read' },
  'missing-identity': { severity: 'error', kinds: BOTH, args: args<{ kind: ListKind }>(), meaning: 'nothing to identify the person' },
  'empty-row': { severity: 'warning', kinds: BOTH, args: args<NoArgs>(), meaning: 'a data row whose cells are all empty (status invalid)' },
  'total-mismatch': { severity: 'warning', kinds: BOTH, args: args<{ stated: number; counted: number }>(), meaning: 'a closing total row (Всього: 23) disagrees with the number of records' },
  'count-mismatch': { severity: 'warning', kinds: POW, args: args<{ category: string; a: number; b: number }>(), meaning: "the two lists' counts differ for a category" },
  'remains-quota': { severity: 'warning', kinds: REMAINS, args: args<{ side: 'a' | 'b'; listed: number; foreign: number; count: number; quota: number }>(), meaning: "a remains list's count differs from the agreed quota" },
  'tag-conflict': { severity: 'error', kinds: REMAINS, args: args<NoArgs>(), meaning: 'a matched remains pair disagrees on tag' },
  'dna-conflict': { severity: 'error', kinds: REMAINS, args: args<NoArgs>(), meaning: 'a matched remains pair disagrees on DNA sample id' },
  // Ours, not the SPEC's: remains rules the SPEC leaves open (docs/codes.md, docs/remains.md).
  'identification-mismatch': { severity: 'warning', kinds: REMAINS, args: args<NoArgs>(), meaning: 'a matched remains pair is identified on one side and unidentified on the other' },
  'foreign-remains': { severity: 'warning', kinds: REMAINS, args: args<{ citizenship: string; fallen: string }>(), meaning: "a body written with another citizenship than the other fallen: the other side's own soldier, not counted against the quota" },
} as const satisfies Record<string, { severity: Severity; kinds: readonly ListKind[]; args: Record<string, string | number>; meaning: string }>;

export type Code = keyof typeof CODES;

/** The arguments a finding of `code` carries. */
export type ArgsOf<C extends Code> = (typeof CODES)[C]['args'];

export const CODE_ORDER = Object.keys(CODES) as Code[];

export const isCode = (name: string): name is Code => Object.hasOwn(CODES, name);

export function severityOf(code: Code): Severity {
  return CODES[code].severity;
}

/** The codes that can be raised on a kind of list, in code order. */
export const codesForKind = (kind: ListKind): Code[] => CODE_ORDER.filter((code) => (CODES[code].kinds as readonly ListKind[]).includes(kind));

/** The code's section of docs/codes.md, as a path with its anchor. */
export const docsAnchor = (code: Code) => `docs/codes.md#${code}`;
