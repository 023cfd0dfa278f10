// Reads input files into interpreted lists: bytes → CSV table → records + invalid cells.
import { readTable } from '../io/read-table.js';
import { readTables } from '../io/read-tables.js';
import type { CsvTable, Finding, PersonList, Side } from '../model.js';
import { interpretTable, type ReadOptions } from '../schema/records.js';
import type { ListSettings } from './options.js';
import { writeReadingNotes } from './reading-notes.js';

export interface ReadResult {
  list: PersonList;
  /** The `invalid-value` cells. */
  findings: Finding[];
}

const readOptions = (settings: ListSettings, side: Side, label: string): ReadOptions => ({
  side, label, schema: settings.profile.schema, agreement: settings.agreement, userMap: settings.userMap,
  headerRow: settings.headerRow, strictHeaders: settings.strictHeaders,
});

/** `redact`: the notes on stderr withhold the text of rows skipped above the header (reading-notes.ts). */
export async function readList(path: string, side: Side, label: string, settings: ListSettings, redact = false): Promise<ReadResult> {
  return writeReadingNotes(interpretTable(await readTable(path, { sheet: settings.sheet, limits: settings.limits }), readOptions(settings, side, label)), redact);
}

/** Both lists of a run, parsed in parallel (read-tables.ts), then interpreted in order. */
export async function readPair(
  paths: [string, string],
  labels: [string, string],
  settings: ListSettings,
  redact = false,
): Promise<[ReadResult, ReadResult]> {
  const tables: CsvTable[] = await readTables(paths, { sheet: settings.sheet, limits: settings.limits });
  // Each table is let go once it is interpreted: only the records are kept.
  const first = writeReadingNotes(interpretTable(tables.shift()!, readOptions(settings, 'a', labels[0])), redact);
  return [first, writeReadingNotes(interpretTable(tables.shift()!, readOptions(settings, 'b', labels[1])), redact)];
}
