// The ground layer: the plain data that flows through the pipeline, read → normalise → match →
// check → report. Nothing here does I/O; every stage takes and returns these shapes, and every
// layer may import this file (docs/architecture.md).
import type { ArgsOf, Code } from './codes.js';

export type Side = 'a' | 'b';

/** The kinds of list; each has its profile in src/kinds/ (the compiler holds the two in step). */
export const KINDS = ['pow', 'remains'] as const;
export type ListKind = (typeof KINDS)[number];

/** One data row as it stood in the file, before any interpretation. */
export interface SourceRow {
  /** Physical line number where the row starts (header is line 1). */
  line: number;
  /** Cells after trimming, in header order. Missing trailing cells are ''. */
  cells: string[];
}

/** A decoded, parsed CSV file: its header and rows, plus where it came from. */
export interface CsvTable {
  path: string;
  /** SHA-256 of the raw bytes, hex. */
  sha256: string;
  /** How the bytes were read: a text encoding, or `xlsx` for a workbook (xlsx.ts). */
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1251' | 'xlsx';
  delimiter: ',' | ';' | '\t';
  header: string[];
  /** Physical line of `header` (the first row of the file); 1 when absent. */
  headerLine?: number;
  rows: SourceRow[];
}

/** A date that may be known only in part (clerks sometimes know just the year). */
export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
}

/**
 * A date of birth under --redact: its keyed pseudonym (`D-…`, src/report/redact.ts), which every
 * report shows in its place (`formatDate`), and nothing of the date (year 0, no month or day).
 */
export interface RedactedDate extends PartialDate {
  pseudonym: string;
}

export type Sex = 'M' | 'F';
/** Medical statuses, worst first; their spellings in the lists are in data/values.json. */
export const MEDICAL_STATUSES = ['severely_wounded', 'seriously_ill', 'wounded', 'ill', 'healthy'] as const;
export type MedicalStatus = (typeof MEDICAL_STATUSES)[number];
export type CommissionFinding = 'confirmed' | 'rejected' | 'pending';

/**
 * One person (or body) as one list describes him, interpreted.
 * Values that could not be read are absent here and reported as `invalid-value` findings.
 */
export interface PersonRecord {
  side: Side;
  /** Position in its list, 0-based; the stable identity of the record inside a run. */
  index: number;
  line: number;
  /** The list's own id, or the line number when the list has no id column. */
  recordId: string;
  surname?: string;
  givenName?: string;
  patronymic?: string;
  dateOfBirth?: PartialDate;
  serviceNumber?: string;
  rank?: string;
  unit?: string;
  citizenship?: string;
  sex?: Sex;
  capturedOn?: PartialDate;
  capturedAt?: string;
  notes?: string;
  /** Agreed category ids the side lists this person under (already defaulted). */
  categories: string[];
  medicalStatus?: MedicalStatus;
  medicalCommission: CommissionFinding;
  // Remains
  tag?: string;
  dnaSampleId?: string;
  recoveredOn?: PartialDate;
  recoveredAt?: string;
  identified?: boolean;
  /** Cells of columns the schema does not know, in header order. */
  extra: string[];
  /** True when nothing identifies the person (no name, no service number, no tag). */
  missingIdentity: boolean;
  /**
   * A data row that holds no person: a row of empty cells, a closing total (`Всього: 23`, whose
   * number is `statedTotal`), the header written again (a list printed page by page), or a line
   * to sign on (`Підпис: ______ Коваль`, `М.П.`). Such a record is also `missingIdentity`: kept
   * in the ledger as `invalid`, never matched or counted.
   */
  rowKind?: 'empty' | 'total' | 'header' | 'signature';
  statedTotal?: number;
}

/** A list after reading and interpretation. */
export interface PersonList {
  side: Side;
  kind: ListKind;
  path: string;
  label: string;
  sha256: string;
  /** Header of the unknown columns carried through, in order. */
  extraHeader: string[];
  records: PersonRecord[];
  /** How the file was read: where its header is, what was skipped above it, which columns are unused. */
  reading?: ReadingNotes;
}

/** What reading a list left aside, for stderr and summary.json. Lines are physical lines of the file. */
export interface ReadingNotes {
  headerLine: number;
  /** Rows above the header (titles, blank rows): their line and their non-empty cells, joined by spaces. */
  skippedRows: Array<{ line: number; text: string }>;
  /** Header cells that name no field, 1-based column; a suggested field when the header is close to an alias. */
  unusedColumns: Array<{ header: string; column: number; suggestion?: string }>;
  /**
   * Header cells that held invisible characters, read without them as a cell is: each as written
   * (every such character as `[U+202E]`), its 1-based column and the characters. Absent when none did.
   */
  invisibleInHeader?: Array<{ header: string; column: number; characters: string }>;
  /**
   * The --map columns, as headers are compared (headerKey), that the header does not have: said
   * once every list of the run is read, of a column no list has (headers.ts unfoundMaps). Absent
   * when it has them all.
   */
  mapsNotFound?: string[];
  /** True when the list was read from an .xlsx workbook (the one kind of file --sheet applies to). */
  workbook?: true;
  /**
   * True when the list has no column of the fields its kind alone has (ListSchema.ownFields: a
   * list read as remains without a tag, DNA, recovery or identified column): most likely a list
   * of another kind.
   */
  noOwnColumns?: true;
}

export type Severity = 'error' | 'warning';

/** Where a finding points in the inputs. */
export interface RecordRef {
  recordId: string;
  line: number;
  index: number;
}

/** What every finding holds besides its code and arguments. */
interface FindingCommon {
  severity: Severity;
  a?: RecordRef;
  b?: RecordRef;
  field?: string;
  aValue?: string;
  bValue?: string;
  /** The file a cell-level finding is about (for `invalid-value`). */
  file?: string;
  column?: number;
}

/** Each code's finding: its `args` are the code's own (src/codes.ts). */
export type FindingOf = { [C in Code]: FindingCommon & { code: C; args: ArgsOf<C> } };

/**
 * A discrepancy as data, typed by its code: narrowing on `code` gives its arguments. Text is
 * rendered from `code` and `args` in one place (findings/messages).
 */
export type Finding<C extends Code = Code> = FindingOf[C];

export const LEDGER_STATUSES = ['matched', 'review', 'only_a', 'only_b', 'duplicate', 'invalid'] as const;
export type LedgerStatus = (typeof LEDGER_STATUSES)[number];

/** One matched pair or unpaired record. Every data row of both inputs is in exactly one entry. */
export interface LedgerEntry {
  status: LedgerStatus;
  a?: PersonRecord;
  b?: PersonRecord;
  score?: number;
  why?: string;
  /** The matcher read B's surname and given name the other way round. */
  namesSwapped?: boolean;
  /** A person's decision that shaped this entry (from --decisions). */
  decision?: 'same' | 'different';
  /** For a duplicate: the record of the same list it repeats. */
  duplicateOf?: PersonRecord;
  /** For a pair in review: the best other candidate of either record (indexes into lists A and B). */
  runnerUp?: { a: number; b: number; score: number; why: string };
  findings: Finding[];
}

// The summaries: summary.json of a run and `summary --format json` of one list are these shapes.

/** How many bodies a side lists, and how many of them count against the agreed quota (src/remains/counts.ts). */
export interface BodyCounts {
  /** Rows less duplicate copies (a second bag of one body is a copy). A row that identifies nothing is still a body. */
  listed: number;
  identified: number;
  unidentified: number;
  /** Bodies of the other side's own soldiers (foreign-remains): listed, but not counted. */
  foreign: number;
  /** listed − foreign: the number the quota is checked against. */
  counted: number;
}

export interface SideCounts {
  listed: number;
  matched: number;
  unmatched: number;
}

export interface CategorySummary {
  id: string;
  label: string;
  a: SideCounts;
  b: SideCounts;
  /** Matched pairs that both sides list under the category. */
  matched_both: number;
}

/** One side of a remains run: its bodies, how many matched, and how the count stands against the quota. */
export interface RemainsSide extends BodyCounts {
  matched: number;
  unmatched: number;
  /** counted − quota: negative when the side is short; null without a quota. */
  quota_difference: number | null;
}

export interface RemainsSummary {
  quota: number | null;
  a: RemainsSide;
  b: RemainsSide;
}

/** The sections of summary.json that belong to one kind of list (its profile fills them). */
export interface KindSections {
  /** Remains runs only. */
  remains?: RemainsSummary;
}

export interface Tool {
  name: string;
  version: string;
}
