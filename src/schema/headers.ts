// Maps a file's header row to fields: --map first, then aliases. Refuses ambiguous or
// unusable headers (exit 2), since nothing sensible can be read from them. Finds the header row
// below title and blank rows, and names the columns no field takes, with a suggestion.
import { InputError, RunError } from '../errors.js';
import type { SourceRow } from '../model.js';
import { fieldForHeader, headerKey, identityWords, isFieldName, REMAINS_FIELDS, suggestField, type FieldName, type ListSchema } from './fields.js';

export interface UnusedColumn {
  header: string;
  /** 1-based. */
  column: number;
  /** A field the header is close to (see suggestField); not applied, only said. */
  suggestion?: FieldName;
}

export interface ColumnMap {
  /** Field of each column, or undefined for a column carried through as extra. */
  fields: Array<FieldName | undefined>;
  /** Column index of each mapped field. */
  columnOf: Partial<Record<FieldName, number>>;
  /** Indexes of the columns the schema does not know, in order. */
  extra: number[];
  /** The columns of `extra` whose header is not empty, with a suggested field where one is close. */
  unused: UnusedColumn[];
}

export interface HeaderOptions {
  /** Physical line of the header row, for messages; default 1. */
  line?: number;
  /** --strict-headers: a header that names no field is exit 2. */
  strict?: boolean;
}

/** One `--map COLUMN=FIELD` split at its last `=`; exit 2 when it is not of that form. */
export function splitMapOption(option: string): { column: string; field: string } {
  const at = option.lastIndexOf('=');
  const column = option.slice(0, at).trim();
  if (at <= 0 || !column) throw new RunError(`--map "${option}": expected COLUMN=FIELD`);
  return { column, field: option.slice(at + 1).trim() };
}

/**
 * Parses repeated `--map COLUMN=FIELD` options into header-key → field. With `schema`, a field
 * this kind of list does not hold (`tag` for a list of prisoners) is refused as an unknown one
 * is, exit 2: the column would otherwise be read as no field at all, without a word.
 */
export function parseMapOptions(options: string[], schema?: ListSchema): Map<string, FieldName> {
  const map = new Map<string, FieldName>();
  const givenBy = new Map<string, string>();
  const fieldsOf = schema === undefined ? 'fields: see README, "Input fields"' : `a ${schema.kind} list's fields: ${schema.fields.join(', ')}`;
  for (const option of options) {
    const { column, field } = splitMapOption(option);
    if (!isFieldName(field)) throw new RunError(`--map "${option}": unknown field "${field}" (${fieldsOf})`);
    if (schema !== undefined && !schema.fields.includes(field)) {
      throw new RunError(`--map "${option}": a ${schema.kind} list has no field ${field} (see --kind); its fields: ${schema.fields.join(', ')}`);
    }
    // One column read as two fields: the later --map would replace the earlier without a word.
    const key = headerKey(column);
    const earlier = map.get(key);
    if (earlier !== undefined && earlier !== field) {
      throw new RunError(`--map "${option}": column "${column}" is already mapped to ${earlier} by --map "${givenBy.get(key)}"; a column is one field`);
    }
    map.set(key, field);
    givenBy.set(key, option);
  }
  return map;
}

/**
 * The `--map` options whose column no list read has in its header, compared as headers are
 * (headerKey), each with the message that says so; `mapsNotFound` holds each list's column keys
 * not in its header (ReadingNotes.mapsNotFound). A column in any of the lists is used.
 */
export function unfoundMaps(options: readonly string[], lists: ReadonlyArray<{ path: string; mapsNotFound: readonly string[] }>): Array<{ option: string; column: string; message: string }> {
  const files = lists.map((list) => list.path);
  const where = files.length < 2 ? files.join('') : `${files.slice(0, -1).join(', ')} or ${files.at(-1)}`;
  return options
    .map((option) => ({ option, ...splitMapOption(option) }))
    .filter(({ column }) => lists.every((list) => list.mapsNotFound.includes(headerKey(column))))
    .map(({ option, column }) => ({ option, column, message: `--map "${option}": no column "${column}" in ${where}` }));
}

/** The --map columns (header keys) that no cell of `header` names. */
export function mapsNotIn(header: readonly string[], userMap: ReadonlyMap<string, FieldName>): string[] {
  if (userMap.size === 0) return [];
  const keys = new Set(header.map(headerKey));
  return [...userMap.keys()].filter((key) => !keys.has(key));
}

/**
 * The field of a list of remains a header names (tag, DNA sample id…), if it names one: a remains
 * list read as a list of prisoners (--kind left out) has such columns, which a list of prisoners
 * does not take.
 */
export function remainsFieldOf(header: string): FieldName | undefined {
  const field = fieldForHeader(header);
  return field !== undefined && (REMAINS_FIELDS as readonly string[]).includes(field) ? field : undefined;
}

export function mapHeader(
  header: string[], schema: ListSchema, file: string, userMap: Map<string, FieldName>, options: HeaderOptions = {},
): ColumnMap {
  const line = options.line ?? 1;
  const allowed = new Set<FieldName>(schema.fields);
  const fields: Array<FieldName | undefined> = [];
  const columnOf: Partial<Record<FieldName, number>> = {};
  const extra: number[] = [];
  header.forEach((name, column) => {
    const field = userMap.get(headerKey(name)) ?? fieldForHeader(name);
    if (field === undefined || !allowed.has(field)) {
      fields.push(undefined);
      extra.push(column);
      return;
    }
    const earlier = columnOf[field];
    if (earlier !== undefined) {
      throw new InputError(
        file,
        `columns "${header[earlier]}" (column ${earlier + 1}) and "${name}" (column ${column + 1}) both map to ${field}; rename one or use --map`,
        line,
        column + 1,
      );
    }
    columnOf[field] = column;
    fields.push(field);
  });
  if (!schema.identityFields.some((field) => columnOf[field] !== undefined)) {
    // A --map meant to name that column, its column mistyped, is said here too: the reading stops.
    const unfound = mapsNotIn(header, userMap);
    const maps = unfound.length > 0 ? `; no column of this header is the --map column ${unfound.map((key) => `"${key}"`).join(', ')}` : '';
    throw new InputError(
      file,
      `no column holds ${identityWords(schema)} (headers: ${header.join(', ')}); name one with --map COLUMN=FIELD${maps}`,
      line,
    );
  }
  // A field already taken is not suggested: the --map would make two columns of one field.
  const free = new Set([...allowed].filter((field) => columnOf[field] === undefined));
  const unused = extra
    .filter((column) => header[column] !== '')
    .map((column): UnusedColumn => {
      const suggestion = suggestField(header[column]!, free);
      return { header: header[column]!, column: column + 1, ...(suggestion !== undefined ? { suggestion } : {}) };
    });
  if (options.strict && unused.length > 0) {
    const first = unused[0]!;
    throw new InputError(
      file,
      `column "${first.header}" (column ${first.column}) is not used; ${first.suggestion === undefined ? `name its field with --map "${first.header}=FIELD"` : `did you mean ${first.suggestion}? --map "${first.header}=${first.suggestion}"`} (--strict-headers)`,
      line,
      first.column,
    );
  }
  return { fields, columnOf, extra, unused };
}

/** Rows searched for the header when --header-row does not say where it is. */
export const HEADER_SEARCH = 30;

/**
 * Which of the first rows is the header: the first that maps an identity field, or two known
 * fields, of this kind of list (by --map or alias). Title rows (`Список військовополонених для
 * обміну;;;;`) and rows of empty cells above it are skipped. With `headerRow` (--header-row, a
 * physical line) the row starting on that line is the header. Falls back to the first row, so
 * that mapHeader says what is missing.
 */
export function findHeader(rows: readonly SourceRow[], schema: ListSchema, file: string, userMap: Map<string, FieldName>, headerRow?: number): number {
  if (rows.length === 0) throw new InputError(file, 'the file is empty (no header row)');
  // Rows of nothing but delimiters and spaces are no header either (the rows looked at are the
  // whole file when there are fewer than HEADER_SEARCH).
  if (headerRow === undefined && rows.every((row) => row.cells.every((cell) => cell.trim() === ''))) {
    throw new InputError(file, rows.length < HEADER_SEARCH
      ? 'the file is empty (no header row): its rows hold nothing but spaces and delimiters'
      : `no header row in the first ${HEADER_SEARCH} rows: they hold nothing but spaces and delimiters (--header-row N says where it is)`);
  }
  if (headerRow !== undefined) {
    const at = rows.findIndex((row) => row.line === headerRow);
    if (at !== -1) return at;
    const last = rows[rows.length - 1]!.line;
    const why = headerRow > last ? `the last row starts on line ${last}` : 'no row starts on that line (a blank line, or inside a quoted cell)';
    throw new InputError(file, `--header-row ${headerRow}: ${why}`, headerRow);
  }
  const allowed = new Set<FieldName>(schema.fields);
  const identity = new Set(schema.identityFields);
  for (let at = 0; at < Math.min(rows.length, HEADER_SEARCH); at++) {
    const known = new Set<FieldName>();
    for (const cell of rows[at]!.cells) {
      if (cell === '') continue;
      const field = userMap.get(headerKey(cell)) ?? fieldForHeader(cell);
      if (field !== undefined && allowed.has(field)) known.add(field);
    }
    if (known.size >= 2 || [...known].some((field) => identity.has(field))) return at;
  }
  return 0;
}
