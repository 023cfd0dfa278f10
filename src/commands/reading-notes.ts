// What reading a list left aside, said on stderr, one line each: the rows skipped above the
// header, the headers read without invisible characters, and the columns no field takes (with a
// --map to paste when a field is close). Skipped rows and unused columns are in summary.json too
// (`inputs[].skipped_rows`, `inputs[].unused_columns`). With --redact a skipped row is told by its
// line alone: its text may name a person (a title row, a signature).
import { writeStderrLine } from '../io/stderr.js';
import type { PersonList } from '../model.js';
import { unusedAdvice } from '../schema/headers.js';

/** `withhold` (--redact): the skipped rows without their text. */
export function readingNoteLines(list: PersonList, withhold = false): string[] {
  const notes = list.reading;
  if (notes === undefined) return [];
  const file = list.path;
  return [
    ...notes.skippedRows.map((row) => {
      const skipped = `exchange: ${file}: line ${row.line} skipped above the header (line ${notes.headerLine})`;
      if (row.text === '') return `${skipped}: an empty row`;
      return withhold ? skipped : `${skipped}: "${row.text}"`;
    }),
    ...(notes.invisibleInHeader ?? []).map((column) =>
      `exchange: ${file}:${notes.headerLine}:${column.column}: header "${column.header}": invisible characters removed (${column.characters})`),
    ...notes.unusedColumns.map((column) =>
      column.header === ''
        ? `exchange: ${file}: column ${column.column} has no header and is not used; it is carried through to the ledger`
        : `exchange: ${file}: column "${column.header}" (column ${column.column}) is not used; ${unusedAdvice(column)}`),
  ];
}

export function writeReadingNotes<T extends { list: PersonList }>(result: T, withhold = false): T {
  for (const line of readingNoteLines(result.list, withhold)) writeStderrLine(line);
  return result;
}
