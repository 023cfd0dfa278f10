// What reading a list left aside, said on stderr, one line each: the rows skipped above the
// header and the columns no field takes (with a --map to paste when a field is close). The same
// notes are in summary.json (`inputs[].skipped_rows`, `inputs[].unused_columns`).
import type { PersonList } from '../model.js';
import { unusedAdvice } from '../schema/headers.js';

export function readingNoteLines(list: PersonList): string[] {
  const notes = list.reading;
  if (notes === undefined) return [];
  const file = list.path;
  return [
    ...notes.skippedRows.map((row) =>
      `exchange: ${file}: line ${row.line} skipped above the header (line ${notes.headerLine}): ${row.text === '' ? 'an empty row' : `"${row.text}"`}`),
    ...notes.unusedColumns.map((column) =>
      column.header === ''
        ? `exchange: ${file}: column ${column.column} has no header and is not used; it is carried through to the ledger`
        : `exchange: ${file}: column "${column.header}" (column ${column.column}) is not used; ${unusedAdvice(column)}`),
  ];
}

export function writeReadingNotes<T extends { list: PersonList }>(result: T): T {
  for (const line of readingNoteLines(result.list)) process.stderr.write(`${line}\n`);
  return result;
}
