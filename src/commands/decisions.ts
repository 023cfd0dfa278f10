// Reads a reviewed review.csv (--decisions). Only its id and decision columns matter; rows
// still undecided are skipped. A bad decision is a run error naming file, line and column.
// A report.xlsx (--xlsx) is read the same way, from its `review` sheet (lines are sheet rows).
// Rows that contradict each other are not applied (core/decisions.ts): each is named on stderr,
// one line a row, and counted in summary.json (`decisions.conflicting`).
import { z } from 'zod';
import { SHOWN_FIELDS, sortDecisions, type DecisionConflict, type DecisionRow } from '../core/decisions.js';
import type { UnusedDecision } from '../core/reconcile.js';
import { InputError } from '../errors.js';
import { writeStderrLine } from '../io/stderr.js';
import { readTable } from '../io/read-table.js';
import { valueKey } from '../schema/values.js';

const DECISION_WORDS = new Map([
  ['same', 'same'], ['yes', 'same'], ['так', 'same'], ['да', 'same'], ['той самий', 'same'], ['тот же', 'same'],
  ['different', 'different'], ['no', 'different'], ['ні', 'different'], ['нет', 'different'], ['інший', 'different'], ['другой', 'different'],
].map(([word, id]) => [valueKey(word!), id!]));

const decisionCell = z.string().transform((cell, ctx) => {
  if (cell === '') return undefined;
  const decision = DECISION_WORDS.get(valueKey(cell));
  if (!decision) ctx.addIssue({ code: 'custom', message: `decision "${cell}" is neither same nor different` });
  return decision as DecisionRow['decision'] | undefined;
});

/** A cell as exchange wrote it, less the `'` it put before a leading = + - @ tab or CR (render/csv-safe.ts). */
const unneutralised = (cell: string) => cell.replace(/^'(?=[=+\-@\t\r])/, '');

/** A pseudonym of --redact (report/redact.ts): `P-` and ten base32 characters. */
const PSEUDONYM = /^P-[A-Z2-7]{10}$/;

/** The sheet of a report.xlsx that holds the review. */
export const REVIEW_SHEET = 'review';

/** The decisions of a reviewed file, and the SHA-256 of its bytes as read (for summary.json). Says on stderr which rows contradict each other. */
export async function readDecisions(path: string): Promise<{ rows: DecisionRow[]; sha256: string; file: string }> {
  // The sheet is ignored when the file is a CSV file.
  const table = await readTable(path, { sheet: REVIEW_SHEET });
  const file = table.path;
  // Columns are found by name, whatever their case and the spaces around them.
  const named = (name: string, from = 0) => table.header.findIndex((h, i) => i >= from && h.trim().toLowerCase() === name);
  const column = (name: string) => {
    const index = named(name);
    const again = index < 0 ? -1 : named(name, index + 1);
    // Two columns of one name: which holds the decisions cannot be told.
    if (index >= 0 && again >= 0) {
      throw new InputError(file, `two "${name}" columns (columns ${index + 1} and ${again + 1}): keep one`, table.headerLine ?? 1, again + 1);
    }
    if (index < 0) {
      const takes = table.encoding === 'xlsx' ? 'a report.xlsx (its review sheet)' : 'a review.csv';
      throw new InputError(file, `no "${name}" column: --decisions takes ${takes} written by exchange reconcile`, table.headerLine ?? 1);
    }
    return index;
  };
  const [ida, idb, dec] = [column('a_record_id'), column('b_record_id'), column('decision')];
  // The columns that show the records (a_surname, b_tag…), where the file has them: each row is
  // checked against the records its ids name (core/reconcile.ts). A file of ids alone is not.
  const shownColumns = (['a', 'b'] as const).flatMap((side) =>
    SHOWN_FIELDS.map((field) => ({ side, field, index: named(`${side}_${field}`) })).filter((c) => c.index >= 0),
  );
  const rows: DecisionRow[] = [];
  for (const row of table.rows) {
    const parsed = decisionCell.safeParse(row.cells[dec] ?? '');
    if (!parsed.success) throw new InputError(file, parsed.error.issues[0]!.message, row.line, dec + 1);
    const aRecordId = unneutralised(row.cells[ida] ?? '');
    const bRecordId = unneutralised(row.cells[idb] ?? '');
    if (!parsed.data) continue;
    const shown: NonNullable<DecisionRow['shown']> = {};
    for (const { side, field, index } of shownColumns) {
      const value = unneutralised((row.cells[index] ?? '').trim());
      // A pseudonym of --redact cannot be compared with the name it stands for.
      if (value !== '' && !PSEUDONYM.test(value)) (shown[side] ??= {})[field] = value;
    }
    rows.push({ aRecordId, bRecordId, decision: parsed.data, line: row.line, ...(Object.keys(shown).length > 0 ? { shown } : {}) });
  }
  for (const note of conflictNoteLines(file, sortDecisions(rows).conflicts)) writeStderrLine(note);
  return { rows, sha256: table.sha256, file };
}

/** A note names at most this many of the rows it contradicts, and counts the rest. */
const NAMED = 3;

const where = (row: DecisionRow) => (row.line === undefined ? 'a row' : `line ${row.line}`);
const says = (row: DecisionRow) =>
  `"A ${row.aRecordId} ${row.decision === 'same' ? 'same as' : 'different from'} B ${row.bRecordId}"`;

/** One line a row not applied (core/reconcile.ts says why), in the file's order. */
export function unusedNoteLines(file: string, unused: readonly UnusedDecision[]): string[] {
  return [...unused].sort((x, y) => (x.line ?? 0) - (y.line ?? 0)).map((row) => `exchange: ${file}: ${where(row)}: ${says(row)} not applied: ${row.why}`);
}

/** One line a row left out, in the file's order: its line, what it says, and the rows it contradicts. */
export function conflictNoteLines(file: string, conflicts: readonly DecisionConflict[]): string[] {
  // Stable sorts: rows without a line keep the order they were given in.
  const byLine = (x: DecisionRow, y: DecisionRow) => (x.line ?? 0) - (y.line ?? 0);
  return [...conflicts].sort((x, y) => byLine(x.row, y.row)).map(({ row, contradicts }) => {
    const named = [...contradicts].sort(byLine).slice(0, NAMED).map((other) => `${where(other)} (${says(other)})`);
    const more = contradicts.length > NAMED ? [`${contradicts.length - NAMED} more`] : [];
    const list = [...named, ...more];
    const others = list.length === 1 ? list[0] : `${list.slice(0, -1).join(', ')} and ${list.at(-1)}`;
    return `exchange: ${file}: ${where(row)}: ${says(row)} contradicts ${others}; not applied, these records are matched as if undecided`;
  });
}
