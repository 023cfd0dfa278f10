// What reading a list left aside, said on stderr, one line each: the rows skipped above the
// header, the header written again further down and the lines to sign on (rows kept in the ledger
// as `invalid`, never a person, told by line alone), the headers read without invisible
// characters, and the columns no field takes (with a
// --map to paste when a field is close). Skipped rows and unused columns are in summary.json too
// (`inputs[].skipped_rows`, `inputs[].unused_columns`). With --redact a skipped row is told by its
// line alone: its text may name a person (a title row, a signature). Once every list of the run
// is read, a --map whose column none of them has is said too, as an unused header is, and a
// --sheet when none of them is a workbook.
import { RunError } from '../errors.js';
import { writeStderrLine } from '../io/stderr.js';
import type { PersonList } from '../model.js';
import { unfoundMaps, unusedAdvice } from '../schema/headers.js';

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
    ...nonPersonLines(list, 'header', (lines) => `the header (line ${notes.headerLine}) is written again on ${lines}`),
    ...nonPersonLines(list, 'signature', (lines) => `${lines} ${lines.includes(',') ? 'are lines' : 'is a line'} to sign on (a signature, the stamp's place)`),
    ...(notes.noOwnColumns && list.kind === 'remains'
      ? [`exchange: ${file}: read as a list of remains (--kind remains), but no column holds a tag, a DNA sample id, a recovery date or place, or whether the body is identified: is it a list of prisoners? (leave out --kind remains)`]
      : []),
    ...(notes.invisibleInHeader ?? []).map((column) =>
      `exchange: ${file}:${notes.headerLine}:${column.column}: header "${column.header}": invisible characters removed (${column.characters})`),
    ...notes.unusedColumns.map((column) =>
      column.header === ''
        ? `exchange: ${file}: column ${column.column} has no header and is not used; it is carried through to the ledger`
        : `exchange: ${file}: column "${column.header}" (column ${column.column}) is not used; ${unusedAdvice(column)}`),
  ];
}

/**
 * The rows of one kind that hold no person and no finding (the header written again, a line to
 * sign on), in one line: their line numbers, the first five one by one (a list of many pages
 * repeats its header on each). Their text is not repeated: a signature names an officer.
 */
function nonPersonLines(list: PersonList, kind: 'header' | 'signature', say: (lines: string) => string): string[] {
  const lines: number[] = [];
  for (const r of list.records) if (r.rowKind === kind) lines.push(r.line);
  if (lines.length === 0) return [];
  const shown = lines.length <= 5 ? lines.join(', ') : `${lines.slice(0, 5).join(', ')} and ${lines.length - 5} more`;
  return [`exchange: ${list.path}: ${say(`line${lines.length === 1 ? '' : 's'} ${shown}`)}; not a person, kept in the ledger as invalid`];
}

export function writeReadingNotes<T extends { list: PersonList }>(result: T, withhold = false): T {
  for (const line of readingNoteLines(result.list, withhold)) writeStderrLine(line);
  return result;
}

/**
 * Each --map whose column none of `lists` has in its header: one stderr line, or with
 * --strict-headers exit 2 (as an unused header is). A column in any of the lists is used.
 */
export function noticeUnfoundMaps(settings: { maps: readonly string[]; strictHeaders?: boolean }, lists: readonly PersonList[]): void {
  const unfound = unfoundMaps(settings.maps, lists.map((list) => ({ path: list.path, mapsNotFound: list.reading?.mapsNotFound ?? [] })));
  if (unfound.length === 0) return;
  if (settings.strictHeaders) throw new RunError(`${unfound[0]!.message} (--strict-headers)`);
  for (const { message } of unfound) writeStderrLine(`exchange: ${message}; it is not used`);
}

/**
 * --sheet when no list of the run is a workbook: one stderr line, as a --map whose column no list
 * has is said; it was passed over without a word (a CSV file has no sheets).
 */
export function noticeUnusedSheet(settings: { sheet?: string | undefined }, lists: readonly PersonList[]): void {
  if (settings.sheet === undefined || lists.some((list) => list.reading?.workbook)) return;
  const files = lists.map((list) => list.path);
  const which = files.length === 1 ? `${files[0]} is not an .xlsx workbook` : `none of ${files.join(', ')} is an .xlsx workbook`;
  writeStderrLine(`exchange: --sheet "${settings.sheet}": ${which}; it is not used`);
}
