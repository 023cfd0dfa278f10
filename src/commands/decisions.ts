// Reads a reviewed review.csv (--decisions). Only its id and decision columns matter; rows
// still undecided are skipped. A bad decision is a run error naming file, line and column.
// A report.xlsx (--xlsx) is read the same way, from its `review` sheet (lines are sheet rows).
import { z } from 'zod';
import type { DecisionRow } from '../core/reconcile.js';
import { InputError } from '../errors.js';
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

/** The sheet of a report.xlsx that holds the review. */
export const REVIEW_SHEET = 'review';

/** The decisions of a reviewed file, and the SHA-256 of its bytes as read (for summary.json). */
export async function readDecisions(path: string): Promise<{ rows: DecisionRow[]; sha256: string }> {
  // The sheet is ignored when the file is a CSV file.
  const table = await readTable(path, { sheet: REVIEW_SHEET });
  const column = (name: string) => {
    const index = table.header.findIndex((h) => h.trim().toLowerCase() === name);
    if (index < 0) {
      const takes = table.encoding === 'xlsx' ? 'a report.xlsx (its review sheet)' : 'a review.csv';
      throw new InputError(path, `no "${name}" column: --decisions takes ${takes} written by exchange reconcile`, table.headerLine ?? 1);
    }
    return index;
  };
  const [ida, idb, dec] = [column('a_record_id'), column('b_record_id'), column('decision')];
  const rows: DecisionRow[] = [];
  for (const row of table.rows) {
    const parsed = decisionCell.safeParse(row.cells[dec] ?? '');
    if (!parsed.success) throw new InputError(path, parsed.error.issues[0]!.message, row.line, dec + 1);
    const aRecordId = (row.cells[ida] ?? '').replace(/^'(?=[=+\-@\t\r])/, '');
    const bRecordId = (row.cells[idb] ?? '').replace(/^'(?=[=+\-@\t\r])/, '');
    if (parsed.data) rows.push({ aRecordId, bRecordId, decision: parsed.data });
  }
  return { rows, sha256: table.sha256 };
}
