// Reads one input file into an interpreted list: bytes → CSV table → records + invalid cells.
import { readTable } from '../io/read-table.js';
import type { Finding, PersonList, Side } from '../model.js';
import { interpretTable } from '../schema/records.js';
import type { ListSettings } from './options.js';

export async function readList(path: string, side: Side, label: string, settings: ListSettings): Promise<{ list: PersonList; findings: Finding[] }> {
  const table = await readTable(path);
  return interpretTable(table, { side, label, ...settings });
}
