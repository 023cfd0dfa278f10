// What reading a list left aside, said on stderr, one line each: the rows skipped above the
// header, the header written again further down and the lines to sign on (rows kept in the ledger
// as `invalid`, never a person, told by line alone), the headers read without invisible
// characters, and the columns no field takes (with a --map to paste when a field is close), in
// the run's language (--lang). Skipped rows and unused columns are in summary.json too
// (`inputs[].skipped_rows`, `inputs[].unused_columns`). With --redact a skipped row is told by its
// line alone: its text may name a person (a title row, a signature). Once every list of the run
// is read, a --map whose column none of them has is said too, as an unused header is, and a
// --sheet when none of them is a workbook.
import { RunError } from '../errors.js';
import { writeStderrLine } from '../io/stderr.js';
import type { PersonList } from '../model.js';
import { remainsFieldOf, unfoundMaps } from '../schema/headers.js';
import { pluralWith, t } from '../i18n/catalogue.js';

/** `withhold` (--redact): the skipped rows without their text. In the run's language (--lang). */
export function readingNoteLines(list: PersonList, withhold = false): string[] {
  const notes = list.reading;
  if (notes === undefined) return [];
  const note = (text: string, at = '') => `exchange: ${list.path}${at}: ${text}`;
  const header = notes.headerLine;
  return [
    ...notes.skippedRows.map((row) => {
      if (row.text === '') return note(t('notes.skippedEmpty', { line: row.line, header }));
      return note(withhold ? t('notes.skipped', { line: row.line, header }) : t('notes.skippedText', { line: row.line, header, text: row.text }));
    }),
    ...nonPersonLines(list, 'header', 'notes.headerAgain', header),
    ...nonPersonLines(list, 'signature', 'notes.signature', header),
    ...(notes.noOwnColumns && list.kind === 'remains' ? [note(t('notes.notRemains'))] : []),
    ...(notes.invisibleInHeader ?? []).map((column) =>
      note(t('notes.invisibleHeader', { header: column.header, characters: column.characters }), `:${header}:${column.column}`)),
    ...notes.unusedColumns.map((column) => {
      if (column.header === '') return note(t('notes.unnamedColumn', { column: column.column }));
      const remains = remainsFieldOf(column.header);
      const args = { header: column.header, column: column.column };
      if (column.suggestion !== undefined) return note(t('notes.unusedSuggest', { ...args, field: column.suggestion }));
      return note(remains === undefined ? t('notes.unusedColumn', args) : t('notes.unusedRemains', { ...args, field: remains }));
    }),
  ];
}

/**
 * The rows of one kind that hold no person and no finding (the header written again, a line to
 * sign on), in one line: their line numbers, the first five one by one (a list of many pages
 * repeats its header on each). Their text is not repeated: a signature names an officer.
 */
function nonPersonLines(list: PersonList, kind: 'header' | 'signature', key: string, header: number): string[] {
  const lines: number[] = [];
  for (const r of list.records) if (r.rowKind === kind) lines.push(r.line);
  if (lines.length === 0) return [];
  const first = lines.slice(0, 5).join(', ');
  const shown = lines.length <= 5 ? first : t('notes.more', { lines: first, n: lines.length - 5 });
  return [`exchange: ${list.path}: ${pluralWith(key, lines.length, { lines: shown, header })}`];
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
  // Exit 2 speaks English, as every exit-2 message does; the note, the run's language.
  if (settings.strictHeaders) throw new RunError(`${unfound[0]!.message} (--strict-headers)`);
  const files = lists.map((list) => list.path);
  const where = files.length < 2 ? files.join('') : t('notes.or', { files: files.slice(0, -1).join(', '), last: files.at(-1) });
  for (const { option, column } of unfound) writeStderrLine(`exchange: ${t('notes.mapNotFound', { option, column, files: where })}`);
}

/** The options of the run that no list read used (a --map's column, --sheet), said once every list is read. */
export function noticeUnusedOptions(settings: { maps: readonly string[]; strictHeaders?: boolean; sheet?: string | undefined }, lists: readonly PersonList[]): void {
  noticeUnfoundMaps(settings, lists);
  noticeUnusedSheet(settings, lists);
}

/**
 * --sheet when no list of the run is a workbook: one stderr line, as a --map whose column no list
 * has is said; it was passed over without a word (a CSV file has no sheets).
 */
export function noticeUnusedSheet(settings: { sheet?: string | undefined }, lists: readonly PersonList[]): void {
  if (settings.sheet === undefined || lists.some((list) => list.reading?.workbook)) return;
  const files = lists.map((list) => list.path);
  const which = files.length === 1 ? t('notes.sheetOne', { sheet: settings.sheet, file: files[0] }) : t('notes.sheetNone', { sheet: settings.sheet, files: files.join(', ') });
  writeStderrLine(`exchange: ${which}`);
}
