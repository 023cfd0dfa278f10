// The plain data that flows through the pipeline: read → normalise → match → check → report.
// Nothing here does I/O; every stage takes and returns these shapes.

export type Side = 'a' | 'b';
export type ListKind = 'pow' | 'remains';

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

export type Sex = 'M' | 'F';
export type MedicalStatus = 'severely_wounded' | 'seriously_ill' | 'wounded' | 'ill' | 'healthy';
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
   * A data row that holds no person: a row of empty cells, or a closing total (`Всього: 23`,
   * whose number is `statedTotal`). Such a record is also `missingIdentity`: kept in the ledger
   * as `invalid`, never matched or counted.
   */
  rowKind?: 'empty' | 'total';
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
}

export type Severity = 'error' | 'warning';

/** Where a finding points in the inputs. */
export interface RecordRef {
  recordId: string;
  line: number;
  index: number;
}

/** A discrepancy as data. Text is rendered from `code` and `args` in one place (findings/messages). */
export interface Finding {
  code: string;
  severity: Severity;
  a?: RecordRef;
  b?: RecordRef;
  field?: string;
  aValue?: string;
  bValue?: string;
  /** The file a cell-level finding is about (for `invalid-value`). */
  file?: string;
  column?: number;
  args: Record<string, string | number>;
}
