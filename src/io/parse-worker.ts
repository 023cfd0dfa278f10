// Worker thread that reads and parses one list file (see read-tables.ts): the second core
// parses list B while the main thread parses list A.
import { parentPort, workerData } from 'node:worker_threads';
import { InputError } from '../errors.js';
import type { ReadLimits } from './limits.js';
import { readTable } from './read-table.js';

const { path, sheet, limits } = workerData as { path: string; sheet?: string; limits?: ReadLimits };
try {
  // Notes go back with the table: a worker's own stderr may be cut off when it is terminated.
  const warnings: string[] = [];
  const table = await readTable(path, { sheet, limits, warn: (message) => warnings.push(message) });
  parentPort!.postMessage({ table, warnings });
} catch (error) {
  if (!(error instanceof InputError)) throw error;
  parentPort!.postMessage({ inputError: { file: error.file, detail: error.detail, line: error.line, column: error.column } });
}
