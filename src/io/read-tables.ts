// Reads several list files at once: the first on this thread, each other one on a worker
// thread, so that two lists are parsed on two cores. Standard input, and code not yet compiled
// (the tests import src/ directly), are read here in turn. Errors are the same either way.
import { Worker } from 'node:worker_threads';
import { InputError } from '../errors.js';
import type { CsvTable } from '../model.js';
import type { ReadLimits } from './limits.js';
import { readTable, STDIN_PATH } from './read-table.js';

const WORKER = new URL('./parse-worker.js', import.meta.url);
const compiled = import.meta.url.endsWith('.js');

type WorkerReply = { table: CsvTable; warnings: string[] } | { inputError: { file: string; detail: string; line?: number; column?: number } };

/** What every file of a run is read with (`--sheet`, the limits). */
export interface ReadTablesOptions {
  sheet?: string;
  limits?: ReadLimits;
}

function readOnWorker(path: string, options: ReadTablesOptions): Promise<CsvTable> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, { workerData: { path, sheet: options.sheet, limits: options.limits } });
    worker.once('message', (reply: WorkerReply) => {
      if ('table' in reply) {
        for (const warning of reply.warnings) process.stderr.write(`${warning}\n`);
        resolve(reply.table);
      }
      else reject(new InputError(reply.inputError.file, reply.inputError.detail, reply.inputError.line, reply.inputError.column));
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}

export async function readTables(paths: readonly string[], options: ReadTablesOptions = {}): Promise<CsvTable[]> {
  const read = { sheet: options.sheet, limits: options.limits };
  if (!compiled || paths.length < 2 || paths.includes(STDIN_PATH)) {
    const tables: CsvTable[] = [];
    for (const path of paths) tables.push(await readTable(path, read));
    return tables;
  }
  const others = paths.slice(1).map((path) => readOnWorker(path, read));
  // Report the first file's problem first, as reading in turn would.
  const first = await readTable(paths[0]!, read).catch((error: unknown) => {
    for (const other of others) other.catch(() => undefined);
    throw error;
  });
  return [first, ...(await Promise.all(others))];
}
