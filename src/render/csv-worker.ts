// Worker thread that turns chunks of CSV cells into text with csv-stringify (csv-off-thread.ts):
// each chunk that arrives goes back as UTF-8 text, in the order it came. csv-stringify makes a few
// objects a cell; at a million rows that garbage is collected here, in a small heap, while the
// main thread makes the next rows.
import { parentPort, workerData } from 'node:worker_threads';
import { csvText } from './csv-safe.js';
import { unpackChunk, type PackedChunk } from './csv-chunk.js';
import type { CsvWorkerData } from './csv-off-thread.js';

const { answers, ...style } = workerData as CsvWorkerData;
// The text goes back as UTF-8 bytes, moved rather than copied: encoding it is work the main thread
// would otherwise do before writing. (TextEncoder gives each chunk a buffer of its own, where
// Buffer.from may share a pool that must not be moved.)
const encoder = new TextEncoder();
parentPort!.on('message', (chunk: PackedChunk) => {
  const bytes = encoder.encode(csvText(unpackChunk(chunk), style));
  answers.postMessage(bytes, [bytes.buffer]);
});
