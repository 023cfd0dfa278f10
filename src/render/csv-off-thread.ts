// A large CSV report's text made on a worker thread (csv-worker.ts): this thread makes the rows
// and hands them over a chunk at a time (packed: csv-chunk.ts); the worker runs csv-stringify and
// sends the text back, encoded as UTF-8.
// The bytes are csvPieces' own (the same chunks of neutralised cells, the same stringify), so a
// report is the same file whichever thread wrote it.
import { Worker } from 'node:worker_threads';
import { canStartWorkers, scoringThreads } from '../threads.js';
import { csvChunks, csvPieces, csvStart, type CsvStyle, type RowSource } from './csv-safe.js';
import type { Piece } from '../io/write-atomic.js';
import { packChunk } from './csv-chunk.js';

/** Rows from which a table goes to a worker: below it, starting one costs more than it saves. */
export const MIN_ROWS_OFF_THREAD = 10_000;
/** Rows a chunk sent to the worker. */
const CHUNK = 1_024;
/** Chunks sent and not yet answered, at most: the rows made ahead of the worker wait in memory. */
const IN_FLIGHT = 8;

const WORKER = new URL('./csv-worker.js', import.meta.url);

/** Whether `table` is written on a worker thread: a large one, in a run allowed a second thread. */
export const offThread = (table: RowSource): boolean => canStartWorkers && (table.count ?? 0) >= MIN_ROWS_OFF_THREAD && scoringThreads() >= 2;

/** The CSV text of a table in pieces: from a worker thread for a large table, else made here. */
export function tableCsvPieces(table: RowSource, style: CsvStyle = {}): Iterable<string> | AsyncIterable<Piece> {
  return offThread(table) ? csvOffThread(table, style) : csvPieces(table.header, table.rows, style);
}

async function* csvOffThread(table: RowSource, style: CsvStyle): AsyncIterable<Piece> {
  const worker = new Worker(WORKER, { workerData: { ...style } satisfies CsvStyle });
  // Answers in the order sent; a failure of the worker fails the next wait.
  const answers: Uint8Array[] = [];
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  worker.on('message', (bytes: Uint8Array) => {
    answers.push(bytes);
    wake?.();
  });
  let finished = false;
  worker.on('error', (error) => {
    failure = error;
    wake?.();
  });
  worker.on('exit', (code) => {
    if (finished) return;
    failure ??= new Error(`the CSV worker thread stopped (exit code ${code})`);
    wake?.();
  });
  const answer = async (): Promise<Uint8Array> => {
    while (answers.length === 0 && failure === undefined) await new Promise<void>((resolve) => (wake = resolve));
    wake = undefined;
    if (answers.length === 0) throw failure!;
    return answers.shift()!;
  };
  try {
    const start = csvStart(style);
    if (start) yield start;
    let inFlight = 0;
    for (const chunk of csvChunks(table.header, table.rows, CHUNK)) {
      const packed = packChunk(chunk);
      worker.postMessage(packed, [packed.lengths.buffer]);
      if (++inFlight >= IN_FLIGHT) {
        yield await answer();
        inFlight--;
      }
    }
    for (; inFlight > 0; inFlight--) yield await answer();
  } finally {
    finished = true;
    void worker.terminate();
  }
}
