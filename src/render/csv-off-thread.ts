// A large CSV report's text made on a worker thread (csv-worker.ts): this thread makes the rows
// and hands them over a chunk at a time (packed: csv-chunk.ts); the worker runs csv-stringify and
// sends the text back, encoded as UTF-8. When the worker falls behind, this thread makes the
// text of the next chunks itself rather than wait (sharedPieces).
// The bytes are csvPieces' own (the same chunks of neutralised cells, the same stringify), so a
// report is the same file whichever thread wrote it.
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { canStartWorkers, scoringThreads, workerScript } from '../threads.js';
import { csvChunks, csvPieces, csvStart, csvText, type CsvStyle, type RowSource } from './csv-safe.js';
import type { Piece } from '../io/write-atomic.js';
import { packChunk } from './csv-chunk.js';

/** Rows from which a table goes to a worker: below it, starting one costs more than it saves. */
export const MIN_ROWS_OFF_THREAD = 10_000;
/** Rows a chunk sent to the worker. */
const CHUNK = 1_024;
/** Chunks sent and not yet answered, at most: the rows made ahead of the worker wait in memory. */
const IN_FLIGHT = 8;
/** Pieces waiting to go out, at most: past IN_FLIGHT, chunks this thread made while the worker was behind. */
const AHEAD = 16;

const WORKER = workerScript('csv-worker.js');

/** Whether `table` is written on a worker thread: a large one, in a run allowed a second thread. */
export const offThread = (table: RowSource): boolean => canStartWorkers && (table.count ?? 0) >= MIN_ROWS_OFF_THREAD && scoringThreads() >= 2;

/** The CSV text of a table in pieces: from a worker thread for a large table, else made here. */
export function tableCsvPieces(table: RowSource, style: CsvStyle = {}): Iterable<string> | AsyncIterable<Piece> {
  return offThread(table) ? csvOffThread(table, style) : csvPieces(table.header, table.rows, style);
}

/** A worker's side of sharing a table's chunks (sharedPieces): its answers come in the order posted. */
export interface ChunkWorker<C> {
  post(chunk: C): void;
  /** Whether the answer to the oldest chunk posted and not yet taken has come. */
  answered(): boolean;
  /** That answer, when it comes; a failure of the worker rejects. */
  answer(): Promise<Piece>;
}

/**
 * The pieces of `chunks` in order, shared between a worker and this thread: a chunk is posted
 * while fewer than `inFlight` wait on the worker; past that the worker is behind, and the chunk is
 * made here (`here`) while fewer than `ahead` pieces wait to go out; past that, the first (the
 * worker's) is waited for. What is ready at the head goes out before each chunk, so the worker's
 * answers leave as they come (they arrive while the pieces are written). Either maker gives a
 * chunk the same text, so the file is the same however they share it.
 */
export async function* sharedPieces<C>(chunks: Iterable<C>, worker: ChunkWorker<C>, here: (chunk: C) => Piece, inFlight: number, ahead: number): AsyncGenerator<Piece> {
  /** Pieces in file order, not yet out: undefined for a worker's answer still to take. */
  const waiting: Array<Piece | undefined> = [];
  let posted = 0;
  for (const chunk of chunks) {
    for (;;) {
      while (waiting.length > 0 && (waiting[0] !== undefined || worker.answered())) {
        const head = waiting.shift();
        if (head !== undefined) yield head;
        else {
          posted--;
          yield await worker.answer();
        }
      }
      if (posted < inFlight || waiting.length < ahead) break;
      // Both full: every piece made here waits behind the worker's first answer.
      waiting.shift();
      posted--;
      yield await worker.answer();
    }
    if (posted < inFlight) {
      worker.post(chunk);
      posted++;
      waiting.push(undefined);
    } else waiting.push(here(chunk));
  }
  for (const head of waiting) yield head !== undefined ? head : await worker.answer();
}

async function* csvOffThread(table: RowSource, style: CsvStyle): AsyncIterable<Piece> {
  // The answers come back on a channel of their own, which this thread also reads without waiting
  // (receiveMessageOnPort): it makes rows in one stretch of work, and an answer that waited for
  // the event loop to deliver it would find the worker "behind" and have this thread make the text
  // while the worker idled (at a million a side, the worker sat idle 5.2 s of its 8.8 s while this
  // thread ran csv-stringify for 2.1 s).
  const { port1: answersPort, port2: workerPort } = new MessageChannel();
  const job: CsvWorkerData = { ...style, answers: workerPort };
  const worker = new Worker(WORKER, { workerData: job, transferList: [workerPort] });
  // Answers in the order sent; a failure of the worker fails the next wait.
  const answers: Uint8Array[] = [];
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  answersPort.on('message', (bytes: Uint8Array) => {
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
  /** Whether an answer is here: one delivered, or one waiting on the channel, taken now (in order: both take the channel's first). */
  const answered = (): boolean => {
    if (answers.length === 0) {
      const waiting = receiveMessageOnPort(answersPort);
      if (waiting !== undefined) answers.push(waiting.message as Uint8Array);
    }
    return answers.length > 0;
  };
  const answer = async (): Promise<Uint8Array> => {
    while (!answered() && failure === undefined) await new Promise<void>((resolve) => (wake = resolve));
    wake = undefined;
    if (answers.length === 0) throw failure!;
    return answers.shift()!;
  };
  const chunkWorker: ChunkWorker<string[][]> = {
    post: (chunk) => {
      const packed = packChunk(chunk);
      worker.postMessage(packed, [packed.lengths.buffer]);
    },
    answered,
    answer,
  };
  try {
    const start = csvStart(style);
    if (start) yield start;
    yield* sharedPieces(csvChunks(table.header, table.rows, CHUNK, style), chunkWorker, (chunk) => csvText(chunk, style), IN_FLIGHT, AHEAD);
  } finally {
    finished = true;
    answersPort.close();
    void worker.terminate();
  }
}

/** What the CSV worker is started with: the table's style, and the channel its answers go back on. */
export interface CsvWorkerData extends CsvStyle {
  answers: MessagePort;
}
