// Builders shared by the tests: records and lists from a few fields.
import type { CsvTable, PersonList, PersonRecord, Side } from '../src/model.js';

export function record(side: Side, index: number, fields: Partial<PersonRecord> = {}): PersonRecord {
  return {
    side, index, line: index + 2, recordId: `${side}${index + 1}`,
    categories: ['all_for_all'], medicalCommission: 'pending', extra: [], missingIdentity: false,
    ...fields,
  };
}

export function list(side: Side, records: Array<Partial<PersonRecord>>): PersonList {
  return {
    side, kind: 'pow', path: `${side}.csv`, label: side.toUpperCase(), sha256: '', extraHeader: [],
    records: records.map((fields, i) => record(side, i, fields)),
  };
}

export function table(header: string[], rows: string[][], path = 'list.csv'): CsvTable {
  return { path, sha256: '', encoding: 'utf-8', delimiter: ',', header, rows: rows.map((cells, i) => ({ line: i + 2, cells })) };
}

import { defaultAgreement } from '../src/agreement/terms.js';
import { parseCsv } from '../src/io/csv.js';
import { PROFILES } from '../src/kinds/index.js';
import { interpretTable } from '../src/schema/records.js';

/** A list read from CSV text the way the command reads a file (aliases, zod, name splitting). */
export function listFromCsv(text: string, side: Side, path = `${side}.csv`, kind: 'pow' | 'remains' = 'pow'): PersonList {
  const parsed = parseCsv(text.replace(/^\uFEFF/, ''), path);
  const table: CsvTable = { path, sha256: '', encoding: 'utf-8', ...parsed };
  return interpretTable(table, { side, schema: PROFILES[kind].schema, label: side.toUpperCase(), agreement: defaultAgreement(), userMap: new Map() }).list;
}
