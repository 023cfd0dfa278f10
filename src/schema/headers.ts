// Maps a file's header row to fields: --map first, then aliases. Refuses ambiguous or
// unusable headers (exit 2), since nothing sensible can be read from them.
import { InputError, RunError } from '../errors.js';
import type { ListKind } from '../model.js';
import { fieldForHeader, fieldsOf, headerKey, isFieldName, type FieldName } from './fields.js';

export interface ColumnMap {
  /** Field of each column, or undefined for a column carried through as extra. */
  fields: Array<FieldName | undefined>;
  /** Column index of each mapped field. */
  columnOf: Partial<Record<FieldName, number>>;
  /** Indexes of the columns the schema does not know, in order. */
  extra: number[];
}

/** Parses repeated `--map COLUMN=FIELD` options into header-key → field. */
export function parseMapOptions(options: string[]): Map<string, FieldName> {
  const map = new Map<string, FieldName>();
  for (const option of options) {
    const at = option.lastIndexOf('=');
    const column = option.slice(0, at).trim();
    const field = option.slice(at + 1).trim();
    if (at <= 0 || !column) throw new RunError(`--map "${option}": expected COLUMN=FIELD`);
    if (!isFieldName(field)) throw new RunError(`--map "${option}": unknown field "${field}" (fields: see README, "Input fields")`);
    map.set(headerKey(column), field);
  }
  return map;
}

export function mapHeader(header: string[], kind: ListKind, file: string, userMap: Map<string, FieldName>): ColumnMap {
  const allowed = new Set<FieldName>(fieldsOf(kind));
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
        1,
        column + 1,
      );
    }
    columnOf[field] = column;
    fields.push(field);
  });
  const identity: FieldName[] = ['full_name', 'surname', 'given_name', 'service_number', ...(kind === 'remains' ? (['tag'] as const) : [])];
  if (!identity.some((field) => columnOf[field] !== undefined)) {
    throw new InputError(
      file,
      `no column holds a name or ${kind === 'remains' ? 'service number or tag' : 'service number'} (headers: ${header.join(', ')}); name one with --map COLUMN=FIELD`,
      1,
    );
  }
  return { fields, columnOf, extra };
}
