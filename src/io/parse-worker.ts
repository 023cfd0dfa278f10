// Worker thread that reads and parses one list file (see read-tables.ts): the second core
// parses list B while the main thread parses list A.
import { parentPort, workerData } from 'node:worker_threads';
import { InputError } from '../errors.js';
import { readTable } from './read-table.js';

const { path } = workerData as { path: string };
try {
  parentPort!.postMessage({ table: await readTable(path) });
} catch (error) {
  if (!(error instanceof InputError)) throw error;
  parentPort!.postMessage({ inputError: { file: error.file, detail: error.detail, line: error.line, column: error.column } });
}
