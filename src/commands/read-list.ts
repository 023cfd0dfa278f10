// Reads input files into interpreted lists: bytes → CSV table → records + invalid cells.
import { stat } from 'node:fs/promises';
import { Worker } from 'node:worker_threads';
import { InputError, RunError } from '../errors.js';
import { writeStderrLine } from '../io/stderr.js';
import { STDIN_PATH } from '../io/read-table.js';
import type { ListJob, ListReply } from './read-list-worker.js';
import { canStartWorkers, scoringThreads, workerScript } from '../threads.js';
import type { Finding, PersonList, Side } from '../model.js';
import { interpretFile, type ReadOptions } from '../schema/records.js';
import type { ListSettings } from './options.js';
import { writeReadingNotes } from './reading-notes.js';
import { recordsOf } from './record-columns.js';
import { progress, type Step } from '../progress.js';

export interface ReadResult {
  list: PersonList;
  /** The `invalid-value` cells. */
  findings: Finding[];
}

const readOptions = (settings: ListSettings, side: Side, label: string): ReadOptions => ({
  side, label, schema: settings.profile.schema, agreement: settings.agreement, userMap: settings.userMap,
  headerRow: settings.headerRow, strictHeaders: settings.strictHeaders,
});

/**
 * `redact`: the notes on stderr withhold the text of rows skipped above the header
 * (reading-notes.ts). `onProgress`: told the share of the file read so far.
 */
export async function readList(path: string, side: Side, label: string, settings: ListSettings, redact = false, onProgress?: (share: number) => void): Promise<ReadResult> {
  return writeReadingNotes(await interpretFile(path, readOptions(settings, side, label), settings, writeStderrLine, onProgress), redact);
}

/** Ticks `step`, counted in bytes, for a file of `size` bytes read after `before` bytes of others. */
const bytesRead = (step: Step, before: number, size: number) => (share: number) => step.tick(before + Math.round(share * size));

const WORKER = workerScript('read-list-worker.js');
/** A list file smaller than this is read on this thread: a worker costs about as much to start as it saves. */
const MIN_WORKER_BYTES = 1024 * 1024;
/** The size of a file; 0 where it cannot be told (reading it then says why). */
const sizeOf = (path: string) => stat(path).then((s) => s.size, () => 0);

/** One list read and interpreted on a worker thread; its problem, if any, as the same error. */
function readListOnWorker(path: string, side: Side, label: string, settings: ListSettings): Promise<{ read: ReadResult; warnings: string[] }> {
  const job: ListJob = {
    path, side, label, kind: settings.profile.kind, agreement: settings.agreement, userMap: settings.userMap,
    headerRow: settings.headerRow, strictHeaders: settings.strictHeaders, sheet: settings.sheet, limits: settings.limits,
  };
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, { workerData: job });
    worker.once('message', (reply: ListReply) => {
      if ('read' in reply) {
        reply.read.list.records = recordsOf(reply.columns);
        resolve({ read: reply.read, warnings: reply.warnings });
      }
      else if ('inputError' in reply) reject(new InputError(reply.inputError.file, reply.inputError.detail, reply.inputError.line, reply.inputError.column));
      else reject(new RunError(reply.runError));
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}

/**
 * Both lists of a run: the smaller read and interpreted on a worker thread while this thread reads
 * the larger, so two cores do the reading. The notes and problems come in the order of the lists
 * either way.
 */
export async function readPair(
  paths: [string, string],
  labels: [string, string],
  settings: ListSettings,
  redact = false,
): Promise<[ReadResult, ReadResult]> {
  // In turn, on this thread: standard input, code not compiled (the tests import src/), EXCHANGE_WORKERS=1,
  // and a small list, read here sooner than a worker thread can start (and load the reader) to read it.
  const sizes = await Promise.all(paths.map(sizeOf));
  if (!canStartWorkers || paths.includes(STDIN_PATH) || scoringThreads() < 2 || Math.min(...sizes) < MIN_WORKER_BYTES) {
    const step = progress().start('reading', sizes[0]! + sizes[1]!, 'bytes');
    try {
      const first = await readList(paths[0], 'a', labels[0], settings, redact, bytesRead(step, 0, sizes[0]!));
      return [first, await readList(paths[1], 'b', labels[1], settings, redact, bytesRead(step, sizes[0]!, sizes[1]!))];
    } finally {
      step.end();
    }
  }
  // The smaller file goes to the worker, since its records cost a copy back to this thread; the
  // larger is read here. Both finish about together.
  const sides = ['a', 'b'] as const;
  const away = sizes[0]! < sizes[1]! ? 0 : 1;
  // The bar counts the larger file, read here: the smaller, on the worker, ends about with it.
  const step = progress().start('reading', sizes[1 - away]!, 'bytes');
  const reads: Array<Promise<{ read: ReadResult; warnings: string[] }>> = [0, 1].map((k) => {
    if (k === away) return readListOnWorker(paths[k]!, sides[k]!, labels[k]!, settings);
    const warnings: string[] = [];
    return interpretFile(paths[k]!, readOptions(settings, sides[k]!, labels[k]!), settings, (message) => warnings.push(message), bytesRead(step, 0, sizes[k]!))
      .then((read) => ({ read, warnings }));
  });
  const [a, b] = await Promise.allSettled(reads);
  step.end();
  // The first file's problem first, as reading in turn would; notes in the order of the lists.
  if (a!.status === 'rejected') throw a!.reason;
  if (b!.status === 'rejected') throw b!.reason;
  return [a!.value, b!.value].map(({ read, warnings }) => {
    for (const warning of warnings) writeStderrLine(warning);
    return writeReadingNotes(read, redact);
  }) as [ReadResult, ReadResult];
}
