// Worker thread that reads and interprets one list (read-list.ts readPair): list B is parsed and
// read into records on the second core while this thread does list A. Its records come back as
// columns (record-columns.ts); its notes and its problem, if any, are told by the main thread in
// the order of the lists.
import { parentPort, workerData } from 'node:worker_threads';
import { InputError, RunError } from '../errors.js';
import { PROFILES } from '../kinds/index.js';
import type { ListKind, Side } from '../model.js';
import { interpretFile, type interpretTable } from '../schema/records.js';
import type { FieldName } from '../schema/fields.js';
import type { Agreement } from '../agreement/terms.js';
import type { ReadLimits } from '../io/limits.js';
import { recordColumns, transferables, type RecordColumns } from './record-columns.js';

export interface ListJob {
  path: string;
  side: Side;
  label: string;
  kind: ListKind;
  agreement: Agreement;
  userMap: Map<string, FieldName>;
  headerRow?: number;
  strictHeaders?: boolean;
  sheet?: string;
  limits: ReadLimits;
}

export type ListReply =
  | { read: ReturnType<typeof interpretTable>; columns: RecordColumns; warnings: string[] }
  | { inputError: { file: string; detail: string; line?: number; column?: number } }
  | { runError: string };

const job = workerData as ListJob;
try {
  // Notes on workbook cells go back with the records: a worker's own stderr may be cut off.
  const warnings: string[] = [];
  const read = await interpretFile(job.path, {
    side: job.side, label: job.label, schema: PROFILES[job.kind].schema, agreement: job.agreement,
    userMap: job.userMap, headerRow: job.headerRow, strictHeaders: job.strictHeaders,
  }, job, (message) => warnings.push(message));
  // The records go as columns (record-columns.ts), the list without them.
  const columns = recordColumns(read.list.records, job.side);
  read.list.records = [];
  parentPort!.postMessage({ read, columns, warnings } satisfies ListReply, transferables(columns));
} catch (error) {
  if (error instanceof InputError) {
    parentPort!.postMessage({ inputError: { file: error.file, detail: error.detail, line: error.line, column: error.column } } satisfies ListReply);
  } else if (error instanceof RunError) {
    parentPort!.postMessage({ runError: error.message } satisfies ListReply);
  } else throw error;
}
