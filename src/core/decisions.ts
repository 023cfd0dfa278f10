// A person's decisions (--decisions) and the rule that sets aside those that contradict each
// other. Which of two contradicting rows the person meant cannot be known, and a wrong `same`
// hides a missing person: every row of a contradiction is left out, and its records go back to
// the matcher as if undecided. The rule reads the record ids as written, so it does not depend
// on the lists, nor on the order of the rows.

export interface DecisionRow {
  aRecordId: string;
  bRecordId: string;
  decision: 'same' | 'different';
  /** The row's line in the decisions file (its sheet row in a report.xlsx), to name it when it is set aside. */
  line?: number;
  /**
   * What the row shows of its records where the file has the column (review.csv's `a_surname`,
   * `b_tag`…, the page's decisions.csv): the records the reviewer saw when deciding. Ids alone
   * cannot tell a file written for other lists, or with A and B swapped.
   */
  shown?: Partial<Record<'a' | 'b', Partial<Record<ShownField, string>>>>;
}

/** The fields a decisions row is checked against its records by: the ones review.csv and decisions.csv show that are no pseudonym of --redact. */
export const SHOWN_FIELDS = ['surname', 'tag'] as const;
export type ShownField = (typeof SHOWN_FIELDS)[number];

/** A row set aside, and the rows it contradicts (at least one). */
export interface DecisionConflict {
  row: DecisionRow;
  contradicts: DecisionRow[];
}

/**
 * Two rows contradict each other when one record is decided `same` with two different records
 * of the other list, or one pair is decided both `same` and `different`. A row repeated as it
 * was written contradicts nothing: it is one decision, applied once.
 */
export function sortDecisions(rows: readonly DecisionRow[]): { agreed: DecisionRow[]; conflicts: DecisionConflict[] } {
  const sameByA = groupBy(rows.filter((r) => r.decision === 'same'), (r) => r.aRecordId);
  const sameByB = groupBy(rows.filter((r) => r.decision === 'same'), (r) => r.bRecordId);
  const byPair = groupBy(rows, pairKey);
  const agreed: DecisionRow[] = [];
  const conflicts: DecisionConflict[] = [];
  for (const row of rows) {
    const contradicts = byPair.get(pairKey(row))!.filter((other) => other.decision !== row.decision);
    if (row.decision === 'same') {
      for (const other of sameByA.get(row.aRecordId)!) if (other.bRecordId !== row.bRecordId) contradicts.push(other);
      for (const other of sameByB.get(row.bRecordId)!) if (other.aRecordId !== row.aRecordId) contradicts.push(other);
    }
    if (contradicts.length === 0) agreed.push(row);
    else conflicts.push({ row, contradicts: contradicts.sort(byContent) });
  }
  return { agreed, conflicts: conflicts.sort((x, y) => byContent(x.row, y.row)) };
}

const pairKey = (row: DecisionRow) => JSON.stringify([row.aRecordId, row.bRecordId]);

function groupBy(rows: readonly DecisionRow[], key: (row: DecisionRow) => string): Map<string, DecisionRow[]> {
  const groups = new Map<string, DecisionRow[]>();
  for (const row of rows) {
    const group = groups.get(key(row));
    if (group) group.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}

const compare = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

/** By A id, B id and decision, then line: the same rows give the same order, however the file ordered them. */
const byContent = (x: DecisionRow, y: DecisionRow) =>
  compare(x.aRecordId, y.aRecordId) || compare(x.bRecordId, y.bRecordId) || compare(x.decision, y.decision) || (x.line ?? 0) - (y.line ?? 0);
